import { ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
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

/** ARC-3: one lending of a household file, from the moment it leaves the archive until it is back. */
export async function fileLoanWorkflow({ loanId, policy }: FileLoanInput): Promise<{ returnedAt: string }> {
  let state: FileLoanState = 'OUT';
  let returned: { receivedById: number; returnedAt: string } | undefined;

  setHandler(loanStatus, () => state);
  setHandler(
    returnFile,
    (input) => {
      returned = { receivedById: input.receivedById, returnedAt: new Date().toISOString() };
      state = 'RETURNED';
      return { returnedAt: returned.returnedAt };
    },
    {
      validator: (input) => {
        if (returned) throw ApplicationFailure.nonRetryable('The file has already been returned.', 'AlreadyReturned');
        if (!Number.isInteger(input?.receivedById)) {
          throw ApplicationFailure.nonRetryable('receivedById must be a staff id.', 'InvalidInput');
        }
      },
    },
  );

  if (!(await condition(() => returned !== undefined, policy.loanPeriodMs))) {
    state = 'OVERDUE';
    await markLoanOverdue(loanId);
    await condition(() => returned !== undefined);
  }
  const { receivedById, returnedAt } = returned!;
  await recordLoanReturned(loanId, receivedById, returnedAt);
  return { returnedAt };
}
