import { Channel, Prisma } from '../../../../prisma/client';
import { renderTemplate } from '../../../../workflows/outbox/templates';
import { DEFAULT_CHECKLISTS_POLICY, type ChecklistsPolicy } from '../checklists/policy';
import { loadPolicy } from '../../../../workflows/core/activities/policy-data';
import type { PrismaService } from '../database/prisma.service';

/** The documents an owner brings to the move-in: the move-in checklist of the policy in force (MOV-1). */
export async function documentsToBring(prisma: PrismaService): Promise<string> {
  const { data } = await loadPolicy<ChecklistsPolicy>(prisma, 'checklists', DEFAULT_CHECKLISTS_POLICY);
  const items = data['move-in']?.OWNER ?? DEFAULT_CHECKLISTS_POLICY['move-in'].OWNER ?? [];
  return items.map((i) => i.label.zh).join('、');
}

export interface NoticeTarget {
  id: number;
  buyerName: string;
  phone: string;
  unit: { number: string; building: { name: string; estate: { name: string; address: string } } };
}

const unitName = (n: NoticeTarget) => `${n.unit.building.estate.name} ${n.unit.building.name} ${n.unit.number}`;

/**
 * Files a message to a buyer in the outbox (the buyer is not a household yet: the message carries the phone or
 * the postal address itself), once per key. Returns its id; its delivery is started after the transaction.
 */
export async function queueToBuyer(
  tx: Prisma.TransactionClient,
  notice: NoticeTarget,
  channel: Channel,
  template: string,
  key: string,
  params: Record<string, string>,
): Promise<number> {
  const idempotencyKey = `handover-notice-${notice.id}:${key}`;
  const found = await tx.message.findUnique({ where: { idempotencyKey }, select: { id: true } });
  if (found) return found.id;
  const rendered = renderTemplate(template, channel, 'zh', { ...params, unit: unitName(notice), name: notice.buyerName });
  const { estate } = notice.unit.building;
  const message = await tx.message.create({
    data: {
      idempotencyKey,
      channel,
      recipient: channel === 'SMS' ? notice.phone : `${estate.address} ${estate.name} ${notice.unit.building.name} ${notice.unit.number}`,
      recipientName: notice.buyerName,
      template,
      language: 'zh',
      subject: rendered.subject,
      body: rendered.body,
    },
  });
  return message.id;
}
