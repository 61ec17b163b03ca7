import { CHINA_TIME, col, xlsxExporter, type ExportColumn, type ExportContext } from '../common/xlsx';
import type { ReceptionEntry } from './shared';

/** Where the entry went ("Complaint #12"), or "not turned into a case", as the log shows it. */
const became = (entry: ReceptionEntry, { translate }: ExportContext) => {
  if (!entry.linkedProcess || !entry.caseId) return translate('estate.reception.not_linked');
  const what = translate(`estate.reception.process.${entry.linkedProcess}`);
  const id = entry.linkedProcess === 'complaint' ? entry.complaintId : entry.linkedProcess === 'repair' ? entry.repairId : entry.caseId;
  return translate('estate.reception.linked_to', { what, id });
};

const entryColumns: ExportColumn<ReceptionEntry>[] = [
  col.datetime('receivedAt', { timeZone: CHINA_TIME }),
  col.choice('kind', 'estate.reception.kind'),
  col.choice('channel', 'estate.reception.channel'),
  col.text('residentName'),
  col.text('phone'),
  col.text('household.name', { label: 'resources.reception-entries.fields.householdId' }),
  col.text('content'),
  col.text('reply'),
  col.text('takenBy.displayName', { label: 'resources.reception-entries.fields.takenById' }),
  col.text('handlerId', { get: (entry) => (entry.handler ?? entry.takenBy)?.displayName }),
  col.text('case', { get: became }),
];

const entryFilters: ExportColumn[] = [
  col.date('day'),
  col.choice('kind', 'estate.reception.kind'),
  col.choice('channel', 'estate.reception.channel'),
  col.boolean('linked'),
];

export const receptionEntryExporter = xlsxExporter({ resource: 'reception-entries', title: 'estate.reception.menu', columns: entryColumns, filters: entryFilters });

interface ContactForm {
  number: string;
  toDepartment: string;
  subject: string;
  content: string;
  replyBy: string | null;
  status: string;
  createdAt: string;
  acknowledgedAt: string | null;
  reply: string | null;
  repliedAt: string | null;
  createdBy: { displayName: string } | null;
}

const formColumns: ExportColumn<ContactForm>[] = [
  col.text('number'),
  col.datetime('createdAt', { timeZone: CHINA_TIME }),
  col.text('createdBy.displayName', { label: 'resources.contact-forms.fields.createdById' }),
  col.choice('toDepartment', 'estate.reception.department'),
  col.text('subject'),
  col.text('content'),
  col.datetime('replyBy', { timeZone: CHINA_TIME }),
  col.choice('status', 'estate.contact_forms.status'),
  col.datetime('acknowledgedAt', { timeZone: CHINA_TIME }),
  col.text('reply'),
  col.datetime('repliedAt', { timeZone: CHINA_TIME }),
];

const formFilters: ExportColumn[] = [col.choice('status', 'estate.contact_forms.status'), col.choice('toDepartment', 'estate.reception.department')];

export const contactFormExporter = xlsxExporter({ resource: 'contact-forms', title: 'estate.contact_forms.menu', columns: formColumns, filters: formFilters });
