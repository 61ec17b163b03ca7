import AddIcon from '@mui/icons-material/Add';
import { Alert } from '@mui/material';
import {
  AccessDenied,
  BooleanInput,
  CanAccess,
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { choices } from '../common/enums';
import { DateTimeField, EnumField } from '../common/fields';
import { EmptyLine } from '../common/SubRecordsTab';
import { onOnly } from '../common/transform';
import {
  ComplainantField,
  ComplaintEscalationField,
  ComplaintOverdueField,
  ComplaintStatusField,
  ComplaintTierField,
} from './ComplaintFields';
import { dayStart, isDay, localDay } from '../common/days';
import { complaintDepartmentChoices, overdueComplaintSx } from './types';
import { complaintExporter, complaintFollowUpExporter } from './exportColumns';

/**
 * The `from` / `to` filters are instants on `createdAt` (ISO), the API taking `from` inclusive and
 * `to` exclusive. Staff pick calendar days, both inclusive: "to 30 Nov" is sent as the start of 1 Dec.
 */
// An emptied input answers null, not undefined: the filter form keeps the previous value for undefined.
const fromParse = (value: unknown) => (isDay(value) ? dayStart(value).toISOString() : null);
/** The local day of an instant, `shiftMs` earlier; '' for nothing or an unreadable value. */
const dayOf = (value: unknown, shiftMs = 0) => {
  const at = value ? new Date(String(value)).getTime() : Number.NaN;
  return Number.isNaN(at) ? '' : localDay(new Date(at - shiftMs));
};
const fromFormat = (value: unknown) => dayOf(value);
const toParse = (value: unknown) => (isDay(value) ? dayStart(value, 1).toISOString() : null);

const toFormat = (value: unknown) => dayOf(value, 1);

const filters = ({ followUpList }: { followUpList: boolean }) => [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="tier" source="tier" choices={choices('complaintTier')} alwaysOn />,
  ...(followUpList ? [] : [<SelectInput key="status" source="status" choices={choices('complaintStatus')} alwaysOn />]),
  ...(followUpList ? [] : [<NullableBooleanInput key="resolvedOnTime" source="resolvedOnTime" />]),
  <SelectInput key="department" source="department" choices={complaintDepartmentChoices()} />,
  <SelectInput key="channel" source="channel" choices={choices('complaintChannel')} />,
  <BooleanInput key="overdue" source="overdue" parse={onOnly} alwaysOn sx={{ mb: 0.5 }} />,
  ...(followUpList ? [] : [<BooleanInput key="followUp" source="followUp" parse={onOnly} sx={{ mb: 0.5 }} />]),
  <DateInput key="from" source="from" parse={fromParse} format={fromFormat} />,
  <DateInput key="to" source="to" parse={toParse} format={toFormat} />,
];

const ListActions = ({ create = true }: { create?: boolean }) => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    {create && <CreateButton variant="contained" label="estate.complaints.new" icon={<AddIcon />} />}
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

const NoComplaints = () => {
  const { filterValues } = useListContext();
  return <EmptyLine message={Object.keys(filterValues).length ? 'estate.complaints.none_match' : 'estate.complaints.empty'} />;
};

/** The columns shared by the register and the follow-up list. */
const ComplaintTable = ({ empty }: { empty: React.ReactElement }) => (
  <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueComplaintSx} empty={empty}>
    <DataTable.Col source="id" />
    <DataTable.Col source="createdAt">
      <DateTimeField source="createdAt" />
    </DataTable.Col>
    <DataTable.Col source="complainantName" label="resources.complaints.fields.complainant" disableSort>
      <ComplainantField />
    </DataTable.Col>
    <DataTable.Col source="subject" disableSort>
      <TextField source="subject" />
    </DataTable.Col>
    <DataTable.Col source="department">
      <EnumField source="department" enumName="department" />
    </DataTable.Col>
    <DataTable.Col source="tier">
      <ComplaintTierField />
    </DataTable.Col>
    <DataTable.Col source="status">
      <ComplaintStatusField />
    </DataTable.Col>
    <DataTable.Col source="case.escalationLevel" label="resources.complaints.fields.escalationLevel" disableSort>
      <ComplaintEscalationField />
    </DataTable.Col>
    <DataTable.Col label="resources.complaints.fields.overdue" disableSort>
      <ComplaintOverdueField />
    </DataTable.Col>
  </DataTable>
);

/**
 * The complaint register (CMP-1): newest first, overdue rows in red. The "New complaint" button
 * is the first thing on the page: the reception takes complaints while on the phone.
 */
export const ComplaintList = () => (
  <List
    filters={filters({ followUpList: false })}
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={25}
    actions={<ListActions />}
    exporter={complaintExporter}
    empty={false}
  >
    <ComplaintTable empty={<NoComplaints />} />
  </List>
);

/** Refreshed every minute: supervisors keep it open. */
const FOLLOW_UP_REFRESH_MS = 60_000;

const FollowUpHint = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mt: 1 }}>
      {translate('estate.complaints.follow_up_hint')}
    </Alert>
  );
};

/**
 * CMP-8: the supervisors' follow-up list, open complaints unresolved for over the policy's period
 * (a week by default), oldest first. The same list as the register with `followUp: true` fixed;
 * it keeps its own filters and sort (its own store key) and refreshes itself every minute.
 */
export const ComplaintFollowUpList = () => (
  // The list reads `complaints`, which every staff member may read: the managers-only rule of this
  // menu entry (authProvider.canAccess) is checked here, as react-admin would for a resource's own list.
  <CanAccess resource="complaint-follow-up" action="list" accessDenied={<AccessDenied />}>
    <FollowUpList />
  </CanAccess>
);

const FollowUpList = () => (
  <List
    resource="complaints"
    storeKey="complaints.followUp"
    title="estate.complaints.follow_up_title"
    filter={{ followUp: true }}
    filters={filters({ followUpList: true })}
    sort={{ field: 'createdAt', order: 'ASC' }}
    perPage={50}
    actions={<ListActions create={false} />}
    exporter={complaintFollowUpExporter}
    queryOptions={{ refetchInterval: FOLLOW_UP_REFRESH_MS }}
    empty={false}
  >
    <FollowUpHint />
    <ComplaintTable empty={<EmptyLine message="estate.complaints.follow_up_empty" />} />
  </List>
);
