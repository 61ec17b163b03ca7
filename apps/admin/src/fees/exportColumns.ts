import { col, type ExportColumn } from '../common/xlsx';
import type { FeeHousehold } from './types';

/** "Li Ming · 1-0302", as the fee lists show an embedded household. */
export const householdColumn = (label: string): ExportColumn<{ household?: FeeHousehold | null }> =>
  col.text('householdId', {
    label,
    get: ({ household }) => (household ? [household.name, household.unit?.number].filter(Boolean).join(' · ') : null),
  });
