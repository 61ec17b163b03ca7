import type { PrismaClient } from '../../../prisma/client';
import { getInspection, openInspection, unfinished } from '../../../apps/api/src/inspections/inspections';
import { DECORATION_ACCEPTANCE_TEMPLATE_CODE } from '../../../apps/api/src/inspections/templates';
import type { Bilingual } from '../../core/types';

const t = (zh: string, en: string): Bilingual => ({ zh, en });

/** The acceptance inspection of a decoration is found by its request id: one per decoration. */
export const acceptanceRequestId = (decorationId: number) => `decoration-${decorationId}-acceptance`;

export async function acceptanceOf(prisma: PrismaClient, decorationId: number) {
  const found = await prisma.inspection.findUnique({ where: { requestId: acceptanceRequestId(decorationId) }, select: { id: true } });
  return found ? getInspection(prisma, found.id) : null;
}

/** PASSED, or DEFECTS when an item of the walk was found defective; null when there was no walk. */
export async function acceptanceResult(prisma: PrismaClient, decorationId: number): Promise<'PASSED' | 'DEFECTS' | null> {
  const inspection = await acceptanceOf(prisma, decorationId);
  if (!inspection) return null;
  return inspection.items.some((i) => i.condition === 'DEFECT') ? 'DEFECTS' : 'PASSED';
}

/** DEC-5: the acceptance walked with the inspection core ('decoration-acceptance' template of the policy). */
export const createAcceptanceActivities = (prisma: PrismaClient) => ({
  async openAcceptance(input: { decorationId: number; caseId: number }): Promise<number> {
    const d = await prisma.decoration.findUniqueOrThrow({ where: { id: input.decorationId }, select: { householdId: true } });
    const inspection = await openInspection(prisma, { template: DECORATION_ACCEPTANCE_TEMPLATE_CODE, caseId: input.caseId, householdId: d.householdId, requestId: acceptanceRequestId(input.decorationId) });
    return inspection.id;
  },

  /** What the acceptance still lacks before the task may complete (none: walked and confirmed by every party). */
  async acceptanceMissing(input: { decorationId: number }): Promise<Bilingual[]> {
    const inspection = await acceptanceOf(prisma, input.decorationId);
    if (!inspection) return [t('验收检查', 'the acceptance inspection')];
    if (inspection.status === 'CONFIRMED') return [];
    const todo = unfinished(inspection);
    return [...(todo.items.length ? [t(`${todo.items.length} 项未检`, `${todo.items.length} items not checked`)] : []), t('业主及维修人员确认', "the owner's and maintenance's confirmation")];
  },
});
