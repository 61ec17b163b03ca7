import type { PrismaClient } from '../../../prisma/client';
import type { PdfFont } from '../../../apps/common/pdf';
import type { Starter } from '../../core/starter';
import { createReviewActivities } from './review';
import { createSummaryActivities } from './summary';

export { frontDeskRecords } from './review';
export { openMatters, type OpenMatter } from './open-matters';

export interface SupervisionActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
  pdfFont: PdfFont;
}

/** REC-4: the supervisor's daily review and the weekly summary of unfinished matters. */
export const createSupervisionActivities = ({ prisma, starter, pdfFont }: SupervisionActivityDeps) => ({
  ...createReviewActivities({ prisma, delivery: starter.delivery }),
  ...createSummaryActivities({ prisma, pdfFont, delivery: starter.delivery }),
});

export type SupervisionActivities = ReturnType<typeof createSupervisionActivities>;
