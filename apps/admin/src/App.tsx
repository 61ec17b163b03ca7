import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { AREAS } from './areas';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { AppTitle } from './layout/DocumentTitle';
import { Home } from './layout/Home';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { NotFoundPage } from './layout/NotFoundPage';
import { Notification } from './layout/Notification';
import { theme } from './layout/theme';
import { store } from './store';
import { SURVEY_ANSWER_PATH } from './surveys/paths';
import { SurveyAnswerPage } from './surveys/answer/SurveyAnswerPage';

/** The areas' resources and custom routes (see areas.ts); the menu is built from the areas too. */
export const App = () => (
  <Admin
    title={<AppTitle />}
    catchAll={NotFoundPage}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    theme={theme}
    layout={Layout}
    dashboard={Home}
    notification={Notification}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    {AREAS.flatMap((area) => area.resources).map((resource) => (
      <Resource key={resource.name} {...resource} />
    ))}
    {/* SAT-1: the resident's survey behind an SMS link, without the back office's layout or sign-in. */}
    <CustomRoutes noLayout>
      <Route path={SURVEY_ANSWER_PATH} element={<SurveyAnswerPage />} />
    </CustomRoutes>
    <CustomRoutes>
      {AREAS.flatMap((area) => area.routes ?? []).map(({ path, component: Page }) => (
        <Route key={path} path={path} element={<Page />} />
      ))}
    </CustomRoutes>
  </Admin>
);
