import { Prisma, type PrismaClient } from '../../../prisma/client';
import { money } from '../../../apps/common/ledger';
import { billOneOff, collectOneOff, refundOneOff } from '../../../apps/common/one-off-charge';
import { expirePasses, issuePass, liftStop, stopPasses } from '../../../apps/api/src/gate/passes';
import { loadPolicyVersion } from '../../core/activities/policy-data';
import { appendTimeline } from '../../core/activities/timeline';
import type { Starter } from '../../core/starter';
import { DEFAULT_DECORATION_POLICY, permitNumber, type DecorationPolicy } from '../policy';
import { acceptanceResult, createAcceptanceActivities } from './acceptance';

export interface DecorationActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
}

type Form = Record<string, unknown>;

/** The bills of a decoration: its garbage clearance fee and its deposit, named by the permit. */
export const feeReference = (permit: string) => `${permit}-G`;
export const depositReference = (permit: string) => `${permit}-D`;

/**
 * The decoration follows its process (DEC-2..DEC-6). Each write sets values, or is keyed by the decoration,
 * so a retried activity changes nothing twice.
 */
export const createDecorationActivities = ({ prisma, starter }: DecorationActivityDeps) => {
  const timeline = (caseId: number, key: string, type: string, data: Record<string, unknown>, actorId?: number | null) =>
    appendTimeline(prisma, { caseId, key: `decoration:${caseId}:${key}`, type, data: data as Prisma.InputJsonValue, actorId: actorId ?? null });
  const decoration = (id: number) => prisma.decoration.findUniqueOrThrow({ where: { id }, include: { workers: true, household: { select: { unit: { select: { number: true } } } } } });
  const passesOf = async (id: number) => (await prisma.decorationWorker.findMany({ where: { decorationId: id, passId: { not: null } }, select: { passId: true } })).map((w) => w.passId!);
  const policyOf = async (caseId: number) => {
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { policyKey: true, policyVersion: true } });
    return loadPolicyVersion<DecorationPolicy>(prisma, kase.policyKey, kase.policyVersion, DEFAULT_DECORATION_POLICY);
  };
  /** The time waiting for the applicant so far, with the wait now ending added. */
  const endWait = (d: { applicantWaitMs: number; waitingSince: Date | null }) => d.applicantWaitMs + (d.waitingSince ? Math.max(0, Date.now() - d.waitingSince.getTime()) : 0);

  return {
    ...createAcceptanceActivities(prisma),

    /** DEC-2: the case waits for the applicant (the housing authority's approval) and says so. */
    async waitForApplicant(input: { decorationId: number; caseId: number; waitingFor: 'AUTHORITY' }): Promise<void> {
      await prisma.decoration.updateMany({ where: { id: input.decorationId, waitingSince: null, authorityDocumentId: null }, data: { waitingFor: input.waitingFor, waitingSince: new Date() } });
      await timeline(input.caseId, 'waiting-authority', 'DECORATION_WAITING_AUTHORITY', {});
    },

    /** DEC-2: the authority's approval document is on the household's file; the applicant's wait ends. */
    async recordAuthorityApproval(input: { decorationId: number; caseId: number; documentId: number; actorId: number }): Promise<void> {
      const d = await decoration(input.decorationId);
      if (d.authorityDocumentId === null) {
        await prisma.decoration.update({ where: { id: d.id }, data: { authorityDocumentId: input.documentId, applicantWaitMs: endWait(d), waitingFor: null, waitingSince: null } });
      }
      await timeline(input.caseId, 'authority-approval', 'DECORATION_AUTHORITY_FILED', { documentId: input.documentId }, input.actorId);
    },

    /** DEC-2: engineering's review of the plan; a plan not approved refuses the application with the reason. */
    async recordPlanReview(input: { decorationId: number; caseId: number; approved: boolean; note: string; reviewerId: number }): Promise<void> {
      const d = await decoration(input.decorationId);
      await prisma.decoration.update({
        where: { id: d.id },
        data: {
          planReviewNote: input.note,
          planReviewedById: input.reviewerId,
          ...(input.approved ? {} : { status: 'REFUSED', refusalReason: input.note, applicantWaitMs: endWait(d), waitingFor: null, waitingSince: null }),
        },
      });
      await timeline(input.caseId, 'plan-review', input.approved ? 'DECORATION_PLAN_APPROVED' : 'DECORATION_PLAN_REJECTED', { note: input.note }, input.reviewerId);
    },

    /** DEC-3, DEC-4, DEC-6: approved: the permit is numbered, the fee and the deposit billed on the ledger. */
    async approve(input: { decorationId: number; caseId: number }): Promise<{ permitNumber: string; fee: number; deposit: number }> {
      const policy = await policyOf(input.caseId);
      let d = await decoration(input.decorationId);
      if (!d.permitNumber) {
        const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
        await prisma.$transaction(async (tx) => {
          const fresh = await tx.decoration.findUniqueOrThrow({ where: { id: d.id } });
          if (fresh.permitNumber) return;
          const [{ value }] = await tx.$queryRaw<{ value: number }[]>`
            INSERT INTO "Counter" (name, value) VALUES (${`decoration-permit-${year}`}, 1)
            ON CONFLICT (name) DO UPDATE SET value = "Counter".value + 1 RETURNING value`;
          await tx.decoration.update({
            where: { id: d.id },
            data: {
              permitNumber: permitNumber(year, value),
              permitFrom: d.worksFrom,
              permitTo: d.worksTo,
              approvedAt: new Date(),
              feeAmount: new Prisma.Decimal(policy.garbageFee),
              depositAmount: new Prisma.Decimal(policy.deposit),
              deposit: policy.deposit > 0 ? 'DUE' : 'NONE',
            },
          });
        });
        d = await decoration(input.decorationId);
      }
      const permit = d.permitNumber!;
      const where = d.household.unit.number;
      const fee = money(d.feeAmount ?? 0);
      const deposit = money(d.depositAmount ?? 0);
      const feeBill = fee > 0 ? await billOneOff(prisma, { householdId: d.householdId, reference: feeReference(permit), item: { code: 'DECORATION_GARBAGE', nameZh: `装修垃圾清运费 ${permit}（${where}）`, nameEn: `Decoration garbage clearance ${permit} (${where})` }, amount: fee }) : null;
      const depositBill = deposit > 0 ? await billOneOff(prisma, { householdId: d.householdId, reference: depositReference(permit), item: { code: 'DECORATION_DEPOSIT', nameZh: `装修押金 ${permit}（验收后退还）`, nameEn: `Decoration deposit ${permit} (refunded after the acceptance)` }, amount: deposit }) : null;
      await prisma.decoration.update({ where: { id: d.id }, data: { feeBillId: feeBill?.id ?? null, depositBillId: depositBill?.id ?? null } });
      await timeline(input.caseId, 'approved', 'DECORATION_APPROVED', { permitNumber: permit, fee, deposit });
      return { permitNumber: permit, fee, deposit };
    },

    /** DEC-4: the cashier collects the fee and the deposit, each with a numbered receipt on the ledger. */
    async collect(input: { decorationId: number; caseId: number; collectorId: number; method: string }): Promise<string[]> {
      const d = await decoration(input.decorationId);
      const method = input.method === 'CARD' || input.method === 'TRANSFER' ? input.method : 'CASH';
      const receipts: string[] = [];
      for (const [reference, amount, code, nameZh, nameEn] of [
        [feeReference(d.permitNumber!), money(d.feeAmount ?? 0), 'DECORATION_GARBAGE', '装修垃圾清运费', 'Decoration garbage clearance'],
        [depositReference(d.permitNumber!), money(d.depositAmount ?? 0), 'DECORATION_DEPOSIT', '装修押金', 'Decoration deposit'],
      ] as const) {
        if (!(amount > 0)) continue;
        const { payment, ladderWorkflowId } = await collectOneOff(
          prisma,
          { householdId: d.householdId, reference, item: { code, nameZh: `${nameZh} ${d.permitNumber}`, nameEn: `${nameEn} ${d.permitNumber}` }, amount },
          { method, channel: 'COUNTER', collectorId: input.collectorId, caseId: input.caseId, reference, idempotencyKey: `decoration:${d.id}:${code}` },
        );
        receipts.push(payment.receiptNumber);
        if (ladderWorkflowId) await starter.signal(ladderWorkflowId, 'arrearsChanged', { paymentId: payment.id, receiptNumber: payment.receiptNumber, amount: money(payment.amount) });
      }
      await prisma.decoration.update({ where: { id: d.id }, data: { collectedAt: d.collectedAt ?? new Date(), ...(d.deposit === 'DUE' ? { deposit: 'HELD' } : {}) } });
      await timeline(input.caseId, 'collected', 'DECORATION_FEES_COLLECTED', { receipts }, input.collectorId);
      return receipts;
    },

    /** DEC-3: each worker's temporary pass for the permit's window (to the end of its last day). */
    async startWorks(input: { decorationId: number; caseId: number }): Promise<void> {
      const d = await decoration(input.decorationId);
      for (const worker of d.workers.filter((w) => w.passId === null)) {
        const pass = await issuePass(prisma, {
          kind: 'DECORATION_WORKER',
          holderName: worker.name,
          holderPhone: worker.phone,
          householdId: d.householdId,
          summary: `${d.permitNumber} · ${d.household.unit.number} · ${worker.name}${worker.trade ? ` (${worker.trade})` : ''}`,
          validFrom: d.permitFrom!,
          validTo: new Date(Math.max(d.permitTo!.getTime(), d.permitFrom!.getTime() + 60_000)),
        });
        const { count } = await prisma.decorationWorker.updateMany({ where: { id: worker.id, passId: null }, data: { passId: pass.id } });
        if (!count) await expirePasses(prisma, [pass.id]);
      }
      await prisma.decoration.updateMany({ where: { id: d.id, status: 'REVIEW' }, data: { status: 'ACTIVE' } });
      await timeline(input.caseId, 'started', 'DECORATION_STARTED', { workers: d.workers.length });
    },

    /** DEC-5: a violation stops the works: the passes are refused at the gate until the stop is lifted. */
    async stopWorks(input: { decorationId: number; caseId: number; notes: string; attachmentIds: number[]; actorId: number; key: string }): Promise<void> {
      await prisma.decorationViolation.upsert({
        where: { key: input.key },
        create: { decorationId: input.decorationId, notes: input.notes, attachmentIds: input.attachmentIds, foundById: input.actorId, key: input.key },
        update: {},
      });
      await stopPasses(prisma, await passesOf(input.decorationId), input.notes, input.actorId);
      await prisma.decoration.updateMany({ where: { id: input.decorationId, status: 'ACTIVE' }, data: { status: 'STOPPED' } });
      await timeline(input.caseId, `violation:${input.key}`, 'DECORATION_STOPPED', { notes: input.notes, photos: input.attachmentIds.length }, input.actorId);
    },

    /** DEC-5: a supervisor lifts the stop with a reason: the passes work again. */
    async liftStop(input: { decorationId: number; caseId: number; reason: string; actorId: number }): Promise<void> {
      const now = new Date();
      await prisma.decorationViolation.updateMany({ where: { decorationId: input.decorationId, liftedAt: null }, data: { liftedAt: now, liftedById: input.actorId, liftReason: input.reason } });
      await liftStop(prisma, await passesOf(input.decorationId), input.reason, input.actorId);
      await prisma.decoration.updateMany({ where: { id: input.decorationId, status: 'STOPPED' }, data: { status: 'ACTIVE' } });
      await timeline(input.caseId, `lifted:${now.getTime()}`, 'DECORATION_STOP_LIFTED', { reason: input.reason }, input.actorId);
    },

    /** DEC-5: an inspection or an after-hours check, on the case's timeline. */
    async recordSupervision(input: { decorationId: number; caseId: number; taskId: number; form: Form; actorId: number }): Promise<void> {
      await timeline(input.caseId, `supervision:${input.taskId}`, 'DECORATION_CHECKED', { finding: input.form.finding === 'VIOLATION' ? 'VIOLATION' : 'OK', notes: String(input.form.notes ?? '') }, input.actorId);
    },

    /** DEC-5: the works are finished; the acceptance inspection follows. */
    async markFinished(input: { decorationId: number; caseId: number; actorId: number }): Promise<void> {
      await prisma.decoration.updateMany({ where: { id: input.decorationId, finishedAt: null }, data: { finishedAt: new Date(), status: 'ACCEPTANCE' } });
      await timeline(input.caseId, 'finished', 'DECORATION_FINISHED', {}, input.actorId);
    },

    /** DEC-5: accepted: the passes expire, the deposit is refunded or kept with the reason. */
    async complete(input: { decorationId: number; caseId: number; inspectorId: number; form: Form }): Promise<void> {
      const d = await decoration(input.decorationId);
      const notes = String(input.form.notes ?? '').trim();
      await expirePasses(prisma, await passesOf(d.id));
      let deposit = d.deposit;
      if (d.deposit === 'HELD') {
        if (input.form.deposit === 'REFUND') {
          await refundOneOff(prisma, { householdId: d.householdId, reference: depositReference(d.permitNumber!), reason: notes || '验收合格 Accepted', refundedById: input.inspectorId, idempotencyKey: `decoration:${d.id}:deposit-refund` });
          deposit = 'REFUNDED';
        } else deposit = 'KEPT';
      }
      await prisma.decoration.update({
        where: { id: d.id },
        data: { status: 'COMPLETED', acceptedAt: d.acceptedAt ?? new Date(), completedAt: d.completedAt ?? new Date(), acceptanceNote: notes, deposit, depositReason: deposit === 'KEPT' || deposit === 'REFUNDED' ? notes : null },
      });
      const result = (await acceptanceResult(prisma, d.id)) ?? (input.form.result === 'DEFECTS' ? 'DEFECTS' : 'PASSED');
      await timeline(input.caseId, 'completed', 'DECORATION_COMPLETED', { result, deposit }, input.inspectorId);
    },

    /** A manager closed the case: the passes end; an application not yet approved is refused with the reason. */
    async closeDecoration(input: { decorationId: number; caseId: number; reason: string }): Promise<void> {
      const d = await decoration(input.decorationId);
      await expirePasses(prisma, await passesOf(d.id));
      if (d.status === 'COMPLETED' || d.status === 'REFUSED') return;
      const refused = d.approvedAt === null;
      await prisma.decoration.update({
        where: { id: d.id },
        data: refused
          ? { status: 'REFUSED', refusalReason: input.reason || null, applicantWaitMs: endWait(d), waitingFor: null, waitingSince: null }
          : { status: 'COMPLETED', completedAt: new Date(), acceptanceNote: input.reason || null },
      });
    },
  };
};

export type DecorationActivities = ReturnType<typeof createDecorationActivities>;
