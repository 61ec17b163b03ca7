import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import { unitLabel, type Household } from './types';

/** The identity number leaves the API masked (ARC-3); the export writes it as it came, never asking for the full one. */
const columns: ExportColumn<Household>[] = [
  col.text('unit.number', { label: 'resources.households.fields.unit', get: (household) => unitLabel(household.unit) }),
  col.text('name'),
  col.enum('occupancy', 'occupancy'),
  col.enum('partyType', 'partyType'),
  col.masked('idNumber'),
  col.text('companyRegNo'),
  col.text('phone'),
  col.text('email'),
  col.date('moveInDate'),
  col.boolean('active'),
];

const filters: ExportColumn[] = [
  col.reference('buildingId', 'buildings', 'name'),
  col.enum('occupancy', 'occupancy'),
  col.enum('partyType', 'partyType'),
  col.boolean('active'),
];

export const householdExporter = xlsxExporter({ resource: 'households', columns, filters });
