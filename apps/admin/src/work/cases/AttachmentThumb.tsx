import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Box, CircularProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Identifier } from 'react-admin';
import { fetchBlob } from '../../http';

/** A file kept on a case, as the API lists it (attachments, a note's files, a timeline entry's). */
export interface AttachmentRef {
  id: number;
  fileName: string;
  mimeType: string;
  note?: string | null;
  createdAt?: string;
  uploadedBy?: { displayName: string } | null;
}

const local = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

const SIZES = { normal: { width: 148, height: 110 }, small: { width: 96, height: 72 } } as const;

/**
 * One kept file: a photo as a thumbnail (opened full size on a click), a scan as a PDF icon that opens it.
 * `small` for the timeline and the notes, without the caption of who added it.
 */
export const AttachmentThumb = ({ caseId, item, size = 'normal' }: { caseId: Identifier; item: AttachmentRef; size?: keyof typeof SIZES }) => {
  const [url, setUrl] = useState<string>();
  const isImage = item.mimeType.startsWith('image/');
  const { width, height } = SIZES[size];
  useEffect(() => {
    let made: string | undefined;
    let live = true;
    fetchBlob(`/cases/${caseId}/attachments/${item.id}`)
      .then((blob) => {
        made = URL.createObjectURL(new Blob([blob], { type: item.mimeType }));
        if (live) setUrl(made);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [caseId, item.id, item.mimeType]);
  return (
    <Box sx={{ width }} data-testid="attachment">
      <Box
        component="a"
        href={url}
        target="_blank"
        rel="noopener"
        title={item.fileName}
        sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', width, height, bgcolor: 'grey.100', borderRadius: 1, overflow: 'hidden' }}
      >
        {!url ? <CircularProgress size={20} /> : isImage ? <img src={url} alt={item.note ?? item.fileName} style={{ maxWidth: '100%', maxHeight: '100%' }} /> : <PictureAsPdfIcon fontSize="large" color="action" />}
      </Box>
      <Typography variant="caption" component="div" noWrap title={item.note ?? item.fileName}>
        {item.note ?? item.fileName}
      </Typography>
      {size === 'normal' && item.createdAt && (
        <Typography variant="caption" component="div" color="text.secondary" noWrap>
          {local(item.createdAt)} · {item.uploadedBy?.displayName ?? ''}
        </Typography>
      )}
    </Box>
  );
};
