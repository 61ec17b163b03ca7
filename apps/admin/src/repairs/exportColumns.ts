import { pick } from '../common/bilingual';
import { col, dayRange, staffName, xlsxExporter, type ExportColumn, type ExportContext } from '../common/xlsx';
import { ESTATE_ZONE, isRepairOverdue, type RepairCatalogue, type RepairOrder } from './types';

/** A category by its name in the catalogue of the policy in force; a code it no longer has, as it is. */
const categoryName = (code: unknown, { locale, loaded }: ExportContext) => {
  if (code == null || code === '') return null;
  const category = (loaded as RepairCatalogue | undefined)?.categories.find((c) => c.code === code);
  return category ? pick(category.name, locale) : String(code);
};

/** "Building 1 1-0302 · Li Ming", or the public place, as the register shows where. */
const where = (order: RepairOrder, { translate }: ExportContext) => {
  const { household } = order;
  if (!household) return [order.location, translate('estate.repairs.public_area')].filter(Boolean).join(' · ');
  return `${[household.unit?.building?.name, household.unit?.number].filter(Boolean).join(' ')} · ${household.name}`;
};

const columns: ExportColumn<RepairOrder>[] = [
  col.text('serial'),
  col.datetime('createdAt'),
  col.text('location', { label: 'resources.repairs.fields.where', get: where }),
  col.text('reporterName'),
  col.text('phone'),
  col.text('category', { get: (order, context) => categoryName(order.category, context) }),
  col.text('description'),
  col.choice('kind', 'estate.repairs.kind'),
  col.boolean('emergency'),
  col.datetime('appointmentFrom', { label: 'resources.repairs.fields.appointment', timeZone: ESTATE_ZONE }),
  col.text('engineer.displayName', { label: 'resources.repairs.fields.engineer' }),
  col.choice('status', 'estate.repairs.status'),
  col.boolean('overdue', { label: 'estate.repairs.overdue', get: (order) => isRepairOverdue(order) }),
  col.money('charge'),
  col.datetime('completedAt'),
  col.text('receivedBy.displayName', { label: 'resources.repairs.fields.receivedBy' }),
];

const filters: ExportColumn[] = [
  col.choice('status', 'estate.repairs.status'),
  col.choice('kind', 'estate.repairs.kind'),
  col.text('category', { get: (values: { category?: unknown }, context) => categoryName(values.category, context) }),
  col.boolean('emergency'),
  col.reference('buildingId', 'buildings', 'name'),
  col.reference('engineerId', 'staff', staffName),
  col.text('olderThanDays', { get: (values: { olderThanDays?: unknown }, { translate }) => translate('estate.repairs.older_than', { smart_count: Number(values.olderThanDays) }) }),
  col.boolean('publicArea'),
  ...dayRange(),
];

export const repairExporter = xlsxExporter({
  resource: 'repairs',
  columns,
  filters,
  // The catalogue is read when someone exports (the intake form's client, loaded with the workbook's code).
  load: async () => (await import('./api')).repairsApi.catalogue(),
});
