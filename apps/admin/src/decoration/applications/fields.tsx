import { Chip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { chinaTime } from '../../gate/types';
import { statusKey, type Decoration, type DecorationStatus } from '../types';

const COLOR: Record<DecorationStatus, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  DOCUMENTS: 'warning',
  REVIEW: 'info',
  ACTIVE: 'success',
  STOPPED: 'error',
  ACCEPTANCE: 'info',
  COMPLETED: 'default',
  REFUSED: 'default',
};

export { statusKey };

export const DecorationStatusField = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={COLOR[record.status]} label={translate(`estate.decoration.status.${statusKey(record)}`)} data-status={record.status} />;
};

export const UnitText = () => {
  const record = useRecordContext<Decoration>();
  if (!record?.household) return null;
  return <>{`${record.household.unit.building.name} ${record.household.unit.number} · ${record.household.name}`}</>;
};

/** The works' window: the permit's once approved, else the one asked for (local days). */
export const WindowText = () => {
  const record = useRecordContext<Decoration>();
  const [locale] = useLocaleState();
  if (!record) return null;
  const day = (v: string | null) => (v ? chinaTime(v, locale).split(/,? /).slice(0, 3).join(' ') : '');
  return <>{`${day(record.permitFrom ?? record.worksFrom)} – ${day(record.permitTo ?? record.worksTo)}`}</>;
};

export const TimingField = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  if (!record?.timing) return null;
  return <Chip size="small" variant="outlined" color={record.timing === 'LATE' ? 'error' : 'success'} label={translate(`estate.decoration.timing.${record.timing}`)} />;
};
