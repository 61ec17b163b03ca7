import { ApplicationFailure, patched, proxyActivities } from '@temporalio/workflow';
import type { CaseRuntime } from '../core/case';
import type { Bilingual, Escalation } from '../core/types';
import type { CustodyActivities } from './activities';
import { ALERT_FORM, OWNER_REPAIR_FORM, PATROL_FORM } from './forms';
import { overLimits, type CustodyPolicy, type MeterUse } from './policy';

export const acts = proxyActivities<CustodyActivities>({ startToCloseTimeout: '1 minute' });

const t = (zh: string, en: string): Bilingual => ({ zh, en });

export type PatrolKind = 'WEEKLY' | 'RAIN_BEFORE' | 'RAIN_AFTER';

export interface StepContext {
  kase: CaseRuntime;
  custodyId: number;
  caseId: number;
  householdId: number;
  summary: Bilingual;
  policy: CustodyPolicy;
  /** True once the custody is ending: no new task is opened. */
  ending: () => boolean;
}

const up = (policy: CustodyPolicy): Escalation => ({ bringIn: 'next-in-chain', notify: true, followUp: policy.escalationFollowUp });

const PATROL_TITLE: Record<PatrolKind, Bilingual> = {
  WEEKLY: t('托管房每周户外巡查', 'Weekly exterior patrol of a unit in custody'),
  RAIN_BEFORE: t('大雨前托管房户外巡查', 'Exterior patrol before heavy rain'),
  RAIN_AFTER: t('大雨后托管房户外巡查', 'Exterior patrol after heavy rain'),
};

/**
 * MOV-7: one exterior patrol, a task for the unit with its findings. A problem found becomes a repair order
 * through the repair process's start and the owner is told; a repair the owner would pay for (out of warranty)
 * is not opened on the owner's behalf: customer service asks the owner first.
 */
export async function patrol(ctx: StepContext, kind: PatrolKind, key: string, rainWarningId?: number): Promise<void> {
  const { kase, policy, summary } = ctx;
  const title = PATROL_TITLE[kind];
  // Patrols opened since the inspection core walk it item by item with the meters (template custody-patrol).
  const inspectionId = patched('custody-patrol-inspection') ? await acts.openPatrolWalk({ custodyId: ctx.custodyId, caseId: ctx.caseId, key }) : undefined;
  const walkTitle = inspectionId ? t('（逐项检查巡查表、抄表并确认）', ' (walk the patrol sheet item by item, read the meters, confirm)') : t('', '');
  const task = await kase.openTask({
    key: `patrol-${key}`,
    title: t(`${title.zh}${walkTitle.zh}：${summary.zh}`, `${title.en}${walkTitle.en}: ${summary.en}`),
    candidate: { role: 'SERVICE_COMMISSIONER' },
    form: PATROL_FORM,
    deadlines: [{ key: 'patrol', label: t('完成巡查', 'Patrol done'), due: kind === 'WEEKLY' ? policy.patrolWithin : policy.rainPatrolWithin, escalate: up(policy) }],
  });
  await acts.openPatrol({ custodyId: ctx.custodyId, key, kind, taskId: task.id, rainWarningId, inspectionId });
  const outcome = await task.result();
  if (outcome.status !== 'completed') {
    await acts.cancelPatrol({ custodyId: ctx.custodyId, key });
    return;
  }
  const walk = inspectionId ? await acts.patrolWalkFindings({ custodyId: ctx.custodyId, caseId: ctx.caseId, key, inspectionId }) : null;
  const walkProblem = Boolean(walk?.defects.length);
  const problem = outcome.formData.result === 'PROBLEM' || walkProblem;
  const findings = [String(outcome.formData.findings ?? ''), ...(walk?.defects ?? [])].filter(Boolean).join('；');
  const category = typeof outcome.formData.category === 'string' && outcome.formData.category ? outcome.formData.category : policy.repairCategory;
  await acts.recordPatrol({ custodyId: ctx.custodyId, key, problem, findings, doneById: outcome.completedBy });
  if (problem) await repairProblem(ctx, key, findings, category, walkProblem ? walk : null);
  // The walk's meter readings are checked against the custody's limits like any reading.
  if (walk?.reading && !ctx.ending()) await readingAlert(ctx, walk.reading.readingId, walk.reading.used);
}

