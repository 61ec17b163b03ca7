import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import bankDebitImports from './bank-debits';
import billingRuns from './billing-runs';
import bills from './bills';
import buildings from './buildings';
import calendarDays from './calendar-days';
import cases from './cases';
import cashHandovers from './cash-handovers';
import { CashReconciliation } from './cash-handovers/CashReconciliation';
import { CASH_RECONCILIATION_PATH } from './cash-handovers/paths';
import chargeItems from './charge-items';
import complaints, { COMPLAINT_FIGURES_PATH, complaintFollowUp } from './complaints';
import { ComplaintFigures } from './complaints/ComplaintFigures';
import contacts from './contacts';
import { dataProvider } from './dataProvider';
import documents from './documents';
import dunningLadders from './dunning-ladders';
import escalations from './escalations';
import estates from './estates';
import { FeeFigures } from './fees/FeeFigures';
import { FEE_FIGURES_PATH } from './fees/paths';
import fileLoans from './file-loans';
import households from './households';
import { i18nProvider } from './i18n';
import { AppTitle } from './layout/DocumentTitle';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { NotFoundPage } from './layout/NotFoundPage';
import members from './members';
import messages from './messages';
import meterReadings from './meter-readings';
import payments from './payments';
import policies from './policies';
import proxies from './proxies';
import staff from './staff';
import { store } from './store';
import tasks from './tasks';
import units from './units';

/**
 * The menu follows the order of the resources that have a list. The inbox comes first: with no
 * dashboard, react-admin opens the first list after login, so staff land on their tasks. Then
 * complaints, which the reception takes on the phone (with "New complaint", the managers'
 * follow-up list and the figures page, see layout/AppMenu); the fees under one heading (the
 * overdue list, "Record payment", payments, bills, cash handovers and the day's reconciliation,
 * bank debit files, billing runs, charge items, meter readings, the fee figures); cases and, for
 * managers, the escalations; households and their file lending register; the outbox; the
 * estate's structure; the managers' policies and calendar; staff accounts.
 * Manager-only entries are hidden from other roles by `authProvider.canAccess`.
 */
export const App = () => (
  <Admin
    title={<AppTitle />}
    catchAll={NotFoundPage}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    layout={Layout}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="tasks" {...tasks} />
    <Resource name="complaints" {...complaints} />
    <Resource name="complaint-follow-up" {...complaintFollowUp} />
    <Resource name="dunning-ladders" {...dunningLadders} />
    <Resource name="payments" {...payments} />
    <Resource name="bills" {...bills} />
    <Resource name="cash-handovers" {...cashHandovers} />
    <Resource name="bank-debit-imports" {...bankDebitImports} />
    <Resource name="billing-runs" {...billingRuns} />
    <Resource name="charge-items" {...chargeItems} />
    <Resource name="meter-readings" {...meterReadings} />
    <Resource name="cases" {...cases} />
    <Resource name="escalations" {...escalations} />
    <Resource name="households" {...households} />
    <Resource name="file-loans" {...fileLoans} />
    <Resource name="messages" {...messages} />
    <Resource name="buildings" {...buildings} />
    <Resource name="units" {...units} />
    <Resource name="estates" {...estates} />
    <Resource name="policies" {...policies} />
    <Resource name="calendar-days" {...calendarDays} />
    <Resource name="staff" {...staff} />
    <Resource name="members" {...members} />
    <Resource name="contacts" {...contacts} />
    <Resource name="proxies" {...proxies} />
    <Resource name="documents" {...documents} />
    <Resource name="timeline" />
    <Resource name="bank-debit-results" />
    <Resource name="home-collections" />
    <CustomRoutes>
      <Route path={COMPLAINT_FIGURES_PATH} element={<ComplaintFigures />} />
      <Route path={CASH_RECONCILIATION_PATH} element={<CashReconciliation />} />
      <Route path={FEE_FIGURES_PATH} element={<FeeFigures />} />
    </CustomRoutes>
  </Admin>
);
