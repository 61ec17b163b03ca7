import { Navigate } from 'react-router-dom';
import { AREAS } from '../areas';
import { canAccess } from '../authProvider';
import { getStaff } from '../session';

/** Where everyone else starts: the inbox of their work. */
const INBOX = '/tasks';

/**
 * The back office's home ("/", where signing in leads): the page an area offers as the start of the day to
 * those who may see it (supervisors and the director start on /today), the inbox for everyone else.
 */
export const Home = () => {
  const role = getStaff()?.role;
  const landing = AREAS.map((area) => area.landing).find((l) => l && canAccess(role, l.resource, 'list'));
  return <Navigate to={landing?.path ?? INBOX} replace />;
};
