import type { PrismaClient } from '../../prisma/client';

export interface FileLoanActivityDeps {
  prisma: PrismaClient;
}

/** Idempotent writes of the loan's state, so a retried activity changes nothing twice. */
export const createFileLoanActivities = ({ prisma }: FileLoanActivityDeps) => ({
  async markLoanOverdue(loanId: number): Promise<void> {
    await prisma.fileLoan.updateMany({
      where: { id: loanId, status: 'OUT' },
      data: { status: 'OVERDUE', overdueAt: new Date() },
    });
  },

  async recordLoanReturned(loanId: number, receivedById: number, returnedAt: string): Promise<void> {
    await prisma.fileLoan.updateMany({
      where: { id: loanId, status: { not: 'RETURNED' } },
      data: { status: 'RETURNED', returnedAt: new Date(returnedAt), receivedById },
    });
  },
});

export type FileLoanActivities = ReturnType<typeof createFileLoanActivities>;
