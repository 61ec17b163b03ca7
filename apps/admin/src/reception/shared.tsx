import { Chip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { fetchBlob, send } from '../http';

export const KINDS = ['COMPLAINT', 'PRAISE', 'SUGGESTION', 'NEED', 'CONSULTATION', 'REPAIR'] as const;
export const CHANNELS = ['PHONE', 'VISIT', 'LETTER', 'ONLINE'] as const;
export const DEPARTMENTS = ['CS', 'ENGINEERING', 'SECURITY', 'CLEANING', 'GREENING', 'FINANCE', 'MANAGEMENT_OFFICE'] as const;
export const OTHER_DEPARTMENTS = DEPARTMENTS.filter((d) => d !== 'CS');
export const FORM_STATUSES = ['SENT', 'ACKNOWLEDGED', 'REPLIED', 'VOIDED'] as const;

/** Choices whose names are message keys (react-admin translates them). */
export const keyed = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

/** Today in China time, as the log is kept (YYYY-MM-DD). */
export const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** An instant in China time, in the UI's language. */
export const chinaTime = (value: unknown, locale: string, withDate = true) => {
  if (!value) return '';
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    ...(withDate ? { dateStyle: 'medium' as const } : {}),
    timeStyle: 'short',
  }).format(date);
};

export interface ReceptionEntry {
  id: Identifier;
  kind: (typeof KINDS)[number];
  channel: (typeof CHANNELS)[number];
  receivedAt: string;
  residentName: string;
  phone: string;
  householdId: number | null;
  content: string;
  reply: string | null;
  caseId: number | null;
  linkedProcess: 'complaint' | 'repair' | 'specialist-question' | null;
  complaintId: number | null;
  repairId: number | null;
  takenBy: { id: number; displayName: string } | null;
  handler: { id: number; displayName: string } | null;
  praisedStaff: { id: number; displayName: string } | null;
  household: { id: number; name: string; unit: { number: string; building: { name: string } } } | null;
  case: { id: number; status: string; escalationLevel: number; repairOrder: { serial: string } | null } | null;
  question: { question: string; promisedBy: string; status: 'ASKED' | 'ANSWERED' | 'TOLD'; answer: string | null; toldAt: string | null; toldMethod: string | null } | null;
  contactForms: { id: number; number: string; status: string }[];
}

/** The endpoints of the reception area that are not react-admin's CRUD. */
export const receptionApi = {
  toComplaint: (id: Identifier, body: Record<string, unknown>) => send(`/reception-entries/${encodeURIComponent(id)}/complaint`, body),
  toRepair: (id: Identifier, body: Record<string, unknown>) => send(`/reception-entries/${encodeURIComponent(id)}/repair`, body),
  askSpecialist: (id: Identifier, body: Record<string, unknown>) => send(`/reception-entries/${encodeURIComponent(id)}/specialist-question`, body),
  dayPdf: (day: string) => fetchBlob(`/reception-entries/day.pdf?day=${encodeURIComponent(day)}`),
  contactFormPdf: (id: Identifier) => fetchBlob(`/contact-forms/${encodeURIComponent(id)}/form.pdf`),
};

/** Where the entry went: the complaint, the repair order or the specialist question, as a chip. */
export const LinkedChip = () => {
  const record = useRecordContext<ReceptionEntry>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.linkedProcess || !record.caseId) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('estate.reception.not_linked')}
      </Typography>
    );
  }
  const what = translate(`estate.reception.process.${record.linkedProcess}`);
  const id = record.linkedProcess === 'complaint' ? record.complaintId : record.linkedProcess === 'repair' ? record.repairId : record.caseId;
  return <Chip size="small" color={record.case?.escalationLevel ? 'error' : 'primary'} variant="outlined" label={translate('estate.reception.linked_to', { what, id })} />;
};

/** The record's kind or channel in words. */
export const WordField = ({ source, prefix }: { source: 'kind' | 'channel'; prefix: string; label?: string }) => {
  const record = useRecordContext<ReceptionEntry>();
  const translate = useTranslate();
  return record ? <span>{translate(`${prefix}.${record[source]}`)}</span> : null;
};

/** The entry's time in China time. */
export const ChinaTimeField = ({ source, withDate = true }: { source: string; withDate?: boolean; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return <span>{chinaTime(record?.[source], locale, withDate) || translate('estate.common.none')}</span>;
};
