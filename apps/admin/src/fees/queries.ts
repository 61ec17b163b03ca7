import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { EstateDataProvider } from '../dataProvider';

/**
 * The fee endpoints that are not lists, read through react-query like react-admin's own queries:
 * react-admin's refresh (after every action) reads them again.
 */
const useApi = () => useDataProvider<EstateDataProvider>();

/** `GET /households/:id/ledger`, once a household is chosen. */
export const useLedger = (householdId: Identifier | null | undefined) => {
  const api = useApi();
  const enabled = householdId != null && householdId !== '';
  return useQuery({
    queryKey: ['households', 'ledger', householdId],
    queryFn: () => api.getHouseholdLedger(householdId as Identifier),
    enabled,
  });
};

export const useBillingSchedule = () => {
  const api = useApi();
  return useQuery({ queryKey: ['billing', 'schedule'], queryFn: () => api.getBillingSchedule() });
};

/** `GET /cash-handovers/pending` for a collector and a day, once both are chosen. */
export const usePendingCash = (collectorId: Identifier | null | undefined, date: string | null | undefined) => {
  const api = useApi();
  return useQuery({
    queryKey: ['cash-handovers', 'pending', collectorId, date],
    queryFn: () => api.getPendingCash(collectorId as Identifier, date as string),
    enabled: collectorId != null && collectorId !== '' && !!date,
  });
};

export const useCashReconciliation = (date: string, enabled: boolean) => {
  const api = useApi();
  return useQuery({
    queryKey: ['cash-handovers', 'reconciliation', date],
    queryFn: () => api.getCashReconciliation(date),
    enabled,
  });
};

export const useFeeFigures = (from: string, to: string, enabled: boolean) => {
  const api = useApi();
  return useQuery({ queryKey: ['fees', 'figures', from, to], queryFn: () => api.getFeeFigures(from, to), enabled });
};
