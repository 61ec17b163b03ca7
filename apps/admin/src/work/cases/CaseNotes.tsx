import { Box, Chip, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { usePermissions, useTranslate, type Identifier } from 'react-admin';
import { useLocalized } from '../../common/localized';
import { permitted } from '../../common/permissions';
import { Section } from '../../common/Section';
import { API_URL, httpClient } from '../../http';
import { AttachmentThumb, type AttachmentRef } from './AttachmentThumb';
import { NoteComposer } from './NoteComposer';

interface Note {
  id: number;
  text: string;
  createdAt: string;
  author: { id: number; displayName: string };
  attachments: AttachmentRef[];
}

/** The notes of a case, newest first: who, when, what, and the files added with each. */
const NoteList = ({ caseId }: { caseId: Identifier }) => {
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  const { data: notes, isPending, isError } = useQuery({
    queryKey: ['case-notes', String(caseId)],
    queryFn: async () => (await httpClient(`${API_URL}/cases/${caseId}/notes`)).json as Note[],
  });
  if (isPending) return <CircularProgress size={20} />;
  if (isError) return <Typography color="error">{translate('estate.cases.load_failed')}</Typography>;
  if (!notes.length) return <Typography variant="body2" color="text.secondary">{translate('estate.notes.none')}</Typography>;
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }} data-testid="case-notes">
      {notes.map((note) => (
        <Box component="li" key={note.id} sx={{ borderLeft: 3, borderColor: 'info.light', pl: 1.5 }}>
          <Typography variant="caption" color="text.secondary" component="div">
            {note.author.displayName} · {formatDateTime(note.createdAt)}
          </Typography>
          {note.text && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {note.text}
            </Typography>
          )}
          {note.attachments.length > 0 && (
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 0.5 }}>
              {note.attachments.map((file) => (
                <AttachmentThumb key={file.id} caseId={caseId} item={file} size="small" />
              ))}
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
};

/**
 * A case's internal notes: the note box (quick replies, camera, files) for those who may write them, and the
 * notes so far. Nothing for a role the permission table keeps them from (other departments).
 */
export const CaseNotes = ({ caseId, process }: { caseId: Identifier; process?: string }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string | undefined>();
  if (!permitted(permissions, 'case-notes', 'list')) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Chip size="small" variant="outlined" label={translate('estate.notes.staff_only')} sx={{ justifySelf: 'start' }} />
      {permitted(permissions, 'case-notes', 'create') && <NoteComposer caseId={caseId} process={process} />}
      <NoteList caseId={caseId} />
    </Box>
  );
};

/** The notes under their heading, on a case's page and on each process's page of it; nothing for whom they are kept from. */
export const CaseNotesSection = ({ caseId, process }: { caseId: Identifier; process?: string }) => {
  const { permissions } = usePermissions<string | undefined>();
  if (!permitted(permissions, 'case-notes', 'list')) return null;
  return (
    <Section title="estate.notes.title">
      <CaseNotes caseId={caseId} process={process} />
    </Section>
  );
};
