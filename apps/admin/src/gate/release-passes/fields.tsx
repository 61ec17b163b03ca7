import { Chip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { chinaTime, STATUS_COLOURS, type ReleasePass } from '../types';

export const StatusField = () => {
  const record = useRecordContext<ReleasePass>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" data-status={record.status} label={translate(`estate.gate.status.${record.status}`)} color={STATUS_COLOURS[record.status]} variant={record.status === 'ISSUED' ? 'filled' : 'outlined'} />;
};

export const WindowField = () => {
  const record = useRecordContext<ReleasePass>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <>
      {chinaTime(record.validFrom, locale)} – {chinaTime(record.validTo, locale)}
    </>
  );
};

export const itemsText = (record: ReleasePass | undefined) => (record?.items ?? []).map((i) => `${i.name} ×${i.quantity}`).join('、');

export const ItemsField = () => <>{itemsText(useRecordContext<ReleasePass>())}</>;

export const HouseholdText = () => {
  const record = useRecordContext<ReleasePass>();
  if (!record?.household) return null;
  return (
    <>
      {record.household.unit.building.name} {record.household.unit.number} · {record.household.name}
    </>
  );
};
