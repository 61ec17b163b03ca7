import { proxyActivities } from '@temporalio/workflow';
import { openCase, type CaseRuntime, type DeliveryPolicy, type HumanTask } from '../core/case';
import type { Bilingual, Escalation, TaskOutcome } from '../core/types';
import type { RepairActivities } from './activities';
import { ARRIVE_FORM, CHECK_IN_FORM, COLLECT_FORM, LEAK_TEST_FORM, VISIT_FORM, WORK_FORM } from './forms';
import type { RepairPolicy, VisitRule } from './policy';

const acts = proxyActivities<RepairActivities>({ startToCloseTimeout: '1 minute' });

export interface RepairInput {
  caseId: number;
  orderId: number;
  serial: string;
  householdId?: number;
  /** What the order is, as the tasks name it: "WX2026-000123 · 渗漏水 · 3栋 502". */
  summary: Bilingual;
  visitRule: VisitRule;
  emergency: boolean;
  kind: 'FREE' | 'PAID';
  /** A paid job's charge (yuan), accepted by the resident at intake. */
  charge?: number;
  /** The agreed visit (the first of the resident's convenient windows), ISO instants. */
  appointment: { from: string; to: string };
  policy: RepairPolicy;
  delivery: DeliveryPolicy;
}

export type RepairResult = 'closed' | 'closed-by-manager';

const t = (zh: string, en: string): Bilingual => ({ zh, en });
/** Local time (China Standard Time) of an instant, as staff read it on a task: "11-30 09:00". */
const local = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(5, 16).replace('T', ' ');

/**
 * A repair work order, from dispatch to the resident's satisfaction (rules REP-1 to REP-8; seed 004 §2(3),
 * §5; seed 001 §VII). Engineering visits at the agreed time, does the work, tests a leak; the order returns to
 * the front desk; the cashier collects a paid job; every repair gets a return visit on its category's clock,
 * and a problem found sends it back for rectification until the resident is satisfied or a manager closes it.
 */
