import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { Prisma, type PrismaClient } from '../../../prisma/client';
import { missingItems } from '../../../apps/api/src/checklists/checklists';
import { allDefectsSignedOff, defectsOf, openDefectRepairs } from '../../../apps/api/src/inspections/defects';
import { getInspection, openInspection, unfinished } from '../../../apps/api/src/inspections/inspections';
import { inspectionReportPdf } from '../../../apps/api/src/inspections/report';
import { MOVE_IN_TEMPLATE_CODE } from '../../../apps/api/src/inspections/templates';
import { localToday, money } from '../../../apps/common/ledger';
import { billOneOff, collectOneOff } from '../../../apps/common/one-off-charge';
import { RepairRefused } from '../../repair/activities/open';
import type { PdfFont } from '../../../apps/common/pdf';
import { loadPolicyVersion } from '../../core/activities/policy-data';
import { appendTimeline } from '../../core/activities/timeline';
import type { Starter } from '../../core/starter';
import type { Bilingual } from '../../core/types';
import { DEFAULT_MOVE_IN_POLICY, moveInFeeReference, type MoveInPolicy, type MoveInStep } from '../policy';

export interface MoveInActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
  pdfFont: PdfFont;
}

const t = (zh: string, en: string): Bilingual => ({ zh, en });

/**
 * The move-in's record follows its process (MOV-1..MOV-6, MOV-8). Each write sets values or is keyed by the
 * move-in, so a retried activity changes nothing twice.
 */
