import { proxyActivities } from '@temporalio/workflow';
import { openCase, type DeliveryPolicy } from '../core/case';
import type { Due } from '../core/calendar';
import type { Bilingual, Candidate, Escalation, FormField, TaskOutcome } from '../core/types';
import type { MoveInActivities } from './activities';
import { CALL_OWNER_FORM, DOCUMENTS_FORM, FEE_FORM, INSPECTION_FORM, ISSUE_FORM, RECHECK_FORM, REGISTRATION_FORM, REINSPECT_FORM } from './forms';
import type { MoveInPolicy, MoveInStep } from './policy';

const acts = proxyActivities<MoveInActivities>({ startToCloseTimeout: '1 minute' });

export interface MoveInInput {
  caseId: number;
  moveInId: number;
  householdId: number;
  /** Who moves in where, as the tasks name it: "H栋 1203 陈静". */
  summary: Bilingual;
  policy: MoveInPolicy;
  delivery: DeliveryPolicy;
}

export type MoveInResult = 'done' | 'closed-by-manager';

const t = (zh: string, en: string): Bilingual => ({ zh, en });
const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;

/**
 * A new owner's move-in (rules MOV-1 to MOV-6, MOV-8; seed 004 §1 ①–⑦): documents by who comes, the
 * registration form and agreements, keys and handbook with the resident's receipt, the fee at move-in, the
 * inspection with the owner, then every defect repaired (free, through the repair process), re-checked,
 * re-inspected by appointment and signed off by the owner. The owner may live there meanwhile.
 */
export async function moveInWorkflow(input: MoveInInput): Promise<MoveInResult> {
  const { policy, moveInId, caseId, summary } = input;
  const kase = await openCase({ caseId, delivery: input.delivery });
  const UP: Escalation = { bringIn: 'next-in-chain', notify: true, followUp: policy.escalationFollowUp };

  /**
   * One step: its task with its deadline. With `check`, the task is done only when the record says so; a task
   * completed too early is opened again, naming what is still missing.
   */
  async function step(key: string, title: Bilingual, candidate: Candidate, form: FormField[], due: Due, check?: MoveInStep): Promise<(TaskOutcome & { status: 'completed' }) | null> {
    let missing: Bilingual[] = [];
    for (let attempt = 1; ; attempt++) {
      const named = missing.length ? t(`尚缺：${missing.map((m) => m.zh).join('、')}。${title.zh}`, `Still missing: ${missing.map((m) => m.en).join(', ')}. ${title.en}`) : title;
      const task = await kase.openTask({
        key: attempt === 1 ? key : `${key}-${attempt}`,
        title: t(`${named.zh}：${summary.zh}`, `${named.en}: ${summary.en}`),
        candidate,
        form,
        deadlines: [{ key, label: title, due, escalate: UP }],
      });
      const outcome = await task.result();
      if (outcome.status !== 'completed') return null;
      if (!check) return outcome;
      missing = await acts.stepMissing({ moveInId, step: check });
      if (!missing.length) return outcome;
    }
  }
  const closed = async (): Promise<MoveInResult> => {
    await acts.setStage({ moveInId, stage: 'DONE', closed: true });
    return 'closed-by-manager';
  };

  // MOV-1: the documents of who comes, each checked with its scan on the household's file.
  if (!(await step('documents', t('核验入住证件', 'Check the move-in documents'), { role: 'RECEPTION' }, DOCUMENTS_FORM, policy.documentsWithin, 'documents'))) return closed();
  await acts.setStage({ moveInId, stage: 'IN_PROGRESS' });
  // MOV-2: the registration form and the agreements.
  if (!(await step('registration', t('填写住户登记表、签署协议', 'Registration form and agreements'), { role: 'RECEPTION' }, REGISTRATION_FORM, policy.registrationWithin, 'registration'))) return closed();
  // MOV-3: keys, handbook and diagrams with the resident's receipt.
  if (!(await step('issue', t('发放钥匙、住户手册及水电线路图', 'Issue keys, handbook and diagrams'), { role: 'RECEPTION' }, ISSUE_FORM, policy.issueWithin, 'issue'))) return closed();

  // MOV-4: the fee at move-in, billed on the ledger and collected with a receipt.
  await acts.billFee({ moveInId });
  const fee = await step('fee', t('收取入住物业费', 'Collect the property fee at move-in'), { role: 'CASHIER' }, FEE_FORM, policy.feeWithin);
  if (!fee) return closed();
  await acts.collectFee({ moveInId, caseId, method: String(fee.formData.method), collectorId: fee.completedBy, note: typeof fee.formData.note === 'string' ? fee.formData.note : null });

  // MOV-5: the inspection with the owner, item by item, with the meters; both confirm. Its report goes on file (MOV-8).
  await acts.openInspection({ moveInId, caseId });
  if (!(await step('inspection', t('陪同业主验房', 'Inspect the flat with the owner'), { department: 'ENGINEERING' }, INSPECTION_FORM, policy.inspectionWithin, 'inspection'))) return closed();
  await acts.fileReport({ moveInId, final: false });

  // MOV-6: each defect becomes a free repair order; rectified, re-checked, re-inspected and signed off, round by round.
  const defects = await acts.openDefectRepairs({ moveInId, caseId });
  if (defects > 0) {
    await acts.setStage({ moveInId, stage: 'WAITING_FOR_DEFECTS' });
    for (let round = 1; ; round++) {
      const suffix = round === 1 ? '' : `-r${round}`;
      const again = round === 1 ? t('', '') : t(`（第 ${round} 轮）`, ` (round ${round})`);
      if (!(await step(`recheck${suffix}`, t(`整改验房缺陷并自检${again.zh}`, `Rectify and re-check the defects${again.en}`), { department: 'ENGINEERING' }, RECHECK_FORM, policy.recheckWithin, 'recheck'))) return closed();
      const call = await step(`call-owner${suffix}`, t(`致电业主预约复验${again.zh}`, `Call the owner for a re-inspection appointment${again.en}`), { role: 'SERVICE_COMMISSIONER' }, CALL_OWNER_FORM, policy.callOwnerWithin);
      if (!call) return closed();
      const day = String(call.formData.appointmentOn);
      const time = TIME.test(String(call.formData.appointmentTime)) ? String(call.formData.appointmentTime).padStart(5, '0') : '09:00';
      await kase.send({
        channel: 'SMS',
        to: { householdId: input.householdId },
        template: 'notice',
        params: { subject: '复验预约 Re-inspection', text: `${summary.zh} 缺陷复验已预约于 ${day} ${time}，届时维修人员陪同。Re-inspection of the defects: ${day} ${time}, with maintenance.` },
        key: `reinspection${suffix}`,
      });
      if (!(await step(`reinspect${suffix}`, t(`${day} ${time} 陪同业主复验，业主逐项签收${again.zh}`, `${day} ${time}: re-inspection with the owner, who signs off each item${again.en}`), { department: 'ENGINEERING' }, REINSPECT_FORM, { at: `${day}T23:59:00+08:00` }))) return closed();
      // Items the owner did not sign off are rectified again in the next round.
      if ((await acts.defectsLeft({ moveInId })) === 0) break;
    }
  }

  await acts.finish({ moveInId });
  if (defects > 0) await acts.fileReport({ moveInId, final: true });
  await kase.finish('resolved');
  return 'done';
}
