import type { PrismaClient } from '../../prisma/client';

export interface ReceptionActivityDeps {
  prisma: PrismaClient;
}

/** The specialist question's record follows its process; each write sets values, so a retry changes nothing. */
export const createReceptionActivities = ({ prisma }: ReceptionActivityDeps) => ({
  async recordSpecialistAnswer(questionId: number, answer: string, answeredById: number): Promise<void> {
    await prisma.specialistQuestion.updateMany({
      where: { id: questionId, answeredAt: null },
      data: { status: 'ANSWERED', answer, answeredById, answeredAt: new Date() },
    });
  },

  async recordResidentTold(questionId: number, method: string, toldById: number): Promise<void> {
    await prisma.specialistQuestion.updateMany({
      where: { id: questionId, toldAt: null },
      data: { status: 'TOLD', toldMethod: method, toldById, toldAt: new Date() },
    });
  },
});

export type ReceptionActivities = ReturnType<typeof createReceptionActivities>;
