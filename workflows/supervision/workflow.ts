import { ParentClosePolicy, proxyActivities, startChild, workflowInfo } from '@temporalio/workflow';
import { openCase } from '../core/case';
import { coreActs } from '../core/acts';
import type { SupervisionActivities } from './activities';

const acts = proxyActivities<SupervisionActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

export interface FrontDeskReviewInput {
  /** The local day ("YYYY-MM-DD") to review; a scheduled run reviews the day it starts on. */
  day?: string;
}

/**
 * REC-4: on a working day the CS supervisor reviews the day's front-desk records (the reception log and
 * the cases opened that day) and signs them off with remarks. A missed sign-off brings the office director
 * in, and the reminder keeps coming until it is signed.
 */
export async function frontDeskReviewWorkflow(input: FrontDeskReviewInput = {}): Promise<{ caseId: number | null; day?: string }> {
  const opened = await acts.openFrontDeskReview({ workflowId: workflowInfo().workflowId, day: input.day });
  if (!opened) return { caseId: null };
  const { caseId, day, policy } = opened;
  const kase = await openCase({ caseId, delivery: opened.delivery });
  await kase.record('FRONT_DESK_DAY', { day, cases: opened.cases, entries: opened.entries });
  const review = await kase.openTask({
    key: 'review',
    title: { zh: `审阅 ${day} 前台接待记录并签字`, en: `Review and sign off the front-desk records of ${day}` },
    candidate: { role: 'CS_SUPERVISOR' },
    form: [
      { name: 'remarks', type: 'textarea', required: true, label: { zh: '审阅意见', en: 'Remarks' } },
      { name: 'signedOff', type: 'boolean', required: true, label: { zh: '已审阅当日记录并签字确认', en: "I have reviewed the day's records and sign them off" } },
    ],
    deadlines: [
      {
        key: 'sign-off',
        label: { zh: '签字审阅', en: 'Sign-off' },
        due: policy.reviewWithin,
        escalate: { bringIn: { role: 'OFFICE_DIRECTOR' }, notify: true, followUp: policy.escalationFollowUp },
      },
    ],
  });
  const outcome = await review.result();
  if (outcome.status === 'completed') {
    await kase.record('FRONT_DESK_SIGNED_OFF', { day, remarks: String(outcome.formData.remarks ?? ''), by: outcome.completedBy });
    await kase.finish('signed-off');
  } else {
    await kase.finish(kase.closeReason ?? 'cancelled');
  }
  return { caseId, day };
}

export interface UnfinishedSummaryInput {
  trigger?: 'SCHEDULE' | 'MANUAL';
}

/**
 * REC-4: every week the unfinished matters of every process, by age and owner with what is overdue, are
 * kept as a PDF and e-mailed to the office director through the outbox.
 */
export async function unfinishedSummaryWorkflow(_input: UnfinishedSummaryInput = {}): Promise<{ summaryId: number; messageIds: number[] }> {
  const { workflowId } = workflowInfo();
  const summary = await acts.buildUnfinishedSummary({ workflowId });
  const messageIds: number[] = [];
  for (const mail of summary.mails) {
    const messageId = await coreActs.queueMessage({
      caseId: null,
      idempotencyKey: `${workflowId}:summary:${mail.staffId}`,
      channel: 'EMAIL',
      to: { staffId: mail.staffId },
      template: 'notice',
      params: { subject: mail.subject, text: mail.text },
      timelineKey: `${workflowId}:summary:${mail.staffId}`,
      attachPdf: { unfinishedSummaryId: summary.summaryId },
    });
    messageIds.push(messageId);
    await startChild('messageDeliveryWorkflow', {
      workflowId: `message-${messageId}`,
      args: [{ messageId, delivery: summary.delivery }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    }).catch((error: Error) => {
      if (error.name !== 'WorkflowExecutionAlreadyStartedError') throw error;
    });
  }
  await acts.recordSummaryMessages({ summaryId: summary.summaryId, messageIds });
  return { summaryId: summary.summaryId, messageIds };
}
