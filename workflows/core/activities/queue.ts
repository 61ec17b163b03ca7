import { ApplicationFailure } from '@temporalio/activity';
import type { Channel, PrismaClient } from '../../../prisma/client';
import { renderTemplate } from '../../outbox/templates';

/** Renders a template for its recipient, in the recipient's language, and files it in the outbox once. */
export const createQueue = (prisma: PrismaClient) =>
  async function queue(input: QueueInput): Promise<number> {
    const found = await prisma.message.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (found) return found.id;
    const recipient = await resolveRecipient(prisma, input.channel, input.to);
    const rendered = renderTemplate(input.template, input.channel, recipient.language, { ...input.params, name: recipient.name });
    const pdf = input.channel === 'EMAIL' && input.attachPdf ? await attachedPdf(prisma, input.attachPdf) : null;
    return prisma.$transaction(async (tx) => {
      const message = await tx.message.create({
        data: {
          idempotencyKey: input.idempotencyKey,
          caseId: input.caseId,
          householdId: 'householdId' in input.to ? input.to.householdId : null,
          staffId: 'staffId' in input.to ? input.to.staffId : null,
          channel: input.channel,
          recipient: recipient.address ?? '',
          recipientName: recipient.name,
          template: input.template,
          language: recipient.language,
          subject: rendered.subject,
          body: rendered.body,
          ...(pdf ? { pdf } : {}),
          ...(recipient.address ? {} : { status: 'FAILED', failedAt: new Date(), lastError: recipient.missing }),
        },
      });
      if (input.caseId) {
        await tx.timelineEntry.createMany({
          skipDuplicates: true,
          data: {
            caseId: input.caseId,
            key: input.timelineKey,
            type: 'MESSAGE_QUEUED',
            messageId: message.id,
            data: { channel: input.channel, template: input.template, recipientName: recipient.name, status: message.status },
          },
        });
      }
      return message.id;
    });
  };

export interface QueueInput {
  caseId: number | null;
  idempotencyKey: string;
  channel: Channel;
  to: { householdId: number } | { staffId: number };
  template: string;
  params: Record<string, string | number>;
  timelineKey: string;
  /** An e-mail's PDF attachment: a document the system keeps (the weekly summary), copied onto the message. */
  attachPdf?: { unfinishedSummaryId: number };
}

async function attachedPdf(prisma: PrismaClient, of: NonNullable<QueueInput['attachPdf']>): Promise<Uint8Array<ArrayBuffer>> {
  const summary = await prisma.unfinishedSummary.findUnique({ where: { id: of.unfinishedSummaryId }, select: { pdf: true } });
  if (!summary) throw ApplicationFailure.nonRetryable(`Unfinished summary ${of.unfinishedSummaryId} does not exist`);
  return new Uint8Array(summary.pdf);
}

interface Recipient {
  name: string;
  language: 'zh' | 'en';
  address: string | null;
  missing?: string;
}

/** Where a message to a household goes on a channel: its e-mail, its phone, or its postal address. */
export function householdAddress(
  household: { email: string | null; phone: string; unit: { number: string; building: { name: string; estate: { name: string; address: string } } } },
  channel: Channel,
): string | null {
  const { unit } = household;
  if (channel === 'EMAIL') return household.email;
  if (channel === 'SMS') return household.phone;
  return `${unit.building.estate.address} ${unit.building.estate.name} ${unit.building.name} ${unit.number}`;
}

async function resolveRecipient(prisma: PrismaClient, channel: Channel, to: QueueInput['to']): Promise<Recipient> {
  if ('staffId' in to) {
    const staff = await prisma.staff.findUnique({ where: { id: to.staffId } });
    if (!staff) throw ApplicationFailure.nonRetryable(`Staff member ${to.staffId} does not exist`);
    const address = channel === 'EMAIL' ? staff.email : channel === 'SMS' ? staff.phone : null;
    return { name: staff.displayName, language: staff.language, address, missing: `${staff.displayName} has no ${channel === 'EMAIL' ? 'e-mail address' : 'phone number'}` };
  }
  const household = await prisma.household.findUnique({
    where: { id: to.householdId },
    include: { unit: { include: { building: { include: { estate: true } } } } },
  });
  if (!household) throw ApplicationFailure.nonRetryable(`Household ${to.householdId} does not exist`);
  const address = householdAddress(household, channel);
  return { name: household.name, language: household.language, address, missing: `${household.name} has no e-mail address` };
}
