import { Box, Chip, Link as MuiLink, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Show, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import { ChecklistPanel } from '../gate/checklists/ChecklistPanel';
import { InspectionWalk } from '../inspections';
import { IssuePanel } from './IssuePanel';
import { RegistrationPanel } from './RegistrationPanel';
import type { MoveIn } from './types';

/** The steps still open in the process (the tasks in someone's inbox), each a link to its task. */
const OpenTasks = ({ moveIn }: { moveIn: MoveIn }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const tasks = moveIn.case?.tasks ?? [];
  if (!tasks.length) return <Typography color="text.secondary">{translate('estate.move_in.no_open_tasks')}</Typography>;
  return (
    <List dense>
      {tasks.map((t) => (
        <ListItem key={t.id} disableGutters>
          <ListItemText primary={<MuiLink component={Link} to={`/tasks/${t.id}/show`}>{locale === 'zh' ? t.titleZh : t.titleEn}</MuiLink>} />
        </ListItem>
      ))}
    </List>
  );
};

const MoveInPage = () => {
  const moveIn = useRecordContext<MoveIn>();
  const translate = useTranslate();
  if (!moveIn) return null;
  const unit = `${moveIn.household.unit.building.name} ${moveIn.household.unit.number}`;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }} data-testid="move-in" data-stage={moveIn.stage}>
      <Box>
        <Typography variant="h6">{`${unit} · ${moveIn.household.name}`}</Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }} flexWrap="wrap">
          <Chip color={moveIn.stage === 'DONE' ? 'success' : 'primary'} label={translate(`estate.move_in.stage.${moveIn.stage}`)} />
          <Chip variant="outlined" label={`${translate(`estate.move_in.applicant.${moveIn.applicantKind}`)}: ${moveIn.applicantName} ${moveIn.applicantPhone}`} />
        </Stack>
      </Box>
      <Section title="estate.move_in.open_tasks">
        <OpenTasks moveIn={moveIn} />
      </Section>
      {moveIn.checklist && (
        <Section title="estate.move_in.documents">
          <ChecklistPanel checklist={moveIn.checklist} canCheck={!moveIn.checklist.completedAt} />
        </Section>
      )}
      <Section title="estate.move_in.registration">
        <RegistrationPanel moveIn={moveIn} />
      </Section>
      <Section title="estate.move_in.keys">
        <IssuePanel moveIn={moveIn} />
      </Section>
      <Section title="estate.move_in.fee">
        <Typography>{moveIn.feeReceipt ? translate('estate.move_in.fee_paid', { receipt: moveIn.feeReceipt }) : translate('estate.move_in.fee_open')}</Typography>
      </Section>
      <Section title="estate.move_in.inspection">
        {moveIn.inspectionId ? <InspectionWalk inspectionId={moveIn.inspectionId} /> : <Typography color="text.secondary">{translate('estate.move_in.inspection_later')}</Typography>}
      </Section>
    </Stack>
  );
};

/** One move-in, step by step (MOV-1..MOV-6): documents, registration, keys, fee, the inspection on the tablet. */
export const MoveInShow = () => (
  <Show component="div">
    <MoveInPage />
  </Show>
);