/**
 * A problem found on patrol: the repair orders (the walk's defects, or one for the patrol's finding) and the
 * owner told. A repair the owner would pay for is agreed with the owner first.
 */
async function repairProblem(ctx: StepContext, key: string, findings: string, category: string, walk: { serials: string[]; ownerNeeded: boolean } | null): Promise<void> {
  const { kase, policy, summary } = ctx;
  let serials: string[] = walk?.serials ?? [];
  let ownerNeeded = walk?.ownerNeeded ?? false;
  if (!walk) {
    try {
      serials = [(await acts.repairFinding({ custodyId: ctx.custodyId, caseId: ctx.caseId, key, category, findings })).serial];
    } catch (error) {
      // A paid repair (out of warranty): never dispatched without the owner's acceptance of its charge (REP-2).
      const cause = (error as { cause?: unknown }).cause;
      if (!(cause instanceof ApplicationFailure) || cause.type !== 'RepairRefused') throw error;
      await kase.record('CUSTODY_REPAIR_NEEDS_OWNER', { key, reason: cause.message });
      ownerNeeded = true;
    }
  }
  await kase.send({
    channel: 'SMS',
    to: { householdId: ctx.householdId },
    template: 'custody-problem',
    params: { unit: summary.zh, findings, order: serials.join('、') || '—' },
    key: `problem-${key}`,
  });
  if (!ownerNeeded || ctx.ending()) return;
  const ask = await kase.openTask({
    key: `owner-repair-${key}`,
    title: t(`巡查发现问题，联系业主维修：${summary.zh}`, `A problem found on patrol: agree its repair with the owner: ${summary.en}`),
    candidate: { role: 'SERVICE_COMMISSIONER' },
    form: OWNER_REPAIR_FORM,
    deadlines: [{ key: 'owner', label: t('联系业主', 'Owner contacted'), due: policy.alertWithin, escalate: up(policy) }],
  });
  await ask.result();
}

/**
 * MOV-7: a reading over the limits (water 5, electricity 20 since the start, policy data) raises an alert task
 * (a leak, or someone living there) and tells the owner.
 */
export async function readingAlert(ctx: StepContext, readingId: number, used: MeterUse): Promise<void> {
  const { kase, policy, summary } = ctx;
  const over = overLimits(policy.limits, used);
  await acts.assessReading({ readingId, alert: over.length > 0 });
  if (!over.length || ctx.ending()) return;
  const what = t(
    over.map((m) => (m === 'water' ? `用水 ${used.water} 吨（上限 ${policy.limits.water}）` : `用电 ${used.electricity} 度（上限 ${policy.limits.electricity}）`)).join('，'),
    over.map((m) => (m === 'water' ? `water ${used.water} m³ (limit ${policy.limits.water})` : `electricity ${used.electricity} kWh (limit ${policy.limits.electricity})`)).join(', '),
  );
  const task = await kase.openTask({
    key: `alert-${readingId}`,
    title: t(`托管房水电异常（${what.zh}）：${summary.zh}`, `Meters over the custody limits (${what.en}): ${summary.en}`),
    candidate: { role: 'SERVICE_COMMISSIONER' },
    priority: 'HIGH',
    form: ALERT_FORM,
    deadlines: [{ key: 'alert', label: t('查明原因', 'Cause found'), due: policy.alertWithin, escalate: up(policy) }],
  });
  await acts.assessReading({ readingId, alert: true, taskId: task.id });
  await kase.send({
    channel: 'SMS',
    to: { householdId: ctx.householdId },
    template: 'custody-alert',
    params: { unit: summary.zh, water: used.water, electricity: used.electricity, limitWater: policy.limits.water, limitElectricity: policy.limits.electricity },
    key: `alert-${readingId}`,
  });
  const outcome = await task.result();
  if (outcome.status === 'completed') await kase.record('CUSTODY_ALERT_HANDLED', { readingId, cause: outcome.formData.cause ?? null, action: outcome.formData.action ?? null });
}