export const createMoveInActivities = ({ prisma, starter, pdfFont }: MoveInActivityDeps) => {
  const moveIn = (id: number) => prisma.moveIn.findUniqueOrThrow({ where: { id }, include: { household: { include: { unit: true } }, case: { select: { policyVersion: true } } } });
  const policyOf = async (m: Awaited<ReturnType<typeof moveIn>>) => loadPolicyVersion<MoveInPolicy>(prisma, 'move-in', m.case?.policyVersion ?? 0, DEFAULT_MOVE_IN_POLICY);
  const timeline = (caseId: number, key: string, type: string, data: Record<string, unknown>, actorId?: number | null) =>
    appendTimeline(prisma, { caseId, key: `move-in:${caseId}:${key}`, type, data: data as Prisma.InputJsonValue, actorId: actorId ?? null });

  return {
    /** What a step still lacks in the record (none: the step is done). */
    async stepMissing(input: { moveInId: number; step: MoveInStep }): Promise<Bilingual[]> {
      const m = await moveIn(input.moveInId);
      switch (input.step) {
        case 'documents':
          return (await missingItems(prisma, m.checklistId)).map((i) => t(i.labelZh, i.labelEn));
        case 'registration': {
          if (!m.registeredAt) return [t('住户登记表', 'the registration form')];
          const signed = (m.agreements ?? []) as string[];
          return (await policyOf(m)).agreements.filter((a) => !signed.includes(a.code)).map((a) => a.label);
        }
        case 'issue':
          return m.issuedAt ? [] : [t('钥匙等物品的签收', "the resident's receipt of the keys and handbook")];
        case 'inspection': {
          if (!m.inspectionId) return [t('验房', 'the inspection')];
          const inspection = await getInspection(prisma, m.inspectionId);
          if (inspection.status === 'CONFIRMED') return [];
          const todo = unfinished(inspection);
          return [
            ...(todo.items.length ? [t(`${todo.items.length} 项未检`, `${todo.items.length} items not checked`)] : []),
            ...(todo.meters ? [t('水电气表读数', 'the meter readings')] : []),
            t('双方确认', "both parties' confirmation"),
          ];
        }
        case 'recheck': {
          const defects = m.inspectionId ? await defectsOf(prisma, m.inspectionId) : [];
          return defects.filter((d) => !d.signedOffAt && !d.repairOrder?.completedAt).map((d) => t(`${d.roomZh}${d.labelZh}（${d.repairOrder?.serial ?? ''} 未完工）`, `${d.roomEn} ${d.labelEn} (${d.repairOrder?.serial ?? ''} has no work recorded)`));
        }
      }
    },

    async setStage(input: { moveInId: number; stage: 'IN_PROGRESS' | 'WAITING_FOR_DEFECTS' | 'DONE'; closed?: boolean }): Promise<void> {
      const now = new Date();
      // A booked move-in is in progress once the owner is at the desk; one opened at the desk already is.
      if (input.stage === 'IN_PROGRESS') return void (await prisma.moveIn.updateMany({ where: { id: input.moveInId, stage: 'BOOKED' }, data: { stage: 'IN_PROGRESS', startedAt: now } }));
      await prisma.moveIn.update({ where: { id: input.moveInId }, data: { stage: input.stage, ...(input.stage === 'DONE' ? { doneAt: now } : {}) } });
    },

    /** MOV-4: the property fee due at move-in (months × the PROPERTY item's rate × the unit's area), billed once. */
    async billFee(input: { moveInId: number }): Promise<string> {
      const m = await moveIn(input.moveInId);
      const policy = await policyOf(m);
      const item = await prisma.chargeItem.findUnique({ where: { code: 'PROPERTY' } });
      const rate = item?.active ? Number(item.rate) : policy.feeRatePerSqm;
      const amount = money(rate * Number(m.household.unit.areaSqm) * policy.feeMonths);
      const reference = moveInFeeReference(new Date(m.createdAt.getTime() + 8 * 3600_000).getUTCFullYear(), m.id);
      const bill = await billOneOff(prisma, {
        householdId: m.householdId,
        reference,
        item: { code: 'MOVE_IN_FEE', nameZh: `入住物业费 ${policy.feeMonths} 个月`, nameEn: `Property fee at move-in, ${policy.feeMonths} months` },
        amount,
        dueDate: localToday(),
      });
      await prisma.moveIn.update({ where: { id: m.id }, data: { feeBillId: bill.id } });
      return bill.number;
    },

    /** MOV-4: the cashier collects it through the ledger, with a numbered receipt. */
    async collectFee(input: { moveInId: number; caseId: number; method: string; collectorId: number; note: string | null }): Promise<string> {
      const m = await moveIn(input.moveInId);
      const bill = await prisma.bill.findUniqueOrThrow({ where: { id: m.feeBillId! } });
      const line = await prisma.billLine.findFirstOrThrow({ where: { billId: bill.id } });
      const method = input.method === 'CARD' || input.method === 'TRANSFER' ? input.method : 'CASH';
      const { payment, ladderWorkflowId } = await collectOneOff(
        prisma,
        { householdId: m.householdId, reference: bill.period, item: { code: line.code, nameZh: line.nameZh, nameEn: line.nameEn }, amount: money(bill.amount) },
        { method, channel: 'COUNTER', collectorId: input.collectorId, caseId: input.caseId, note: input.note, reference: bill.number, idempotencyKey: `move-in:${m.id}` },
      );
      await prisma.moveIn.update({ where: { id: m.id }, data: { feeReceipt: payment.receiptNumber } });
      await timeline(input.caseId, 'payment', 'PAYMENT_RECEIVED', { paymentId: payment.id, receiptNumber: payment.receiptNumber, amount: money(payment.amount) }, input.collectorId);
      if (ladderWorkflowId) await starter.signal(ladderWorkflowId, 'arrearsChanged', { paymentId: payment.id, receiptNumber: payment.receiptNumber, amount: money(payment.amount) });
      return payment.receiptNumber;
    },

    /** MOV-5: the inspection (core) from the move-in template, on the move-in's case. */
    async openInspection(input: { moveInId: number; caseId: number }): Promise<number> {
      const m = await moveIn(input.moveInId);
      if (m.inspectionId) return m.inspectionId;
      const inspection = await openInspection(prisma, { template: MOVE_IN_TEMPLATE_CODE, caseId: input.caseId, householdId: m.householdId, requestId: `move-in-${m.id}-inspection` });
      await prisma.moveIn.update({ where: { id: m.id }, data: { inspectionId: inspection.id } });
      return inspection.id;
    },

    /** MOV-6: each defect a free repair order (the repair process's start API); how many defects there are. */
    async openDefectRepairs(input: { moveInId: number; caseId: number }): Promise<number> {
      const m = await moveIn(input.moveInId);
      if (!m.inspectionId) return 0;
      // The board shows the move-in waiting for its defects from the moment their repair orders are opened, never after.
      if ((await defectsOf(prisma, m.inspectionId)).length) {
        await prisma.moveIn.updateMany({ where: { id: m.id, stage: 'IN_PROGRESS' }, data: { stage: 'WAITING_FOR_DEFECTS' } });
      }
      try {
        await openDefectRepairs(prisma, (type, id, args) => starter.start(type, id, args), starter.delivery, m.inspectionId, {
          reporterName: m.household.name,
          phone: m.household.phone,
          source: { process: 'move-in', caseId: input.caseId },
        });
      } catch (error) {
        if (error instanceof RepairRefused) throw ApplicationFailure.nonRetryable(`${error.field}: ${error.message}`, 'RepairRefused');
        throw error;
      }
      return (await defectsOf(prisma, m.inspectionId)).length;
    },

    /** MOV-6: the defects the owner has not signed off yet. */
    async defectsLeft(input: { moveInId: number }): Promise<number> {
      const m = await moveIn(input.moveInId);
      if (!m.inspectionId || (await allDefectsSignedOff(prisma, m.inspectionId))) return 0;
      return (await defectsOf(prisma, m.inspectionId)).filter((d) => !d.signedOffAt).length;
    },

    async finish(input: { moveInId: number }): Promise<void> {
      await prisma.moveIn.updateMany({ where: { id: input.moveInId, doneAt: null }, data: { stage: 'DONE', doneAt: new Date() } });
    },

    /** MOV-8: the inspection report filed on the household's file (after the walk, and with every sign-off at the end). */
    async fileReport(input: { moveInId: number; final: boolean }): Promise<number | null> {
      const m = await moveIn(input.moveInId);
      if (!m.inspectionId) return null;
      const requestId = `move-in-${m.id}-report-${input.final ? 'final' : 'walk'}`;
      const filed = await prisma.document.findUnique({ where: { requestId }, select: { id: true } });
      if (filed) return filed.id;
      const pdf = await inspectionReportPdf(prisma, pdfFont, m.inspectionId);
      const title = input.final ? '入住验房报告（缺陷复验签收） Move-in inspection report, defects signed off' : '入住验房报告 Move-in inspection report';
      const doc = await prisma.document.create({
        data: { householdId: m.householdId, kind: 'OTHER', title, fileName: `move-in-${m.id}-inspection${input.final ? '-signed-off' : ''}.pdf`, mimeType: 'application/pdf', sizeBytes: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex'), content: new Uint8Array(pdf), requestId },
      });
      return doc.id;
    },
  };
};

export type MoveInActivities = ReturnType<typeof createMoveInActivities>;
