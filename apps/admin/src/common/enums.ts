/**
 * The API's enumerations. Labels live in i18n under `estate.enums.<name>.<value>`;
 * react-admin's choice inputs translate the `name` of each choice.
 */
export const ENUMS = {
  occupancy: ['OWNER', 'TENANT'],
  partyType: ['INDIVIDUAL', 'COMPANY'],
  unitStatus: ['OCCUPIED', 'VACANT', 'CUSTODY'],
  language: ['zh', 'en'],
  /** How a staff member is told of new work (Staff.taskNotice). */
  taskNotice: ['NONE', 'EMAIL', 'SMS', 'BOTH'],
  documentKind: [
    'ID_COPY',
    'MOVE_IN_NOTICE',
    'PURCHASE_CONTRACT',
    'POWER_OF_ATTORNEY',
    'COMPANY_CERTIFICATE',
    'AGREEMENT',
    'PERMIT',
    'NOTICE',
    'LEGAL_BUNDLE',
    'OTHER',
  ],
  loanStatus: ['OUT', 'OVERDUE', 'RETURNED'],
  role: [
    'RECEPTION',
    'SERVICE_COMMISSIONER',
    'ENGINEER',
    'CASHIER',
    'INTERNAL_CLERK',
    'CS_SUPERVISOR',
    'OFFICE_DIRECTOR',
    'ADMIN',
    'DEPT_STAFF',
    'DEPT_SUPERVISOR',
  ],
  department: ['CS', 'ENGINEERING', 'SECURITY', 'CLEANING', 'GREENING', 'FINANCE', 'MANAGEMENT_OFFICE'],
  taskStatus: ['OPEN', 'COMPLETED', 'CANCELLED'],
  caseStatus: ['OPEN', 'CLOSED'],
  priority: ['LOW', 'NORMAL', 'HIGH', 'URGENT'],
  messageStatus: ['QUEUED', 'SENT', 'DELIVERED', 'FAILED'],
  channel: ['SMS', 'EMAIL', 'LETTER'],
  /** How a household's fee notice reaches it (FEE-1); the same values as the outbox channels. */
  noticeChannel: ['SMS', 'EMAIL', 'LETTER'],
  /** The processes known to the back office; a process it does not know is shown by its raw name. */
  process: ['complaint', 'repair', 'dunning', 'home-collection', 'move-in', 'decoration', 'core-demo'],
  /** Complaints (CMP-1..9). */
  complaintTier: ['MAJOR', 'IMPORTANT', 'MINOR'],
  complaintChannel: ['FRONT_DESK', 'HOTLINE', 'LETTER', 'ONLINE'],
  complaintStatus: ['OPEN', 'RESOLVED', 'INVALID'],
  informMethod: ['PHONE', 'VISIT', 'SMS'],
  satisfaction: ['SATISFIED', 'DISSATISFIED'],
  /** Fees and dunning (FEE-1..8). */
  chargeBasis: ['AREA', 'FIXED', 'METERED'],
  billingTrigger: ['SCHEDULE', 'MANUAL'],
  billingRunStatus: ['RUNNING', 'COMPLETED', 'FAILED'],
  billStatus: ['OPEN', 'PAID', 'WAIVED'],
  paymentMethod: ['CASH', 'CARD', 'TRANSFER', 'BANK_DEBIT'],
  paymentChannel: ['COUNTER', 'HOME', 'BANK'],
  agingBucket: ['0-30', '31-90', '91-180', '181+'],
  ladderStep: ['OVERDUE', 'REMINDED', 'LETTER_SENT', 'VISITED', 'LEGAL_REVIEW', 'REFERRED'],
  ladderStatus: ['ACTIVE', 'PAUSED', 'HELD', 'STOPPED'],
  ladderStopReason: ['paid', 'waived', 'referred', 'closed'],
  ladderPauseReason: ['partial-payment', 'agreement'],
  ladderResumeReason: ['pause-ended', 'agreement-broken', 'released', 'dispute-resolved'],
  /** The outcome of the dunning phone call (the call task's form). */
  callOutcome: ['NO_ANSWER', 'PROMISED', 'DISPUTE', 'REFUSED'],
} as const;

export type EnumName = keyof typeof ENUMS;

/** Chip colours shared by every list and page. */
export const PRIORITY_COLORS = { LOW: 'default', NORMAL: 'info', HIGH: 'warning', URGENT: 'error' } as const;
export const TASK_STATUS_COLORS = { OPEN: 'info', COMPLETED: 'success', CANCELLED: 'default' } as const;
export const CASE_STATUS_COLORS = { OPEN: 'info', CLOSED: 'default' } as const;
export const COMPLAINT_TIER_COLORS = { MAJOR: 'error', IMPORTANT: 'warning', MINOR: 'default' } as const;
export const COMPLAINT_STATUS_COLORS = { OPEN: 'info', RESOLVED: 'success', INVALID: 'default' } as const;
export const MESSAGE_STATUS_COLORS = { QUEUED: 'default', SENT: 'info', DELIVERED: 'success', FAILED: 'error' } as const;
export const BILL_STATUS_COLORS = { OPEN: 'info', PAID: 'success', WAIVED: 'default' } as const;
export const BILLING_RUN_STATUS_COLORS = { RUNNING: 'info', COMPLETED: 'success', FAILED: 'error' } as const;
export const LADDER_STATUS_COLORS = { ACTIVE: 'error', PAUSED: 'warning', HELD: 'warning', STOPPED: 'default' } as const;
/** The dunning steps grow redder as they go (FEE-3..6). */
export const LADDER_STEP_COLORS = {
  OVERDUE: 'default',
  REMINDED: 'info',
  LETTER_SENT: 'warning',
  VISITED: 'warning',
  LEGAL_REVIEW: 'error',
  REFERRED: 'error',
} as const;

/**
 * The tiers of the processes that have some, by process: the tier override offers them as choices
 * and their labels are translated. A process not listed here has free-text tiers.
 */
export const PROCESS_TIERS: Partial<Record<string, EnumName>> = { complaint: 'complaintTier' };

export const enumLabel = (name: EnumName, value: string): string => `estate.enums.${name}.${value}`;

/** `[{ id: 'OWNER', name: 'estate.enums.occupancy.OWNER' }, ...]` for SelectInput and friends. */
export const choices = (name: EnumName): { id: string; name: string }[] =>
  ENUMS[name].map((value) => ({ id: value, name: enumLabel(name, value) }));
