import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import type { DunningLadder } from '../types';

const columns: ExportColumn<DunningLadder>[] = [
  col.text('household.name', { label: 'resources.dunning-ladders.fields.household' }),
  col.text('household.phone', { label: 'resources.households.fields.phone' }),
  col.text('household.unit.number', { label: 'resources.dunning-ladders.fields.unit' }),
  col.money('overdueAmount'),
  col.date('oldestDueDate'),
  col.count('ageDays'),
  col.enum('step', 'ladderStep'),
  col.enum('status', 'ladderStatus'),
  col.text('reason'),
  col.date('promisedDate'),
  col.datetime('startedAt'),
];

const filters: ExportColumn[] = [
  col.enum('step', 'ladderStep'),
  col.enum('status', 'ladderStatus'),
  col.reference('buildingId', 'buildings', 'name'),
  col.count('minAgeDays'),
  col.boolean('open'),
];

export const ladderExporter = xlsxExporter({ resource: 'dunning-ladders', title: 'estate.ladders.title', columns, filters });
