import { col, xlsxExporter, type ExportColumn } from '../common/xlsx';
import { unitText, type Custody } from './types';

const custodyColumns: ExportColumn<Custody>[] = [
  col.text('unit', { get: (custody) => unitText(custody) }),
  col.text('household.name', { label: 'resources.custody.fields.household' }),
  col.text('agreementNo'),
  col.date('signedOn'),
  col.date('startedAt'),
  col.date('endedAt'),
  col.choice('status', 'estate.custody.status'),
  col.number('startWater'),
  col.number('startElectricity'),
  col.number('endWater'),
  col.number('endElectricity'),
];

export const custodyExporter = xlsxExporter({ resource: 'custody', columns: custodyColumns, filters: [col.choice('status', 'estate.custody.status')] });

const rainColumns: ExportColumn[] = [
  col.datetime('createdAt'),
  col.text('note'),
  col.datetime('expectedEnd'),
  col.datetime('overAt'),
  col.count('_count.patrols', { label: 'resources.rain-warnings.fields.patrols' }),
];

export const rainWarningExporter = xlsxExporter({ resource: 'rain-warnings', columns: rainColumns });
