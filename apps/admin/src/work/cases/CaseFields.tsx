import { Box, Chip, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { enumLabel, PROCESS_TIERS } from '../../common/enums';
import { EmptyValue } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { nextDueAt, type Case } from './types';

const stop = (event: React.MouseEvent) => event.stopPropagation();

/** The process's name; a process the back office does not know keeps its raw name. */
export const ProcessField = () => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  if (!record?.process) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2">
      {translate(enumLabel('process', record.process), { _: record.process })}
    </Typography>
  );
};

/** The case's tier, translated for a process whose tiers the back office knows (complaints), raw otherwise. */
export const CaseTierField = () => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  if (!record?.tier) return <EmptyValue />;
  const tiers = PROCESS_TIERS[record.process];
  return (
    <Typography component="span" variant="body2">
      {tiers ? translate(enumLabel(tiers, record.tier), { _: record.tier }) : record.tier}
    </Typography>
  );
};

/** "Li Ming · 1-0302", linking to the household's file (its Cases tab). */
export const CaseHouseholdField = () => {
  const record = useRecordContext<Case>();
  if (!record || record.householdId == null) return <EmptyValue />;
  const name = record.household?.name ?? `#${record.householdId}`;
  const unit = record.household?.unit?.number;
  return (
    <Link to={`/households/${record.householdId}/show/cases`} onClick={stop} sx={{ whiteSpace: 'nowrap' }}>
      {unit ? `${name} · ${unit}` : name}
    </Link>
  );
};

/** The case's title in the UI's language, with its number. */
export const CaseTitleField = ({ link = false }: { link?: boolean }) => {
  const record = useRecordContext<Case>();
  const { title } = useLocalized();
  if (!record) return null;
  const text = `${title(record) || ''} #${record.id}`.trim();
  if (link) {
    return (
      <Link to={`/cases/${record.id}/show`} onClick={stop}>
        {text}
      </Link>
    );
  }
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};

/** The earliest due time among the case's open tasks; red with "overdue" once it has passed. */
export const NextDueField = () => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  const next = nextDueAt(record);
  if (!next) return <EmptyValue />;
  const overdue = new Date(next).getTime() < Date.now();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
      <Typography component="span" variant="body2" color={overdue ? 'error' : 'text.primary'} sx={overdue ? { fontWeight: 600 } : undefined}>
        {formatDateTime(next)}
      </Typography>
      {overdue && <Chip size="small" color="error" label={translate('estate.tasks.overdue')} />}
    </Box>
  );
};

/** Escalated cases stand out: an amber left edge, red from level 2. */
export const escalatedRowSx = (record: RaRecord) => {
  const level = Number(record.escalationLevel ?? 0);
  if (!level) return {};
  return level >= 2
    ? { backgroundColor: 'rgba(211, 47, 47, 0.08)', boxShadow: 'inset 4px 0 0 #d32f2f' }
    : { backgroundColor: 'rgba(237, 108, 2, 0.08)', boxShadow: 'inset 4px 0 0 #ed6c02' };
};
