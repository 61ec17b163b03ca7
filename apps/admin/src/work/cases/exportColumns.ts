import { enumLabel, PROCESS_TIERS } from '../../common/enums';
import { titleOf } from '../../common/bilingual';
import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import { nextDueAt, type Case } from './types';

/** "Li Ming · 1-0302", as the case lists show the household. */
const household = col.text<Case>('householdId', {
  label: 'resources.cases.fields.household',
  get: (record) => (record.householdId == null ? null : [record.household?.name ?? `#${record.householdId}`, record.household?.unit?.number].filter(Boolean).join(' · ')),
});

const title = col.text<Case>('titleZh', { label: 'resources.cases.fields.title', get: (record, { locale }) => `${titleOf(record, locale)} #${record.id}`.trim() });

/** A complaint's tier by its label; the tiers of a process without labels as they are. */
const tier = col.text<Case>('tier', {
  get: (record, { translate }) => {
    const tiers = PROCESS_TIERS[record.process];
    return tiers && record.tier ? translate(enumLabel(tiers, record.tier), { _: record.tier }) : record.tier;
  },
});

const caseColumns: ExportColumn<Case>[] = [
  col.text('id'),
  title,
  col.enum('process', 'process'),
  household,
  col.enum('priority', 'priority'),
  tier,
  col.enum('status', 'caseStatus'),
  col.count('escalationLevel'),
  col.datetime('openedAt'),
  col.datetime('closedAt'),
  col.text('closeReason'),
];

const caseFilters: ExportColumn[] = [col.enum('status', 'caseStatus'), col.enum('priority', 'priority'), col.enum('process', 'process'), col.boolean('escalated')];

export const caseExporter = xlsxExporter({ resource: 'cases', columns: caseColumns, filters: caseFilters });

/** The escalations list: cases, with what is due next. */
const escalationColumns: ExportColumn<Case>[] = [
  title,
  col.enum('process', 'process', { label: 'resources.cases.fields.process' }),
  household,
  col.count('escalationLevel', { label: 'resources.cases.fields.escalationLevel' }),
  col.datetime('nextDue', { label: 'estate.escalations.next_due', get: (record) => nextDueAt(record) }),
  col.enum('priority', 'priority', { label: 'resources.cases.fields.priority' }),
  col.datetime('openedAt', { label: 'resources.cases.fields.openedAt' }),
];

const escalationFilters: ExportColumn[] = [
  col.text('withinHours', { label: 'estate.escalations.due_within', get: (values: { withinHours?: unknown }, { translate }) => translate('estate.escalations.hours', { smart_count: Number(values.withinHours) }) }),
  col.enum('priority', 'priority'),
  col.enum('process', 'process'),
];

export const escalationExporter = xlsxExporter({ resource: 'escalations', title: 'estate.escalations.title', columns: escalationColumns, filters: escalationFilters });
