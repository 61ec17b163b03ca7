import { Chip, useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, SelectInput, SimpleList, useLocaleState, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { chinaTime, CHECK_RESULTS, RESULT_COLOURS, type CheckResult } from '../types';
import { gateCheckExporter } from '../exportColumns';

interface GateCheckRecord extends RaRecord {
  checkedAt: string;
  result: CheckResult;
  query: string;
  gate: string | null;
  markedUsed: boolean;
  pass: { number: string; holderName: string } | null;
  checkedBy: { displayName: string } | null;
}

const ResultChip = () => {
  const record = useRecordContext<GateCheckRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" label={translate(`estate.gate.result.${record.result}`)} sx={{ color: '#fff', bgcolor: RESULT_COLOURS[record.result] }} />;
};

const When = () => {
  const record = useRecordContext<GateCheckRecord>();
  const [locale] = useLocaleState();
  return <>{chinaTime(record?.checkedAt, locale)}</>;
};

const filters = [<SelectInput key="result" source="result" choices={CHECK_RESULTS.map((r) => ({ id: r, name: `estate.gate.result.${r}` }))} alwaysOn />];

/** REC-3: the gate log, every check with who, when, where and the answer (newest first). */
export const GateCheckList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List filters={filters} sort={{ field: 'checkedAt', order: 'DESC' }} exporter={gateCheckExporter}>
      {small ? (
        <SimpleList<GateCheckRecord>
          primaryText={(r) => `${r.pass?.number ?? r.query} · ${translate(`estate.gate.result.${r.result}`)}`}
          secondaryText={(r) => `${chinaTime(r.checkedAt, locale)} · ${r.gate ?? ''} · ${r.checkedBy?.displayName ?? ''}`}
          linkType={false}
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="checkedAt" render={() => <When />} />
          <DataTable.Col source="result" render={() => <ResultChip />} />
          <DataTable.Col source="passId" render={(r: GateCheckRecord) => (r.pass ? `${r.pass.number} · ${r.pass.holderName}` : '—')} disableSort />
          <DataTable.Col source="query" disableSort />
          <DataTable.Col source="gate" disableSort />
          <DataTable.Col source="checkedBy" render={(r: GateCheckRecord) => r.checkedBy?.displayName ?? ''} disableSort />
          <DataTable.Col source="markedUsed" render={(r: GateCheckRecord) => (r.markedUsed ? '✓' : '')} disableSort />
        </DataTable>
      )}
    </List>
  );
};
