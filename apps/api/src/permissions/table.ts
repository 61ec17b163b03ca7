import type { StaffRole } from '../../../../workflows/core/types';

/**
 * Who may do what, as data: each role's actions on each resource. An operation of the API names the
 * resource and action it needs (`operations.ts`); anything not granted here is refused (deny by default).
 * The back office reads the same table (GET /auth/permissions) to show only what a role may do.
 */
export const ACTIONS = ['read', 'read-confidential', 'create', 'update', 'delete', 'approve'] as const;
export type Action = (typeof ACTIONS)[number];

export const RESOURCES = [
  'estate',
  'units',
  'households',
  'documents',
  'file-loans',
  'staff',
  'tasks',
  'cases',
  'escalations',
  'timeline',
  'complaints',
  'messages',
  'policies',
  'calendar',
  'fees',
  'meter-readings',
  'billing-schedule',
  'payments',
  'cash-handovers',
  'bank-debits',
  'dunning',
  'approvals',
  'repairs',
  'reception',
  'contact-forms',
  'gate',
  'checklists',
  'release-passes',
  'custody',
  'rain-warnings',
  'handover',
  'attachments',
  'supervision',
  'surveys',
  'inspections',
  'move-ins',
  'decorations',
  'case-notes',
] as const;
export type Resource = (typeof RESOURCES)[number];

type Grants = Partial<Record<Resource, readonly Action[]>>;

const R: readonly Action[] = ['read'];
const RW: readonly Action[] = ['read', 'create', 'update'];

/** What every signed-in staff member does: their inbox, the cases behind it (with photos of their work) and who their colleagues are. */
const EVERYONE: Grants = { tasks: ['read', 'update'], cases: R, attachments: ['create'], timeline: R, complaints: R, staff: R, estate: R, units: R, calendar: R, policies: R };

/** Customer service at the desk and on the phone: the household file (identity masked), complaints, the outbox. */
const CUSTOMER_SERVICE: Grants = {
  ...EVERYONE,
  households: RW,
  documents: ['read', 'create'],
  complaints: ['read', 'create', 'update'],
  messages: R,
  units: RW,
  // REP-1: the reception and the service commissioners take repair orders.
  repairs: ['read', 'create'],
  // REC-1, REC-2: the reception log; REC-5: work contact forms to other departments.
  reception: RW,
  'contact-forms': ['read', 'create'],
  // SAT-1: customer service runs surveys and types in the opinion forms.
  surveys: ['read', 'create'],
  // DEC-1..DEC-7: decoration applications at the desk, their documents, a violation reported, the works finished.
  decorations: RW,
  // REC-3: item release passes (apply, check the documents, issue, print, revoke); the gate log is read here too.
  'release-passes': RW,
  // MOV-7: units in custody (the agreement, readings, the owner's end); the heavy-rain warnings are read.
  custody: RW,
  'rain-warnings': R,
  // The developer's handover list: the move-in notices are read and appointments booked.
  handover: ['read', 'update'],
  checklists: ['read', 'update'],
  gate: R,
  // MOV-5 / MOV-6: inspections (core) walked with the owner; defects opened as repair orders.
  inspections: RW,
  // MOV-1..MOV-3: the move-in at the desk (documents, registration, keys); the board and the key register.
  'move-ins': RW,
  // Internal notes on cases (with photos and scans): customer service's own remarks, kept from other departments.
  'case-notes': ['read', 'create'],
};

/** Reading the money side (the reception tells residents what they owe). */
const FEES_READ: Grants = { fees: R, 'meter-readings': R, 'billing-schedule': R, payments: R, 'bank-debits': R, dunning: R };

