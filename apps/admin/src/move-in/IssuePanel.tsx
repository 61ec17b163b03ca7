import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useAsyncAction } from '../common/useAsyncAction';
import { moveInApi } from './api';
import type { MoveIn } from './types';

/** MOV-3: keys by kind and count, the handbook and the diagrams, with who received them; once issued, what was handed over. */
export const IssuePanel = ({ moveIn }: { moveIn: MoveIn }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const items = moveIn.policy?.issues ?? [];
  const [counts, setCounts] = useState<Record<string, string>>(() => Object.fromEntries(items.map((i) => [i.code, String(i.count)])));
  const [receivedBy, setReceivedBy] = useState(moveIn.applicantName);
  const save = useAsyncAction(() => moveInApi.issue(moveIn.id, items.map((i) => ({ code: i.code, count: Number(counts[i.code] || 0) })), receivedBy.trim()), { successMessage: 'estate.move_in.issued' });
  if (moveIn.issuedAt) {
    return (
      <Table size="small" data-testid="issued">
        <TableHead>
          <TableRow>
            <TableCell>{translate('estate.move_in.item')}</TableCell>
            <TableCell>{translate('estate.move_in.count')}</TableCell>
            <TableCell>{translate('estate.move_in.received_by')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {moveIn.issues.map((i) => (
            <TableRow key={i.id}>
              <TableCell>{locale === 'zh' ? i.labelZh : i.labelEn}</TableCell>
              <TableCell>{i.count}</TableCell>
              <TableCell>{i.receivedBy}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  return (
    <Stack spacing={1}>
      {items.map((i) => (
        <TextField key={i.code} name={`count-${i.code}`} type="number" size="small" inputProps={{ min: 0, max: 99 }} label={locale === 'zh' ? i.label.zh : i.label.en} value={counts[i.code] ?? ''} onChange={(e) => setCounts({ ...counts, [i.code]: e.target.value })} sx={{ maxWidth: 320 }} />
      ))}
      <TextField name="receivedBy" label={translate('estate.move_in.received_by')} value={receivedBy} onChange={(e) => setReceivedBy(e.target.value)} sx={{ maxWidth: 320 }} />
      <Button variant="contained" disabled={save.pending || !receivedBy.trim()} onClick={() => void save.run()} sx={{ alignSelf: 'flex-start' }}>
        {translate('estate.move_in.issue')}
      </Button>
    </Stack>
  );
};
