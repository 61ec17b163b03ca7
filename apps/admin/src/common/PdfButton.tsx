import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useState } from 'react';
import { Button, useNotify } from 'react-admin';
import { errorMessage } from './errors';

/** Show a PDF Blob in the tab opened at the click, or in a new one if the browser blocked it. */
const showPdf = (blob: Blob, tab: Window | null) => {
  const url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
  if (tab) {
    tab.location.href = url;
  } else {
    const link = document.createElement('a');
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

interface PdfButtonProps {
  /** Translation key of the button. */
  label: string;
  /** Fetches the PDF (with the Authorization header). */
  load: () => Promise<Blob>;
  variant?: 'text' | 'outlined' | 'contained';
}

/**
 * Opens a PDF the API serves only with the Authorization header (a letter, a receipt): it is
 * fetched as a Blob and shown from an object URL. The tab is opened at the click (a later
 * window.open would be blocked as a pop-up) and pointed at the PDF once it has arrived.
 */
export const PdfButton = ({ label, load, variant = 'text' }: PdfButtonProps) => {
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const open = async () => {
    const tab = window.open('', '_blank');
    setPending(true);
    try {
      showPdf(await load(), tab);
    } catch (error) {
      tab?.close();
      const text = errorMessage(error);
      notify(text, { type: 'error', messageArgs: { _: text } });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button
      label={label}
      variant={variant}
      disabled={pending}
      sx={{ whiteSpace: 'nowrap' }}
      onClick={(event) => {
        event.stopPropagation();
        void open();
      }}
    >
      <PictureAsPdfIcon />
    </Button>
  );
};
