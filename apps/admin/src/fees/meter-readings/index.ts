import SpeedIcon from '@mui/icons-material/Speed';
import type { ResourceProps } from 'react-admin';
import { MeterReadingCreate, MeterReadingEdit } from './MeterReadingCreate';
import { MeterReadingList } from './MeterReadingList';

/** Meter readings of the units, billed by the metered charge items. */
const meterReadings: Omit<ResourceProps, 'name'> = {
  list: MeterReadingList,
  create: MeterReadingCreate,
  edit: MeterReadingEdit,
  icon: SpeedIcon,
  recordRepresentation: (record) => `${record.unit?.number ?? ''} ${record.period ?? ''}`.trim(),
};

export default meterReadings;
