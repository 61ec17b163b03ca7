import { useRecordContext } from 'react-admin';
import { ChangeHistory } from './ChangeHistory';

/** The household file's history: every change of the household, its members, contacts, proxies and documents. */
export const HouseholdHistoryTab = () => {
  const record = useRecordContext<{ id: number }>();
  if (!record) return null;
  return <ChangeHistory filter={{ householdId: record.id }} />;
};
