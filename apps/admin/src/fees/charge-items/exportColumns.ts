import { pick } from '../../common/bilingual';
import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import type { ChargeItem } from '../types';

const columns: ExportColumn<ChargeItem>[] = [
  col.text('code'),
  col.text('nameZh', { label: 'resources.charge-items.fields.name', get: (item, { locale }) => pick({ zh: item.nameZh, en: item.nameEn }, locale) || item.code }),
  col.enum('basis', 'chargeBasis'),
  col.money('rate'),
  col.boolean('custodyReduced'),
  col.boolean('active'),
  col.count('sortOrder'),
];

export const chargeItemExporter = xlsxExporter({ resource: 'charge-items', columns });
