import type { Prisma } from '../../../../prisma/client';
import { localToday } from '../../../common/ledger';
import { badRequest } from '../common/errors';

const DAY = 86_400_000;

/** FEE-3: overdue bills by age, in days past their due date: the figures' buckets and the bills list's filter. */
export const AGING_BUCKETS = ['0-30', '31-90', '91-180', '181+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** The oldest and newest days past due of each bucket (the last has no end). */
const SPANS: Record<AgingBucket, [number, number | null]> = { '0-30': [1, 30], '31-90': [31, 90], '91-180': [91, 180], '181+': [181, null] };

/** The open bills overdue today by a bucket's number of days (`filter.age` of GET /bills). */
export function agingWhere(bucket: unknown, key: string, today = localToday()): Prisma.BillWhereInput {
  if (!AGING_BUCKETS.includes(bucket as AgingBucket)) throw badRequest(`filter.${key}`, `must be one of ${AGING_BUCKETS.join(', ')}`);
  const [least, most] = SPANS[bucket as AgingBucket];
  const daysAgo = (days: number) => new Date(today.getTime() - days * DAY);
  return { status: 'OPEN', dueDate: { lte: daysAgo(least), ...(most === null ? {} : { gte: daysAgo(most) }) } };
}