const MANAGER: Grants = {
  ...CUSTOMER_SERVICE,
  ...FEES_READ,
  estate: RW,
  households: ['read', 'read-confidential', 'create', 'update'],
  documents: ['read', 'read-confidential', 'create', 'delete'],
  'file-loans': RW,
  cases: ['read', 'update'],
  escalations: R,
  messages: ['read', 'update'],
  policies: ['read', 'create'],
  calendar: ['read', 'create', 'delete'],
  fees: RW,
  'meter-readings': RW,
  'billing-schedule': ['read', 'update'],
  // The second person of money: reversals, imports and waivers asked for by another role (approvals/kinds.ts).
  payments: ['read', 'create', 'update', 'approve'],
  'cash-handovers': ['read', 'create'],
  'bank-debits': ['read', 'create', 'approve'],
  dunning: ['read', 'create', 'update', 'approve'],
  approvals: ['read', 'approve'],
  // REP-3: a supervisor voids an order taken by mistake.
  repairs: ['read', 'create', 'approve'],
  // SAT-1: a manager writes a new version of a questionnaire.
  surveys: ['read', 'create', 'update'],
  // REC-3: a supervisor may stand in at the gate.
  gate: ['read', 'create'],
  // DEC-5: a supervisor lifts a stop of the works; DEC-3: a worker's identity number in full.
  decorations: ['read', 'read-confidential', 'create', 'update', 'approve'],
  // MOV-7: a supervisor records a heavy-rain warning; the handover list is imported (ID numbers read in full).
  custody: RW,
  'rain-warnings': ['read', 'create'],
  handover: ['read', 'read-confidential', 'create', 'update'],
  // REC-4: the landing page, the daily review's records and the weekly summaries; a summary run by hand.
  supervision: ['read', 'create'],
};

export const PERMISSIONS: Record<StaffRole, Grants> = {
  RECEPTION: {
    ...CUSTOMER_SERVICE,
    ...FEES_READ,
    // The reception checks identity documents at the desk (move-in, decoration, proxies).
    households: ['read', 'read-confidential', 'create', 'update'],
    decorations: ['read', 'read-confidential', 'create', 'update'],
    documents: ['read', 'read-confidential', 'create'],
    'file-loans': RW,
    messages: ['read', 'update'],
    // Asking for a payment's reversal (update) is for whoever takes payments; a manager of another role approves it.
    payments: ['read', 'create', 'update'],
    dunning: ['read', 'update'],
    // The reception checks the buyer's identity against the handover list.
    handover: ['read', 'read-confidential', 'update'],
    approvals: R,
  },
  SERVICE_COMMISSIONER: CUSTOMER_SERVICE,
  ENGINEER: { ...EVERYONE, 'case-notes': ['read', 'create'], households: R, 'meter-readings': ['read', 'create', 'update'], repairs: R, inspections: RW, 'move-ins': R, decorations: ['read', 'update'] },
  CASHIER: {
    ...EVERYONE,
    ...FEES_READ,
    'case-notes': ['read', 'create'],
    households: R,
    complaints: ['read', 'create'],
    messages: R,
    // REP-4: the cashier collects paid repairs.
    repairs: R,
    // DEC-4: the cashier collects the decoration fee and deposit.
    decorations: R,
    'meter-readings': ['read', 'create', 'update'],
    payments: ['read', 'create', 'update'],
    'cash-handovers': R,
    'bank-debits': ['read', 'create'],
    dunning: ['read', 'update'],
    approvals: R,
  },
  INTERNAL_CLERK: {
    ...CUSTOMER_SERVICE,
    ...FEES_READ,
    // The internal clerk keeps the files (ARC-3) and the fee ledgers.
    households: ['read', 'read-confidential', 'create', 'update'],
    documents: ['read', 'read-confidential', 'create', 'delete'],
    'file-loans': RW,
    messages: ['read', 'update'],
    fees: RW,
    'meter-readings': RW,
    payments: ['read', 'create', 'update'],
    'cash-handovers': ['read', 'create'],
    'bank-debits': ['read', 'create'],
    dunning: ['read', 'create', 'update'],
    // The internal clerk imports the developer's handover list.
    handover: ['read', 'read-confidential', 'create', 'update'],
    approvals: R,
  },
  CS_SUPERVISOR: MANAGER,
  OFFICE_DIRECTOR: MANAGER,
  ADMIN: { ...MANAGER, staff: RW },
  // Other departments (security, cleaning, greening): their inbox and the cases it comes from, nothing of the file or the money,
  // nor customer service's internal notes (a complaint may be about them).
  // REC-3 / DEC-3: the gate check and its log; the API lets only security's staff check (gate.service assertGuard).
  // DEC-5: security supervises decorations (after-hours checks, violations).
  DEPT_STAFF: { ...EVERYONE, gate: ['read', 'create'], decorations: ['read', 'update'] },
  DEPT_SUPERVISOR: { ...EVERYONE, escalations: R, repairs: R, gate: ['read', 'create'], decorations: ['read', 'update'] },
};

export const may = (role: StaffRole, resource: Resource, action: Action): boolean => PERMISSIONS[role]?.[resource]?.includes(action) ?? false;
