import AlarmIcon from '@mui/icons-material/Alarm';
import { Box, Chip, Typography } from '@mui/material';
import { RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { COMPLAINT_STATUS_COLORS, COMPLAINT_TIER_COLORS, enumLabel } from '../common/enums';
import { EmptyValue, EnumField } from '../common/fields';
import { EscalationLevelField } from '../work/tasks/TaskFields';
import { isComplaintOverdue, type Complaint } from './types';

/** The tier as a coloured chip: major red, important orange, minor grey. */
export const ComplaintTierField = ({ source = 'tier' }: { source?: string }) => (
  <EnumField source={source} enumName="complaintTier" colors={COMPLAINT_TIER_COLORS} chipVariant="filled" />
);

export const ComplaintStatusField = () => (
  <EnumField source="status" enumName="complaintStatus" colors={COMPLAINT_STATUS_COLORS} />
);

/** The complainant's name over their phone number. */
export const ComplainantField = () => {
  const record = useRecordContext<Complaint>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2">
        {record.complainantName}
      </Typography>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {record.phone}
      </Typography>
    </Box>
  );
};

/** The escalation level of the complaint's case (`case.escalationLevel`), as on the case lists. */
export const ComplaintEscalationField = () => {
  const record = useRecordContext<Complaint>();
  if (!record) return null;
  if (!record.case) return <EmptyValue />;
  return (
    <RecordContextProvider value={record.case}>
      <EscalationLevelField />
    </RecordContextProvider>
  );
};

/** "Overdue" in red when the open complaint's case is escalated or one of its tasks is past due. */
export const ComplaintOverdueField = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!record || !isComplaintOverdue(record)) return null;
  return (
    <Chip
      size="small"
      color="error"
      icon={<AlarmIcon />}
      label={translate('estate.complaints.overdue')}
      data-overdue="true"
      sx={{ fontWeight: 600 }}
    />
  );
};

/** Resolved on time (green), late (red), or not resolved yet. */
export const ResolvedOnTimeField = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!record || record.resolvedOnTime == null) return <EmptyValue />;
  return (
    <Typography
      component="span"
      variant="body2"
      color={record.resolvedOnTime ? 'success.main' : 'error'}
      sx={{ fontWeight: 600 }}
    >
      {translate(record.resolvedOnTime ? 'estate.complaints.on_time' : 'estate.complaints.late')}
    </Typography>
  );
};

/** Yes / No for a plain boolean of the record; `alarm`: "yes" in red (damage still happening). */
export const YesNoField = ({ source, alarm = false }: { source: string; alarm?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const value = record[source];
  if (value == null) return <EmptyValue />;
  return (
    <Typography
      component="span"
      variant="body2"
      color={alarm && value ? 'error' : 'text.primary'}
      sx={alarm && value ? { fontWeight: 600 } : undefined}
    >
      {translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}
    </Typography>
  );
};

/** A tier and what it means (CMP-2/3/4): the receptionist proposes, a supervisor may reclassify. */
export const ComplaintTierOption = () => {
  const choice = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  if (!choice) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 1, py: 0.25 }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600, minWidth: 48 }}>
        {translate(enumLabel('complaintTier', choice.id))}
      </Typography>
      <Typography component="span" variant="body2" color="text.secondary">
        {translate(`estate.complaints.tier_hints.${choice.id}`)}
      </Typography>
    </Box>
  );
};
