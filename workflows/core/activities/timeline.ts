import type { Prisma, PrismaClient } from '../../../prisma/client';

/** Appends timeline entries; one already written (same key, a retried activity) is left as it is. */
export const appendTimeline = (db: Prisma.TransactionClient | PrismaClient, ...entries: Prisma.TimelineEntryCreateManyInput[]) =>
  db.timelineEntry.createMany({ data: entries, skipDuplicates: true });
