import type { Area } from '../layout/area';
import cases from './cases';
import escalations from './escalations';
import tasks from './tasks';

/**
 * The work of the processes: the inbox (first in the menu: with no dashboard, react-admin opens
 * the first list after login, so staff land on their tasks), the cases with their timeline and
 * overrides, and the managers' escalations.
 */
export const workArea: Area = {
  name: 'work',
  resources: [
    { name: 'tasks', ...tasks },
    { name: 'cases', ...cases },
    { name: 'escalations', ...escalations },
    { name: 'timeline' },
  ],
  menu: [
    { order: 10, entries: [{ list: 'tasks' }] },
    { order: 40, entries: [{ list: 'cases' }, { list: 'escalations' }] },
  ],
};
