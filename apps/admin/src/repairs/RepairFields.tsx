import AlarmIcon from '@mui/icons-material/Alarm';
import BoltIcon from '@mui/icons-material/Bolt';
import { Box, Chip, Typography, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { EmptyValue } from '../common/fields';
import { useLocalized } from '../common/localized';
import { useRepairNames, useWindowText } from './catalogue';
import { isRepairOverdue, REPAIR_KIND_COLORS, REPAIR_STATUS_COLORS, type RepairOrder } from './types';

// The fields of the repair pages: every code in words (statuses, registers, categories by their catalogue names).

const WordChip = ({ label, color, variant = 'outlined' }: { label: string; color?: ChipProps['color']; variant?: ChipProps['variant'] }) => (
  <Chip size="small" label={label} color={color ?? 'default'} variant={variant} sx={{ alignSelf: 'flex-start' }} />
);

export const RepairStatusField = () => {
  const record = useRecordContext<RepairOrder>();
  const translate = useTranslate();
  if (!record?.status) return <EmptyValue />;
  return <WordChip label={translate(`estate.repairs.status.${record.status}`, { _: record.status })} color={REPAIR_STATUS_COLORS[record.status]} />;
};

/** The serial in bold, monospaced, so the eye finds it in a column. */
export const SerialField = () => {
  const record = useRecordContext<RepairOrder>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontWeight: 600, fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {record.serial}
    </Typography>
  );
};

/** Free repair (in warranty) or paid service: the two registers (REP-2). */
export const RepairKindField = () => {
  const record = useRecordContext<RepairOrder>();
  const translate = useTranslate();
  if (!record?.kind) return <EmptyValue />;
  return <WordChip label={translate(`estate.repairs.kind.${record.kind}`, { _: record.kind })} color={REPAIR_KIND_COLORS[record.kind]} />;
};

export const CategoryField = () => {
  const record = useRecordContext<RepairOrder>();
  const names = useRepairNames();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {names.category(record.category)}
    </Typography>
  );
};

/** "Emergency" in orange (water or gas that cannot be shut off, a safety facility). */
export const EmergencyChip = () => {
  const record = useRecordContext<RepairOrder>();
  const translate = useTranslate();
  if (!record?.emergency) return null;
  return <Chip size="small" color="warning" icon={<BoltIcon />} label={translate('estate.repairs.emergency')} data-emergency="true" sx={{ fontWeight: 600 }} />;
};

/** "Overdue" in red when the running order's case is escalated or one of its tasks is past due. */
export const RepairOverdueChip = () => {
  const record = useRecordContext<RepairOrder>();
  const translate = useTranslate();
  if (!record || !isRepairOverdue(record)) return null;
  return <Chip size="small" color="error" icon={<AlarmIcon />} label={translate('estate.repairs.overdue')} data-overdue="true" sx={{ fontWeight: 600 }} />;
};

/** Both marks, side by side (the register's column and the phone list). */
export const RepairMarks = () => (
  <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5 }}>
    <EmergencyChip />
    <RepairOverdueChip />
  </Box>
);

/** The household's unit and name, or the public place. */
export const WhereField = () => {
  const record = useRecordContext<RepairOrder>();
  const translate = useTranslate();
  if (!record) return null;
  const household = record.household;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2">
        {household ? [household.unit?.building?.name, household.unit?.number].filter(Boolean).join(' ') : record.location}
      </Typography>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {household ? household.name : translate('estate.repairs.public_area')}
      </Typography>
    </Box>
  );
};

/** The reporter's name over their phone number. */
export const ReporterField = () => {
  const record = useRecordContext<RepairOrder>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2">
        {record.reporterName}
      </Typography>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {record.phone}
      </Typography>
    </Box>
  );
};

/** The agreed visit, in the estate's clock; an emergency "at once". */
export const AppointmentField = () => {
  const record = useRecordContext<RepairOrder>();
  const translate = useTranslate();
  const windowText = useWindowText();
  if (!record) return null;
  const text = record.emergency && !(record.windows ?? []).length ? translate('estate.repairs.at_once') : windowText(record.appointmentFrom, record.appointmentTo);
  if (!text) return <EmptyValue />;
  // A window may break after its start ("30 Nov 2026 09:00–" / "11:00"), never inside a day or a time.
  const [start, ...end] = text.split('–');
  return (
    <Typography component="span" variant="body2">
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {start}
        {end.length > 0 && '–'}
      </Box>
      {end.length > 0 && (
        <>
          <wbr />
          <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
            {end.join('–')}
          </Box>
        </>
      )}
    </Typography>
  );
};

/** Every window the resident gave, the first being the appointment. */
export const WindowsField = () => {
  const record = useRecordContext<RepairOrder>();
  const windowText = useWindowText();
  if (!record) return null;
  const windows = record.windows ?? [];
  if (!windows.length) return <EmptyValue />;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      {windows.map((w, i) => (
        <Typography key={i} component="span" variant="body2" sx={{ fontWeight: i === 0 ? 600 : 400 }}>
          {windowText(w.from, w.to)}
        </Typography>
      ))}
    </Box>
  );
};

/** Why it is free or paid: in warranty until a day, out of warranty since, no warranty, a public area. */
export const useWarrantyText = () => {
  const translate = useTranslate();
  const { formatDay } = useLocalized();
  return (basis: string | null | undefined, warrantyUntil: string | null | undefined) =>
    basis ? translate(`estate.repairs.basis.${basis}`, { date: warrantyUntil ? formatDay(warrantyUntil) : translate('estate.common.none') }) : '';
};

export const WarrantyField = () => {
  const record = useRecordContext<RepairOrder>();
  const warranty = useWarrantyText();
  if (!record?.warrantyBasis) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2">
      {warranty(record.warrantyBasis, record.warrantyUntil)}
    </Typography>
  );
};

/** Yes / No for a boolean of the record; `good` colours "yes" green and "no" red (on time, test passed). */
export const YesNo = ({ value, good = false }: { value: boolean | null | undefined; good?: boolean }) => {
  const translate = useTranslate();
  if (value == null) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2" color={good ? (value ? 'success.main' : 'error') : 'text.primary'} sx={good ? { fontWeight: 600 } : undefined}>
      {translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}
    </Typography>
  );
};

/** Yuan: "¥80.00". */
export const Money = ({ value }: { value: number | null | undefined }) => {
  const { formatMoney } = useLocalized();
  if (value == null) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2">
      {formatMoney(value)}
    </Typography>
  );
};
