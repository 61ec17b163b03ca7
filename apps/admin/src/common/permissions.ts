import { usePermissions } from 'react-admin';
import { may, PERMISSIONS, type Action, type Resource } from '../../../api/src/permissions/table';
import type { StaffRole } from '../session';

/**
 * The roles that may override a case (extend a deadline, reassign, cancel an escalation, change
 * priority or tier, close), see every task, and change policies and the business calendar.
 * The same list as the workflows' `MANAGER_ROLES`; the API answers 403 to anyone else.
 */
export const MANAGER_ROLES: readonly StaffRole[] = ['CS_SUPERVISOR', 'OFFICE_DIRECTOR', 'ADMIN'];

export const isManager = (role: unknown): boolean => MANAGER_ROLES.includes(role as StaffRole);

/** Whether the signed-in staff member is a manager (`getPermissions` answers the role). */
export const useIsManager = (): boolean => {
  const { permissions } = usePermissions<string | undefined>();
  return isManager(permissions);
};

/**
 * The back office asks the API's own permission table what a role may do (`apps/api/src/permissions/table.ts`),
 * so a button shows only where the API would say yes. Each back-office resource names the API resource its
 * pages read and write; a page's action (list, show, create, edit, delete, or a named one) the API action.
 */
const API_RESOURCE: Record<string, Resource> = {
  households: 'households',
  members: 'households',
  contacts: 'households',
  proxies: 'households',
  documents: 'documents',
  'file-loans': 'file-loans',
  units: 'units',
  buildings: 'estate',
  estates: 'estate',
  staff: 'staff',
  tasks: 'tasks',
  cases: 'cases',
  escalations: 'escalations',
  timeline: 'timeline',
  complaints: 'complaints',
  'complaint-follow-up': 'complaints',
  messages: 'messages',
  policies: 'policies',
  'calendar-days': 'calendar',
  payments: 'payments',
  'home-collections': 'payments',
  bills: 'fees',
  'billing-runs': 'fees',
  'charge-items': 'fees',
  'meter-readings': 'meter-readings',
  'cash-handovers': 'cash-handovers',
  'bank-debit-imports': 'bank-debits',
  'bank-debit-results': 'bank-debits',
  'dunning-ladders': 'dunning',
  repairs: 'repairs',
  decorations: 'decorations',
  'reception-entries': 'reception',
  'staff-praises': 'reception',
  'contact-forms': 'contact-forms',
  'survey-campaigns': 'surveys',
  'survey-responses': 'surveys',
  questionnaires: 'surveys',
  'release-passes': 'release-passes',
  'gate-checks': 'gate',
  custody: 'custody',
  'rain-warnings': 'rain-warnings',
  'handover-notices': 'handover',
  'handover-imports': 'handover',
  inspections: 'inspections',
  'move-ins': 'move-ins',
  'unfinished-summaries': 'supervision',
  approvals: 'approvals',
  // Internal notes on cases (the case page's note box and list).
  'case-notes': 'case-notes',
};

/** Page actions as the API names them; deleting a household's record withdraws it (an update of the file). */
const API_ACTION: Record<string, Action> = { list: 'read', show: 'read', export: 'read', create: 'create', clone: 'create', edit: 'update', delete: 'update', identity: 'read-confidential', download: 'read-confidential' };

/** Named actions of a resource that the API grants under another resource or action. */
const NAMED: Record<string, Record<string, readonly [Resource, Action]>> = {
  'dunning-ladders': {
    reason: ['dunning', 'update'],
    agreement: ['dunning', 'update'],
    dispute: ['dunning', 'approve'],
    hold: ['dunning', 'approve'],
    release: ['dunning', 'approve'],
    skip: ['dunning', 'approve'],
    waive: ['dunning', 'approve'],
    sweep: ['dunning', 'create'],
  },
  'billing-runs': { schedule: ['billing-schedule', 'update'] },
  payments: { reverse: ['payments', 'update'] },
  approvals: { approve: ['approvals', 'approve'] },
  documents: { delete: ['documents', 'delete'] },
  'calendar-days': { delete: ['calendar', 'delete'] },
  // Photos and scans of a case: anyone who works it adds them.
  cases: { attach: ['attachments', 'create'] },
  // REP-3: voiding an order is a supervisor's decision.
  repairs: { void: ['repairs', 'approve'] },
  // DEC-5: lifting a stop of the works is a supervisor's decision.
  decorations: { lift: ['decorations', 'approve'] },
};

/** Whether the API's permission table lets this role take this action on this back-office resource. */
export const permitted = (role: string | undefined, resource: string, action: string): boolean => {
  if (!role || !(role in PERMISSIONS)) return false;
  const named = NAMED[resource]?.[action];
  if (named) return may(role as StaffRole, named[0], named[1]);
  const target = API_RESOURCE[resource];
  const apiAction = API_ACTION[action];
  return Boolean(target && apiAction) && may(role as StaffRole, target, apiAction);
};
