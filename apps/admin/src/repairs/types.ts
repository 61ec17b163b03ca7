import type { RaRecord } from 'react-admin';
import type { Bilingual } from '../common/localized';

export const REPAIR_STATUSES = ['OPEN', 'ARRIVED', 'COMPLETED', 'RECTIFYING', 'CLOSED', 'VOIDED'] as const;
export const REPAIR_KINDS = ['FREE', 'PAID'] as const;
export const REPAIR_CHANNELS = ['DESK', 'HOTLINE', 'PROCESS'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];
export type RepairKind = (typeof REPAIR_KINDS)[number];
export type WarrantyBasis = 'public-area' | 'in-warranty' | 'out-of-warranty' | 'no-warranty' | 'handover-unknown';

export const REPAIR_STATUS_COLORS = {
  OPEN: 'info',
  ARRIVED: 'info',
  COMPLETED: 'success',
  RECTIFYING: 'warning',
  CLOSED: 'default',
  VOIDED: 'default',
} as const;
export const REPAIR_KIND_COLORS = { FREE: 'success', PAID: 'warning' } as const;

export interface TimeWindow {
  from: string;
  to: string;
}

export interface RepairVisit {
  round: number;
  method: 'PHONE' | 'VISIT';
  satisfaction: string | null;
  problem: string | null;
  dueAt: string | null;
  onTime: boolean | null;
  visitedAt: string | null;
}

export interface RepairTask {
  id: number;
  key: string;
  titleZh: string;
  titleEn: string;
  dueAt: string | null;
  escalationLevel: number;
}

interface StaffBrief {
  id: number;
  displayName: string;
}

/** A repair work order as `GET /repairs` and `GET /repairs/:id` answer it. */
export interface RepairOrder extends RaRecord {
  serial: string;
  caseId: number | null;
  householdId: number | null;
  household: { id: number; name: string; phone: string; unit: { number: string; building: { id: number; name: string } } } | null;
  location: string;
  publicArea: boolean;
  reporterName: string;
  phone: string;
  channel: (typeof REPAIR_CHANNELS)[number];
  source: { process?: string; caseId?: number; ref?: string } | null;
  category: string;
  description: string;
  emergency: boolean;
  windows: TimeWindow[] | null;
  appointmentFrom: string | null;
  appointmentTo: string | null;
  kind: RepairKind;
  warrantyUntil: string | null;
  warrantyBasis: WarrantyBasis | null;
  priceCode: string | null;
  charge: number | null;
  chargeAcceptedAt: string | null;
  billId: number | null;
  paymentId: number | null;
  status: RepairStatus;
  receivedBy: StaffBrief | null;
  engineer: StaffBrief | null;
  arrivedAt: string | null;
  arrivedOnTime: boolean | null;
  completedAt: string | null;
  workDone: string | null;
  materials: string | null;
  materialCost: number | null;
  hours: number | null;
  residentConfirmed: boolean | null;
  leakTestAt: string | null;
  leakTestPassed: boolean | null;
  checkedInAt: string | null;
  rectifications: number;
  satisfaction: string | null;
  closedAt: string | null;
  closeReason: string | null;
  voidReason: string | null;
  voidedAt: string | null;
  createdAt: string;
  visits: RepairVisit[];
  case: { id: number; status: string; escalationLevel: number; tasks: RepairTask[] } | null;
}

/** `GET /repairs/catalogue`: the categories and the price list of the repair policy in force. */
export interface RepairCategory {
  code: string;
  name: Bilingual;
  warrantyYears: number;
  visitRule: 'SAFETY' | 'LEAK' | 'OTHER';
  publicArea?: boolean;
}
export interface PriceItem {
  code: string;
  name: Bilingual;
  price: number;
}
export interface RepairCatalogue {
  categories: RepairCategory[];
  priceList: PriceItem[];
}

/** `GET /repairs/quote`: free or paid (REP-2), read back before saving. */
export interface RepairQuote {
  kind: RepairKind;
  warrantyUntil: string | null;
  basis: WarrantyBasis;
  handoverDate: string | null;
  charge: number | null;
}

/** One line of `GET /repairs/figures` (REP-7). */
export interface RepairFigureLine {
  key?: string;
  name?: Bilingual;
  received: number;
  voided: number;
  arrived: number;
  arrivedOnTime: number;
  onTimeArrivalRate: number | null;
  completed: number;
  medianHoursToComplete: number | null;
  p90HoursToComplete: number | null;
  firstTimeFixRate: number | null;
  returnVisits: number;
  returnVisitRate: number | null;
  onTimeVisitRate: number | null;
  satisfactionRate: number | null;
  income: number;
  materialCost: number;
}
export interface RepairFigures {
  total: RepairFigureLine;
  byCategory: RepairFigureLine[];
  byKind: RepairFigureLine[];
  byEngineer: RepairFigureLine[];
}

const ACTIVE: readonly RepairStatus[] = ['OPEN', 'ARRIVED', 'COMPLETED', 'RECTIFYING'];

/** Late: still running, and its case escalated or one of its open tasks past its due time. */
export const isRepairOverdue = (record: Pick<RepairOrder, 'status' | 'case'> | undefined, now = Date.now()): boolean => {
  if (!record || !ACTIVE.includes(record.status) || !record.case) return false;
  if (Number(record.case.escalationLevel ?? 0) > 0) return true;
  return (record.case.tasks ?? []).some((task) => task.dueAt != null && new Date(task.dueAt).getTime() < now);
};

/** Overdue rows in red, emergencies with an orange left edge. */
export const repairRowSx = (record: RaRecord) => {
  const order = record as RepairOrder;
  if (isRepairOverdue(order)) return { backgroundColor: 'rgba(211, 47, 47, 0.08)', boxShadow: 'inset 4px 0 0 #d32f2f' };
  if (order.emergency && ACTIVE.includes(order.status)) return { boxShadow: 'inset 4px 0 0 #ed6c02' };
  return {};
};

/** The estate's wall clock (China Standard Time): a window typed as a day and two times is sent as instants. */
export const ESTATE_OFFSET = '+08:00';
export const ESTATE_ZONE = 'Asia/Shanghai';
