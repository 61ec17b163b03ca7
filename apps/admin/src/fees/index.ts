import FactCheckIcon from '@mui/icons-material/FactCheck';
import PaymentsIcon from '@mui/icons-material/Payments';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import StackedBarChartIcon from '@mui/icons-material/StackedBarChart';
import type { Area } from '../layout/area';
import approvals from './approvals';
import bankDebitImports from './bank-debits';
import billingRuns from './billing-runs';
import bills from './bills';
import cashHandovers from './cash-handovers';
import { CashReconciliation } from './cash-handovers/CashReconciliation';
import { CASH_RECONCILIATION_PATH } from './cash-handovers/paths';
import chargeItems from './charge-items';
import dunningLadders from './dunning-ladders';
import { FeeFigures } from './FeeFigures';
import meterReadings from './meter-readings';
import payments from './payments';
import { FEE_FIGURES_PATH } from './paths';

/**
 * The fees (FEE-1..8), under one folding heading of the menu: the overdue list, "Record
 * payment", payments, bills, cash handovers and the day's reconciliation, bank debit files, the requests
 * waiting for a second person (approvals),
 * billing runs, charge items, meter readings, the fee figures.
 */
export const feesArea: Area = {
  name: 'fees',
  resources: [
    { name: 'dunning-ladders', ...dunningLadders },
    { name: 'approvals', ...approvals },
    { name: 'payments', ...payments },
    { name: 'bills', ...bills },
    { name: 'cash-handovers', ...cashHandovers },
    { name: 'bank-debit-imports', ...bankDebitImports },
    { name: 'billing-runs', ...billingRuns },
    { name: 'charge-items', ...chargeItems },
    { name: 'meter-readings', ...meterReadings },
    { name: 'bank-debit-results' },
    { name: 'home-collections' },
  ],
  routes: [
    { path: CASH_RECONCILIATION_PATH, component: CashReconciliation },
    { path: FEE_FIGURES_PATH, component: FeeFigures },
  ],
  menu: [
    {
      order: 30,
      group: { name: 'fees', label: 'estate.fees.menu', icon: PaymentsIcon },
      entries: [
        { create: 'payments', label: 'estate.payments.record', icon: PointOfSaleIcon },
        { list: 'dunning-ladders' },
        { list: 'payments' },
        { list: 'bills' },
        { list: 'cash-handovers' },
        { page: CASH_RECONCILIATION_PATH, label: 'estate.reconciliation.title', icon: FactCheckIcon, resource: 'cash-handovers' },
        { list: 'bank-debit-imports' },
        { list: 'approvals' },
        { list: 'billing-runs' },
        { list: 'charge-items' },
        { list: 'meter-readings' },
        { page: FEE_FIGURES_PATH, label: 'estate.fee_figures.title', icon: StackedBarChartIcon, resource: 'bills' },
      ],
    },
  ],
};
