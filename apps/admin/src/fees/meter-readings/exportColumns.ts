import { pick } from '../../common/bilingual';
import { col, xlsxExporter, type ExportColumn, type ExportContext } from '../../common/xlsx';
import type { MeterReading } from '../types';

interface Named {
  nameZh?: string;
  nameEn?: string;
  code?: string;
}

/** A metered charge item's name in the UI's language. */
const itemName = (item: Named | null | undefined, { locale }: ExportContext): string =>
  item ? pick({ zh: item.nameZh, en: item.nameEn }, locale) || (item.code ?? '') : '';

const columns: ExportColumn<MeterReading>[] = [
  col.text('unit.number', { label: 'resources.meter-readings.fields.unitId' }),
  col.text('chargeItemId', { get: (reading, context) => itemName(reading.chargeItem, context) }),
  col.month('period'),
  col.number('quantity'),
  col.datetime('createdAt'),
];

const filters: ExportColumn[] = [
  col.reference('unitId', 'units', 'number'),
  col.reference('chargeItemId', 'charge-items', (item, context) => itemName(item as Named, context)),
  col.month('period'),
];

export const meterReadingExporter = xlsxExporter({ resource: 'meter-readings', columns, filters });
