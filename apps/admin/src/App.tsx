import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import buildings from './buildings';
import contacts from './contacts';
import { Dashboard } from './Dashboard';
import { dataProvider } from './dataProvider';
import documents from './documents';
import estates from './estates';
import fileLoans from './file-loans';
import households from './households';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import members from './members';
import proxies from './proxies';
import staff from './staff';
import { store } from './store';
import units from './units';

/**
 * The menu follows the order of the resources that have a list: households first (the daily
 * work), then the file lending register, the estate's structure, and staff accounts.
 */
export const App = () => (
  <Admin
    title="estate.app.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    <Resource name="households" {...households} />
    <Resource name="file-loans" {...fileLoans} />
    <Resource name="buildings" {...buildings} />
    <Resource name="units" {...units} />
    <Resource name="estates" {...estates} />
    <Resource name="staff" {...staff} />
    <Resource name="members" {...members} />
    <Resource name="contacts" {...contacts} />
    <Resource name="proxies" {...proxies} />
    <Resource name="documents" {...documents} />
  </Admin>
);