export async function repairWorkflow(input: RepairInput): Promise<RepairResult> {
  const { policy, orderId, caseId, summary } = input;
  const kase = await openCase({ caseId, delivery: input.delivery, priority: input.emergency ? 'URGENT' : 'NORMAL' });
  const UP: Escalation = { bringIn: 'next-in-chain', notify: true, followUp: policy.escalationFollowUp };
  const side: Promise<TaskOutcome>[] = [];
  let backAtDesk = false;
  const closedByManager = async (): Promise<RepairResult> => {
    await acts.closeOrder({ orderId, caseId, by: 'manager' });
    return 'closed-by-manager';
  };

  // REP-4: dispatched with the order to visit at the agreed time; an emergency at once.
  const { from, to } = input.appointment;
  const arrive = await kase.openTask({
    key: 'arrive',
    title: input.emergency
      ? t(`紧急报修，立即上门：${summary.zh}`, `Emergency repair, go now: ${summary.en}`)
      : t(`按约定时间上门维修（${local(from)}–${local(to).slice(6)}）：${summary.zh}`, `Visit at the agreed time (${local(from)}–${local(to).slice(6)}): ${summary.en}`),
    candidate: { department: 'ENGINEERING' },
    priority: input.emergency ? 'URGENT' : 'NORMAL',
    form: ARRIVE_FORM,
    deadlines: [
      input.emergency
        ? { key: 'on-site', label: t('紧急到场', 'On site (emergency)'), due: policy.emergencyArrivalWithin, escalate: UP }
        : { key: 'appointment', label: t('按约定时间到场', 'On site at the agreed time'), due: { at: to }, escalate: UP },
    ],
    ...(input.emergency ? { notifyOnOpen: ['SMS'] as 'SMS'[] } : {}),
  });
  const arrived = await arrive.result();
  if (arrived.status !== 'completed') return closedByManager();
  const engineerId = arrived.completedBy;
  await acts.recordArrival({ orderId, caseId, taskKey: 'arrive', engineerId });

  for (let round = 1; ; round++) {
    const suffix = round === 1 ? '' : `-${round}`;
    // REP-4 the work; REP-6 a rectification goes back to engineering, linked to the same order.
    const work = await kase.openTask({
      key: `work${suffix}`,
      title: round === 1 ? t(`完工登记：${summary.zh}`, `Record the work: ${summary.en}`) : t(`回访发现问题，整改（第 ${round - 1} 次）：${summary.zh}`, `Rectify the problem found on the return visit (${round - 1}): ${summary.en}`),
      candidate: round === 1 ? { department: 'ENGINEERING', assigneeId: engineerId } : { department: 'ENGINEERING' },
      form: WORK_FORM,
      deadlines: [{ key: round === 1 ? 'complete' : 'rectify', label: round === 1 ? t('完工', 'Work done') : t('整改完成', 'Rectified'), due: round === 1 ? policy.completeWithin : policy.rectifyWithin, escalate: UP }],
    });
    const done = await work.result();
    if (done.status !== 'completed') return closedByManager();
    await acts.recordWork({ orderId, caseId, round, engineerId: done.completedBy, form: done.formData });

    // REP-5: a leak repair is tested; the return visit counts from the test. A failed test is repaired again.
    let clockFrom: string | undefined;
    if (input.visitRule === 'LEAK') {
      const test = await kase.openTask({
        key: `leak-test${suffix}`,
        title: t(`试漏并记录结果：${summary.zh}`, `Leak test, record the result: ${summary.en}`),
        candidate: { department: 'ENGINEERING' },
        form: LEAK_TEST_FORM,
        deadlines: [{ key: 'leak-test', label: t('试漏', 'Leak test'), due: policy.leakTestWithin, escalate: UP }],
      });
      const tested = await test.result();
      if (tested.status !== 'completed') return closedByManager();
      // The day of the test (local), never later than now: the clock cannot start in the future.
      clockFrom = new Date(Math.min(Date.parse(`${String(tested.formData.testedOn)}T00:00:00+08:00`), Date.now())).toISOString();
      const passed = tested.formData.result === 'PASSED';
      await acts.recordLeakTest({ orderId, caseId, round, testedAt: clockFrom, passed });
      if (!passed) {
        await acts.startRectification({ orderId, caseId, round: round + 1, reason: String(tested.formData.note ?? '') });
        continue;
      }
    }

    if (!backAtDesk) {
      backAtDesk = true;
      side.push(...(await returnToDesk(kase)));
    }

    // REP-5: every repair gets a return visit (100%), on its category's clock.
    const rule = policy.returnVisit[input.visitRule];
    const visit = await kase.openTask({
      key: `return-visit${suffix}`,
      title: t(`维修回访：${summary.zh}`, `Return visit: ${summary.en}`),
      candidate: { role: 'SERVICE_COMMISSIONER' },
      form: VISIT_FORM,
      deadlines: [{ key: 'return-visit', label: t('按时回访', 'Return visit on time'), due: clockFrom && 'after' in rule ? { ...rule, from: clockFrom } : rule, escalate: UP }],
    });
    const visited = await visit.result();
    if (visited.status !== 'completed') return closedByManager();
    const satisfied = visited.formData.satisfaction === 'SATISFIED';
    await acts.recordVisit({ orderId, caseId, round, taskKey: `return-visit${suffix}`, visitorId: visited.completedBy, form: visited.formData });
    if (satisfied) break;
    // REP-6: a problem found on the return visit goes back to engineering, then a new return visit.
    await acts.startRectification({ orderId, caseId, round: round + 1, reason: String(visited.formData.problem ?? '') });
  }

  // The order is back at the desk and a paid job's money is in before the case closes.
  for (const outcome of await Promise.all(side)) if (outcome.status !== 'completed') return closedByManager();
  await acts.closeOrder({ orderId, caseId, by: 'satisfied' });
  await kase.finish('resolved');
  return 'closed';

  /** REP-4: the order returns to the front desk; the cashier collects a paid job (income and cost). */
  async function returnToDesk(runtime: CaseRuntime): Promise<Promise<TaskOutcome>[]> {
    const followed = (task: HumanTask, record: (outcome: TaskOutcome & { status: 'completed' }) => Promise<void>) =>
      task.result().then(async (outcome) => {
        if (outcome.status === 'completed') await record(outcome);
        return outcome;
      });
    const checkIn = await runtime.openTask({
      key: 'check-in',
      title: t(`维修工作单交回前台：${summary.zh}`, `Check the work order back in: ${summary.en}`),
      candidate: { role: 'RECEPTION' },
      form: CHECK_IN_FORM,
      deadlines: [{ key: 'check-in', label: t('工作单交回', 'Order back at the desk'), due: policy.checkInWithin, escalate: UP }],
    });
    const pending = [followed(checkIn, () => acts.recordCheckIn({ orderId, caseId }))];
    if (input.kind === 'PAID' && input.charge && input.householdId) {
      const collect = await runtime.openTask({
        key: 'collect',
        title: t(`收取有偿维修费 ¥${input.charge.toFixed(2)}：${summary.zh}`, `Collect the repair charge ¥${input.charge.toFixed(2)}: ${summary.en}`),
        candidate: { role: 'CASHIER' },
        form: COLLECT_FORM,
        deadlines: [{ key: 'collect', label: t('收费', 'Charge collected'), due: policy.collectWithin, escalate: UP }],
      });
      pending.push(followed(collect, async (outcome) => void (await acts.collectCharge({ orderId, caseId, collectorId: outcome.completedBy, form: outcome.formData }))));
    }
    return pending;
  }
}
