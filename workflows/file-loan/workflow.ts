import { allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { FileLoanActivities } from './activities';
import { loanStatus, returnFile, type FileLoanState } from './messages';
import type { FileLoanPolicy } from './policy';

const { markLoanOverdue, recordLoanReturned } = proxyActivities<FileLoanActivities>({
  startToCloseTimeout: '30 seconds',
});

export interface FileLoanInput {
  loanId: number;
  policy: FileLoanPolicy;
}

/**
 * ARC-3: one lending of a household file, from the moment it leaves the archive until it is back.
 * Past its due time the loan is marked overdue and the workflow keeps waiting for the file.
 */
export async function fileLoanWorkflow({ loanId, policy }: FileLoanInput): Promise<{ returnedAt: string }> {
  let state: FileLoanState = 'OUT';
  let returnedAt: string | undefined;

  setHandler(loanStatus, () => state);
  setHandler(
    returnFile,
    async ({ receivedById }) => {
      returnedAt = new Date().toISOString();
      state = 'RETURNED';
      // The update answers once the register shows the file back.
      await recordLoanReturned(loanId, receivedById, returnedAt);
      return { returnedAt };
    },
    {
      validator: (input) => {
        if (returnedAt) throw ApplicationFailure.nonRetryable('The file has already been returned.', 'AlreadyReturned');
        if (!Number.isInteger(input?.receivedById)) {
          throw ApplicationFailure.nonRetryable('receivedById must be a staff id.', 'InvalidInput');
        }
      },
    },
  );

  if (!(await condition(() => returnedAt !== undefined, policy.loanPeriodMs))) {
    state = 'OVERDUE';
    await markLoanOverdue(loanId);
    await condition(() => returnedAt !== undefined);
  }
  await condition(allHandlersFinished);
  return { returnedAt: returnedAt! };
}
