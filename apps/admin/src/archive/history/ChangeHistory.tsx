import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Loading, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { enumLabel, type EnumName } from '../../common/enums';

/** One change as GET /history sends it (apps/api/src/history/history.ts). */
export interface ChangeRecord {
  id: number;
  at: string;
  staffId: number | null;
  staffName: string | null;
  /** The worker's process that made the change (`<workflow type>:<workflow id>`), when no staff member did. */
  process: string | null;
  model: string;
  recordId: number;
  householdId: number | null;
  action: 'create' | 'update' | 'withdraw' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The back office resource whose name and field labels name a model's records. */
const RESOURCE_OF: Record<string, string> = {
  Household: 'households',
  Member: 'members',
  Contact: 'contacts',
  Proxy: 'proxies',
  Document: 'documents',
  Staff: 'staff',
  Policy: 'policies',
  ChargeItem: 'charge-items',
  MeterReading: 'meter-readings',
  Payment: 'payments',
};

/** Fields whose values are enumerations the back office translates. */
const ENUM_OF: Record<string, EnumName> = {
  occupancy: 'occupancy',
  partyType: 'partyType',
  language: 'language',
  noticeChannel: 'noticeChannel',
  kind: 'documentKind',
  role: 'role',
  department: 'department',
  basis: 'chargeBasis',
  method: 'paymentMethod',
  channel: 'paymentChannel',
};

/** Record keys that say nothing to a reader of the history (who withdrew a record is its row's actor). */
const HIDDEN = new Set(['id', 'householdId', 'sha256', 'withdrawnById']);

type Translate = ReturnType<typeof useTranslate>;

/** A stored value as text: dates in the reader's locale, yes/no, enumerations translated, lists and policy data spelled out. */
export function valueText(field: string, value: unknown, translate: Translate, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)) return value.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return new Date(value).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB');
    const enumName = ENUM_OF[field];
    return enumName ? translate(enumLabel(enumName, value), { _: value }) : value;
  }
  if (Array.isArray(value)) return value.map((v) => valueText(field, v, translate, locale)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${valueText(k, v, translate, locale)}`)
      .join('; ');
  }
  return String(value);
}

const Fields = ({ change }: { change: ChangeRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const resource = RESOURCE_OF[change.model];
  const fallback = (field: string) => translate(`estate.withdrawal.fields.${field}`, { _: field });
  const label = (field: string) => (resource ? translate(`resources.${resource}.fields.${field}`, { _: fallback(field) }) : fallback(field));
  const shown = (values: Record<string, unknown> | null) => Object.keys(values ?? {}).filter((f) => !HIDDEN.has(f));
  const text = (field: string, values: Record<string, unknown> | null) => valueText(field, values?.[field], translate, locale);

  if (change.action === 'update' || change.action === 'withdraw') {
    return (
      <>
        {shown(change.after).map((field) => (
          <Typography key={field} variant="body2">
            <strong>{label(field)}</strong>: {text(field, change.before)} → {text(field, change.after)}
          </Typography>
        ))}
      </>
    );
  }
  const values = change.action === 'create' ? change.after : change.before;
  return (
    <Typography variant="body2" sx={{ color: change.action === 'delete' ? 'text.secondary' : undefined }}>
      {shown(values)
        .filter((field) => values?.[field] !== null)
        .map((field) => `${label(field)}: ${text(field, values)}`)
        .join(' · ')}
    </Typography>
  );
};

/**
 * Who changed what, newest first: the time, the staff member (or the system), what was created, changed or
 * withdrawn, and each field's old and new value. `filter` is `{ householdId }` (a whole file) or
 * `{ model, recordId }` (one record).
 */
export const ChangeHistory = ({ filter }: { filter: Record<string, unknown> }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useGetList<ChangeRecord>('history', {
    filter,
    sort: { field: 'id', order: 'DESC' },
    pagination: { page: 1, perPage: 200 },
  });
  if (isPending) return <Loading />;
  if (error || !data) return <Typography color="error">{translate('estate.history.unavailable')}</Typography>;
  if (!data.length) return <Typography color="text.secondary">{translate('estate.history.empty')}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('estate.history.at')}</TableCell>
            <TableCell>{translate('estate.history.who')}</TableCell>
            <TableCell>{translate('estate.history.what')}</TableCell>
            <TableCell>{translate('estate.history.values')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((change) => {
            const resource = RESOURCE_OF[change.model];
            const name = resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: change.model }) : change.model;
            return (
              <TableRow key={change.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{valueText('at', change.at, translate, locale)}</TableCell>
                <TableCell>
                  {change.staffName ??
                    (change.process ? translate('estate.history.process', { process: change.process }) : translate('estate.history.system'))}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {name} #{change.recordId}{' '}
                  <Chip
                    size="small"
                    variant="outlined"
                    color={change.action === 'delete' || change.action === 'withdraw' ? 'warning' : 'default'}
                    label={translate(`estate.history.actions.${change.action}`)}
                  />
                </TableCell>
                <TableCell>
                  <Fields change={change} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
