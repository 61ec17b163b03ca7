import { Prisma, type PrismaClient } from '../../../prisma/client';
import type { DeliveryPolicy } from '../case';
import type { Bilingual, Priority } from '../types';
import { loadPolicy, loadPolicyVersion } from './policy-data';

/** Starts a workflow on the product's task queue (the API's Temporal client, or the worker's `Starter`). */
export type StartWorkflow = (workflowType: string, workflowId: string, args: unknown[]) => Promise<unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface StartCase<Input, Prepared = any> {
  process: string;
  workflowType: string;
  workflowId: (caseId: number) => string;
  title: Bilingual;
  householdId?: number;
  priority?: Priority;
  tier?: string;
  policyKey: string;
  /** Used when no version of the policy has been saved yet (version 0). */
  defaultPolicy: object;
  input: (caseId: number, policy: unknown, delivery: DeliveryPolicy, prepared: Prepared) => Input;
  /** The process's own record, written once the case exists (taken back if the workflow cannot start). */
  prepare?: (caseId: number, policy: unknown) => Promise<Prepared>;
  /**
   * Takes back what `prepare` wrote; also called when `prepare` failed (its row may have been stored all the
   * same). A process whose records are numbered without gaps keeps the record and voids it here instead.
   */
  undo?: (caseId: number) => Promise<void>;
  /**
   * Finds what `prepare` wrote for a case (null: nothing yet), so that a submission repeated with its
   * requestId can finish an intake the first one left half-way (its workflow not started).
   */
  recover?: (caseId: number) => Promise<Prepared | null>;
  /**
   * The client's id of the submission (8-100 of A-Z a-z 0-9 _ -): the same id again, also at the same
   * moment, finds the case the first one opened instead of opening a second.
   */
  requestId?: string;
}

/** The case was taken back because its workflow could not start (the workflow service is unreachable). */
export class WorkflowUnavailable extends Error {}

/** A case opened by a request that has written nothing since is taken back after this long (it failed half-way). */
const ABANDONED_AFTER_MS = 60_000;

/**
 * A case the same requestId opened before. If its record is there, its workflow is started (again: starting a
 * running one changes nothing), so an intake whose answer or whose start was lost is finished by the retry.
 * If nothing was written for it for a minute, the first request failed half-way: the case is taken back and
 * null answered, so the retry opens it afresh. Otherwise the first request is still at work: its case.
 */
async function resumeEarlier<Input, Prepared>(
  prisma: PrismaClient,
  start: StartWorkflow,
  delivery: DeliveryPolicy,
  spec: StartCase<Input, Prepared>,
  earlier: { id: number; openedAt: Date; policyVersion: number },
): Promise<number | null> {
  if (!spec.recover) return earlier.id;
  const prepared = await spec.recover(earlier.id);
  if (prepared === null) {
    if (Date.now() - earlier.openedAt.getTime() < ABANDONED_AFTER_MS) return earlier.id;
    const { count } = await prisma.case.deleteMany({ where: { id: earlier.id, tasks: { none: {} }, timeline: { none: {} } } });
    return count ? null : earlier.id;
  }
  const workflowId = spec.workflowId(earlier.id);
  await prisma.case.update({ where: { id: earlier.id }, data: { workflowId } });
  const policy = await loadPolicyVersion(prisma, spec.policyKey, earlier.policyVersion, spec.defaultPolicy);
  try {
    await start(spec.workflowType, workflowId, [spec.input(earlier.id, policy, delivery, prepared)]);
  } catch (error) {
    throw new WorkflowUnavailable((error as Error).message);
  }
  return earlier.id;
}

const isUniqueViolationOf = (error: unknown, field: string) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && JSON.stringify(error.meta ?? {}).includes(field);

/**
 * The one way a process starts, from the API or from another process's activity (a move-in defect opens a
 * repair order): files the case, writes the process's record, then starts its workflow with the policy in
 * force now (which it keeps). If the workflow cannot start, the case is taken back and `WorkflowUnavailable`
 * thrown: nothing half-done remains. Returns the case's id; a repeated requestId returns the first one's.
 */
export async function startCase<Input, Prepared = undefined>(
  prisma: PrismaClient,
  start: StartWorkflow,
  delivery: DeliveryPolicy,
  spec: StartCase<Input, Prepared>,
): Promise<number> {
  const requestId = spec.requestId === undefined ? null : `${spec.process}:${spec.requestId}`;
  if (requestId) {
    const earlier = await prisma.case.findUnique({ where: { requestId }, select: { id: true, openedAt: true, policyVersion: true } });
    const resumed = earlier && (await resumeEarlier(prisma, start, delivery, spec, earlier));
    if (resumed) return resumed;
  }
  const policy = await loadPolicy(prisma, spec.policyKey, spec.defaultPolicy);
  let created: { id: number };
  try {
    created = await prisma.case.create({
      data: {
        process: spec.process,
        workflowId: `pending-${spec.process}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
        titleZh: spec.title.zh,
        titleEn: spec.title.en,
        householdId: spec.householdId ?? null,
        priority: spec.priority ?? 'NORMAL',
        tier: spec.tier ?? null,
        policyKey: spec.policyKey,
        policyVersion: policy.version,
        requestId,
      },
    });
  } catch (error) {
    // The same submission at the same moment: the unique request id lets one case in; the other answers with it.
    if (!requestId || !isUniqueViolationOf(error, 'requestId')) throw error;
    const earlier = await prisma.case.findUnique({ where: { requestId }, select: { id: true } });
    if (!earlier) throw error;
    return earlier.id;
  }
  const workflowId = spec.workflowId(created.id);
  await prisma.case.update({ where: { id: created.id }, data: { workflowId } });
  let prepared: Prepared | undefined;
  let preparing = true;
  try {
    prepared = spec.prepare ? await spec.prepare(created.id, policy.data) : undefined;
    preparing = false;
    await start(spec.workflowType, workflowId, [spec.input(created.id, policy.data, delivery, prepared as Prepared)]);
  } catch (error) {
    // Also when `prepare` failed: a connection lost after the insert was committed leaves its row behind.
    if (spec.prepare) await spec.undo?.(created.id);
    await prisma.case.delete({ where: { id: created.id } });
    if (preparing) throw error;
    throw new WorkflowUnavailable((error as Error).message);
  }
  return created.id;
}
