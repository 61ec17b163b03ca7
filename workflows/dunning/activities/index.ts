import type { PrismaClient } from '../../../prisma/client';
import type { PdfFont } from '../../../apps/common/pdf';
import type { Starter } from '../../core/starter';
import { createLegalBundleActivities } from './legal-bundle';
import { createOpeningActivities } from './opening';
import type { LadderStep, StopReason } from '../policy';
import { createStepActivities } from './steps';

export { dunningWorkflowId } from './opening';

export interface DunningActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
  pdfFont: PdfFont;
}

/** What a ladder changes on its record in the overdue list (dates as ISO strings). */
export interface LadderPatch {
  step?: LadderStep;
  status?: 'ACTIVE' | 'PAUSED' | 'HELD';
  reason?: string;
  promisedDate?: string | null;
  pauseReason?: string | null;
  pausedUntil?: string | null;
  holdComplaintId?: number | null;
  agreement?: Record<string, unknown> | null;
  noticeAt?: string;
  letterMessageId?: number;
  bundleDocumentId?: number;
  stop?: StopReason;
}

/**
 * The dunning activities: the sweep and a ladder's opening (`opening.ts`), the ladder's
 * reads and writes as it steps (`steps.ts`), and the legal referral bundle (`legal-bundle.ts`).
 */
export const createDunningActivities = (deps: DunningActivityDeps) => ({
  ...createOpeningActivities(deps),
  ...createStepActivities(deps),
  ...createLegalBundleActivities(deps),
});

export type DunningActivities = ReturnType<typeof createDunningActivities>;
