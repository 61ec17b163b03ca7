import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box, Button as MuiButton, ButtonGroup, CircularProgress, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Button, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { fetchBlob, saveBlob } from '../../http';
import { errorMessage } from '../errors';
import type { Period } from './period';

/** The files of a figures page: `<path>.xlsx` and `<path>.pdf` of the API, with the page's query. */
export interface FigureFiles {
  /** The API path without its extension, e.g. "/repairs/figures". */
  path: string;
  /** The query the figures were asked with (the period). */
  query?: Record<string, string>;
  /** The downloaded file's name without its extension. */
  name: string;
}

const DownloadButton = ({ files, format }: { files: FigureFiles; format: 'xlsx' | 'pdf' }) => {
  const notify = useNotify();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    try {
      const query = new URLSearchParams({ ...files.query, lang: locale === 'en' ? 'en' : 'zh' });
      saveBlob(await fetchBlob(`${files.path}.${format}?${query.toString()}`), `${files.name}.${format}`);
    } catch (error) {
      const text = errorMessage(error);
      notify(text, { type: 'error', messageArgs: { _: text } });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button
      label={`estate.figure_bar.${format}`}
      title={translate(`estate.figure_bar.download_${format}`)}
      aria-label={translate(`estate.figure_bar.download_${format}`)}
      data-download={format}
      variant="outlined"
      disabled={pending}
      onClick={() => void download()}
    >
      {format === 'pdf' ? <PictureAsPdfIcon /> : <DownloadIcon />}
    </Button>
  );
};

const PeriodFields = ({ period }: { period: Period }) => {
  const translate = useTranslate();
  const picker = (field: 'from' | 'to') => (
    <TextField
      type={period.type}
      size="small"
      label={translate(`estate.figure_bar.${field}_${period.type === 'date' ? 'day' : 'month'}`)}
      placeholder={period.type === 'month' ? 'YYYY-MM' : undefined}
      value={period[field]}
      onChange={(event) => period.set(field, event.target.value)}
      error={field === 'to' && period.problem === 'estate.figure_bar.to_before_from'}
      slotProps={{ inputLabel: { shrink: true } }}
      sx={{ width: { xs: 'calc(50% - 8px)', sm: 190 } }}
    />
  );
  return (
    <>
      {picker('from')}
      {picker('to')}
      <ButtonGroup size="small" variant="outlined">
        {period.presets.map((preset) => (
          <MuiButton key={preset.key} onClick={preset.apply}>
            {translate(`estate.figure_bar.presets.${preset.key}`)}
          </MuiButton>
        ))}
      </ButtonGroup>
    </>
  );
};

interface FiguresBarProps {
  /** The period picked; none for figures of the present moment. */
  period?: Period;
  onRefresh: () => void;
  pending: boolean;
  /** The load's failure, shown after "The figures could not be loaded". */
  error: unknown;
  /** The files to download; none while the period is wrong. */
  files?: FigureFiles;
  /** What the figures cover, in words, shown under the bar. */
  caption?: ReactNode;
}

/**
 * The bar on top of every figures page: the period (first and last day or month, and shortcuts), refresh, the
 * downloads (the workbook and the PDF of the monthly report, in the UI's language), and what went wrong.
 */
export const FiguresBar = ({ period, onRefresh, pending, error, files, caption }: FiguresBarProps) => {
  const translate = useTranslate();
  const problem = period?.problem ?? null;
  return (
    <Box data-testid="figures-bar" sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: { xs: 1, sm: 2 } }}>
        {period ? <PeriodFields period={period} /> : <Typography color="text.secondary">{translate('estate.figure_bar.as_of')}</Typography>}
        <Button label="ra.action.refresh" onClick={onRefresh} disabled={problem != null || pending}>
          <RefreshIcon />
        </Button>
        {pending && <CircularProgress size={20} />}
        <Box sx={{ flex: 1 }} />
        {files && problem == null && (
          <Box sx={{ display: 'flex', gap: 1 }}>
            <DownloadButton files={files} format="xlsx" />
            <DownloadButton files={files} format="pdf" />
          </Box>
        )}
      </Box>
      {caption && problem == null && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {caption}
        </Typography>
      )}
      {problem && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {translate(problem)}
        </Alert>
      )}
      {!problem && error != null && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate('estate.figure_bar.load_failed')} {translate(errorMessage(error), { _: errorMessage(error) })}
        </Alert>
      )}
    </Box>
  );
};
