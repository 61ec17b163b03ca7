import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { EstateDataProvider } from '../../dataProvider';
import { saveBlob } from '../../http';

/**
 * The content endpoint needs the Authorization header, so a plain link cannot work:
 * fetch it as a Blob, then save it under its original file name.
 */
export const DownloadDocumentButton = () => {
  const record = useRecordContext<{ id: number; fileName?: string; title?: string }>();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  if (!record) return null;
  const download = async () => {
    setPending(true);
    try {
      const blob = await dataProvider.getDocumentContent(record.id);
      saveBlob(blob, record.fileName || record.title || `document-${record.id}`);
    } catch (error) {
      const message = error instanceof Error && error.message ? error.message : 'estate.documents.download_failed';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button
      label="estate.documents.download"
      disabled={pending}
      onClick={(event) => {
        event.stopPropagation();
        void download();
      }}
    >
      <DownloadIcon />
    </Button>
  );
};
