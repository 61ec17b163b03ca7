import type { Due } from '../core/calendar';
import type { Bilingual } from '../core/types';

/** REP-5: which return-visit clock a category runs on (seed 004 §2(3)④, §5). */
export type VisitRule = 'SAFETY' | 'LEAK' | 'OTHER';

/** A kind of problem residents report, as data: its warranty period and its return-visit clock. */
export interface RepairCategory {
  code: string;
  name: Bilingual;
  /**
   * Years from the unit's handover during which the repair is free (REP-2). 0: never under warranty (the
   * resident's own appliances). Defaults follow the statutory minimums of China's construction quality
   * regulations (建设工程质量管理条例 art. 40): waterproofing 5 years; pipes, electrical lines, equipment and
   * finishing works 2 years.
   */
  warrantyYears: number;
  visitRule: VisitRule;
  /** Public areas: no household, always the estate's own (free) work. */
  publicArea?: boolean;
}

/** A paid job's charge, stated up front (REP-2). */
export interface PriceItem {
  code: string;
  name: Bilingual;
  /** Yuan. */
  price: number;
}

/**
 * Every rule of the repair process, as data (defaults from seed 004 §2(3) and §5). A manager saves a new
 * version as the `repair` policy; a running order keeps its own.
 */
export interface RepairPolicy {
  categories: RepairCategory[];
  priceList: PriceItem[];
  /** An emergency (water or gas that cannot be shut off, a safety facility): engineering on site within this. */
  emergencyArrivalWithin: Due;
  /** From arrival to the work recorded as done. */
  completeWithin: Due;
  /** A leak repair is tested (试漏) within this after the work. */
  leakTestWithin: Due;
  /** The order returns to the front desk (REP-4). */
  checkInWithin: Due;
  /** The cashier collects a paid job's charge. */
  collectWithin: Due;
  /** REP-5: the return visit, from completion (a leak repair: from the leak test). */
  returnVisit: Record<VisitRule, Due>;
  /** REP-6: a problem found on the return visit is put right within this. */
  rectifyWithin: Due;
  /** After a missed deadline, how long the level brought in has before the next one is (absent: the core's default). */
  escalationFollowUp?: Due;
}

const t = (zh: string, en: string): Bilingual => ({ zh, en });

export const DEFAULT_REPAIR_POLICY: RepairPolicy = {
  categories: [
    { code: 'PLUMBING', name: t('给排水', 'Plumbing'), warrantyYears: 2, visitRule: 'OTHER' },
    { code: 'ELECTRICAL', name: t('电气线路', 'Electrical'), warrantyYears: 2, visitRule: 'OTHER' },
    { code: 'LEAK', name: t('房屋渗漏水', 'Leak'), warrantyYears: 5, visitRule: 'LEAK' },
    { code: 'SAFETY', name: t('安全设施', 'Safety facility'), warrantyYears: 2, visitRule: 'SAFETY' },
    { code: 'DOORS', name: t('门窗锁具', 'Doors and locks'), warrantyYears: 2, visitRule: 'OTHER' },
    { code: 'WALLS', name: t('墙地面及装修', 'Walls, floors and finishes'), warrantyYears: 2, visitRule: 'OTHER' },
    { code: 'APPLIANCE', name: t('家用电器', 'Appliances'), warrantyYears: 0, visitRule: 'OTHER' },
    { code: 'PUBLIC', name: t('公共区域', 'Public area'), warrantyYears: 0, visitRule: 'OTHER', publicArea: true },
    { code: 'OTHER', name: t('其他', 'Other'), warrantyYears: 2, visitRule: 'OTHER' },
  ],
  priceList: [
    { code: 'DRAIN', name: t('疏通下水道', 'Clearing a drain'), price: 80 },
    { code: 'TAP', name: t('更换水龙头（人工）', 'Replacing a tap (labour)'), price: 30 },
    { code: 'SOCKET', name: t('更换插座或开关（人工）', 'Replacing a socket or switch (labour)'), price: 20 },
    { code: 'LOCK', name: t('更换门锁（人工）', 'Replacing a lock (labour)'), price: 50 },
    { code: 'APPLIANCE', name: t('家电检修（上门费）', 'Appliance check (call-out)'), price: 50 },
    { code: 'LEAK', name: t('渗漏水维修（每处）', 'Leak repair (each)'), price: 200 },
    { code: 'HOUR', name: t('一般维修（每小时）', 'General repair (per hour)'), price: 60 },
  ],
  emergencyArrivalWithin: { after: 'PT30M' },
  completeWithin: { after: 'P1D', business: true },
  leakTestWithin: { after: 'P2D' },
  checkInWithin: { endOfBusinessDay: true },
  collectWithin: { after: 'P2D', business: true },
  returnVisit: { SAFETY: { after: 'P2D' }, LEAK: { after: 'P3D' }, OTHER: { after: 'P2D' } },
  rectifyWithin: { after: 'P2D', business: true },
  escalationFollowUp: { after: 'PT4H', business: true },
};

export const repairWorkflowId = (caseId: number) => `repair-${caseId}`;

/** REP-3: the serial of the n-th order of a year: WX2026-000123. */
export const repairSerial = (year: number, n: number) => `WX${year}-${String(n).padStart(6, '0')}`;

export const categoryOf = (policy: RepairPolicy, code: string) => policy.categories.find((c) => c.code === code);

/** REP-2: free inside the category's warranty from the unit's handover, paid after it. */
export interface WarrantyDecision {
  kind: 'FREE' | 'PAID';
  /** Last day of the warranty (local date), when known. */
  warrantyUntil: string | null;
  basis: 'public-area' | 'in-warranty' | 'out-of-warranty' | 'no-warranty' | 'handover-unknown';
}

/**
 * The register a repair goes in. A unit whose handover date is not on file is treated as under warranty
 * (the resident is not charged on a guess; the basis says so and the desk can record the date).
 */
export function decideWarranty(category: RepairCategory, handoverDate: string | null, today: string): WarrantyDecision {
  if (category.publicArea) return { kind: 'FREE', warrantyUntil: null, basis: 'public-area' };
  if (category.warrantyYears <= 0) return { kind: 'PAID', warrantyUntil: null, basis: 'no-warranty' };
  if (!handoverDate) return { kind: 'FREE', warrantyUntil: null, basis: 'handover-unknown' };
  const [y, m, d] = handoverDate.split('-').map(Number);
  const end = new Date(Date.UTC(y + category.warrantyYears, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
  return today <= end ? { kind: 'FREE', warrantyUntil: end, basis: 'in-warranty' } : { kind: 'PAID', warrantyUntil: end, basis: 'out-of-warranty' };
}

/** The case's title: the serial, the problem and where. */
export const repairTitle = (serial: string, category: RepairCategory, location: string): Bilingual => ({
  zh: `报修 ${serial}：${category.name.zh}（${location}）`,
  en: `Repair ${serial}: ${category.name.en} (${location})`,
});
