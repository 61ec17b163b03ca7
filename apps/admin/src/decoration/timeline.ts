import type { DescribeContext, Described } from '../work/timeline/describe';

/** The entry types the decoration process writes (DEC-2..DEC-6). */
export const DECORATION_ENTRY_TYPES = [
  'DECORATION_WAITING_AUTHORITY',
  'DECORATION_AUTHORITY_FILED',
  'DECORATION_PLAN_APPROVED',
  'DECORATION_PLAN_REJECTED',
  'DECORATION_APPROVED',
  'DECORATION_FEES_COLLECTED',
  'DECORATION_STARTED',
  'DECORATION_STOPPED',
  'DECORATION_STOP_LIFTED',
  'DECORATION_CHECKED',
  'DECORATION_FINISHED',
  'DECORATION_COMPLETED',
] as const;

const TONE: Record<string, Described['tone']> = {
  DECORATION_WAITING_AUTHORITY: 'warning',
  DECORATION_PLAN_REJECTED: 'warning',
  DECORATION_APPROVED: 'success',
  DECORATION_STOPPED: 'error',
  DECORATION_STOP_LIFTED: 'success',
  DECORATION_COMPLETED: 'success',
};

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** One translated sentence per decoration entry type (`estate.timeline.decoration.*`); undefined for other types. */
export const describeDecorationEntry = (type: string, data: Record<string, unknown>, { ctx, actor }: { ctx: DescribeContext; actor: string }): Described | undefined => {
  if (!(DECORATION_ENTRY_TYPES as readonly string[]).includes(type)) return undefined;
  const t = ctx.translate;
  const key = type === 'DECORATION_CHECKED' && data.finding === 'VIOLATION' ? 'DECORATION_CHECKED_VIOLATION' : type;
  const args = {
    actor,
    permit: str(data.permitNumber),
    fee: typeof data.fee === 'number' ? data.fee.toFixed(2) : '',
    deposit: typeof data.deposit === 'number' ? data.deposit.toFixed(2) : t(`estate.decoration.deposit.${str(data.deposit) || 'NONE'}`),
    receipts: Array.isArray(data.receipts) ? data.receipts.join(', ') : '',
    workers: str(data.workers),
    result: t(`estate.decoration.result.${str(data.result) || 'PASSED'}`),
  };
  const reason = str(data.note ?? data.notes ?? data.reason) || undefined;
  return { text: t(`estate.timeline.decoration.${key}`, args), tone: TONE[key] ?? (key === 'DECORATION_CHECKED_VIOLATION' ? 'error' : 'default'), details: [], reason };
};
