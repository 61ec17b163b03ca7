import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorMessage } from '../../common/errors';
import type { Approval } from '../types';

/** The header the bank's result file must start with. */
export const CSV_HEADER = 'bank_ref,household_id,amount,result,reason,date';

/** Banks write UTF-8 or GB18030 (GBK): the file is read as UTF-8 when it is valid UTF-8, as GB18030 otherwise. */
const readCsv = async (file: File): Promise<string> => {
  const buffer = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
};

interface Chosen {
  fileName: string;
  content: string;
  lines: number;
  headerOk: boolean;
}

const choose = async (file: File): Promise<Chosen> => {
  const content = await readCsv(file);
  const rows = content.split(/\r?\n/).filter((row) => row.trim() !== '');
  return {
    fileName: file.name,
    content,
    lines: Math.max(0, rows.length - 1),
    headerOk: rows[0]?.trim().toLowerCase().replace(/\s+/g, '') === CSV_HEADER,
  };
};

/** The API's per-line errors of a refused file: `{ "line 3: amount": "must be a number" }`, in file order. */
const lineErrorsOf = (error: unknown): [string, string][] => {
  const errors = (error as { body?: { errors?: unknown } } | null)?.body?.errors;
  if (!errors || typeof errors !== 'object') return [];
  return Object.entries(errors as Record<string, unknown>).filter(
    (entry): entry is [string, string] => entry[0] !== 'root' && typeof entry[1] === 'string',
  );
};

/** "line 3: amount" → "第 3 行：amount" (the column keeps the name it has in the file's header). */
const whereInFile = (where: string, translate: ReturnType<typeof useTranslate>): string => {
  if (where === 'content') return translate('resources.bank-debit-imports.fields.fileName');
  const line = /^line (\d+): (.+)$/.exec(where);
  return line ? translate('estate.bank_debits.line_column', { line: line[1], column: line[2] }) : where;
};

interface Failure {
  message: string;
  lines: [string, string][];
}

const FailureAlert = ({ failure }: { failure: Failure }) => {
  const translate = useTranslate();
  return (
    <Alert severity="error" sx={{ mt: 2 }} data-testid="import-errors">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {failure.lines.length ? translate('estate.bank_debits.refused') : translate(failure.message, { _: failure.message })}
      </Typography>
      {failure.lines.length > 0 && (
        <Table size="small" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('estate.bank_debits.where')}</TableCell>
              <TableCell>{translate('estate.bank_debits.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {failure.lines.map(([where, problem]) => (
              <TableRow key={where}>
                <TableCell sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}>
                  {whereInFile(where, translate)}
                </TableCell>
                <TableCell>{problem}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Alert>
  );
};

/**
 * "Import bank file" (FEE-2): the bank's auto-debit result file (CSV) is read in the browser and
 * sent as text. A file with a bad line is refused whole: each bad line and field is listed with
 * the API's message, nothing is imported. A good file waits for a person of another role to approve
 * its import (the approvals page). The same file twice is refused (409).
 */
export const ImportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const { canAccess } = useCanAccess({ resource: 'bank-debit-imports', action: 'create' });
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  if (!canAccess) return null;
  const close = () => {
    setOpen(false);
    setChosen(null);
    setFailure(null);
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setFailure(null);
    setChosen(file ? await choose(file) : null);
  };
  const submit = async () => {
    if (!chosen) return;
    setPending(true);
    setFailure(null);
    try {
      // The file is checked now and waits for a person of another role to approve its import.
      const { data } = await dataProvider.create<Approval>('bank-debit-imports', {
        data: { fileName: chosen.fileName, content: chosen.content },
      });
      notify('estate.approvals.import_waiting', {
        type: 'info',
        messageArgs: { lines: data.params.lines ?? 0, succeeded: data.params.succeeded ?? 0, failed: data.params.failed ?? 0 },
      });
      close();
      refresh();
    } catch (error) {
      setFailure({ message: errorMessage(error), lines: lineErrorsOf(error) });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label="estate.bank_debits.import" variant="contained" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md">
        <DialogTitle>{translate('estate.bank_debits.import')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('estate.bank_debits.format')}
          </Typography>
          <Box component="code" sx={{ display: 'block', p: 1, mb: 2, bgcolor: 'action.hover', fontSize: 13 }}>
            {CSV_HEADER}
          </Box>
          <MuiButton component="label" variant="outlined" startIcon={<UploadFileIcon />}>
            {translate('estate.bank_debits.choose_file')}
            <input type="file" accept=".csv,text/csv" hidden onChange={onFile} data-testid="bank-file" />
          </MuiButton>
          {chosen && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('estate.bank_debits.chosen', { fileName: chosen.fileName, smart_count: chosen.lines })}
            </Typography>
          )}
          {chosen && !chosen.headerOk && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {translate('estate.bank_debits.header_warning', { header: CSV_HEADER })}
            </Alert>
          )}
          {failure && <FailureAlert failure={failure} />}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button label="estate.bank_debits.send" variant="contained" disabled={!chosen || pending} onClick={() => void submit()}>
            <UploadFileIcon />
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
