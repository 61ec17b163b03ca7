import type { PrismaClient } from '../../prisma/client';
import { loadPolicy } from '../core/activities/policy-data';
import { DEFAULT_LETTERHEAD, letterReference, type Letterhead } from './letterhead';

/** Where messages leave the building. Real implementations live in apps/worker/src/outbox. */
export interface Mailer {
  send(mail: { to: string; subject: string; text: string; messageId: string; attachments?: MailAttachment[] }): Promise<string>;
}

/** A file that travels with an e-mail (the weekly summary's PDF). */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface SmsProvider {
  send(sms: { to: string; body: string; idempotencyKey: string }): Promise<string>;
}

export interface LetterPrinter {
  render(letter: {
    recipientName: string;
    address: string;
    subject: string | null;
    body: string;
    reference: string;
    date: Date;
    /** Who the letter comes from (the `letterhead` policy in force; its default otherwise). */
    letterhead?: Letterhead;
    language?: 'zh' | 'en';
  }): Promise<Buffer>;
}

export interface OutboxDeps {
  prisma: PrismaClient;
  mailer: Mailer;
  sms: SmsProvider;
  letters: LetterPrinter;
}

/**
 * Delivery of one outbox message. Idempotent: a message already sent is never sent again, and the
 * e-mail Message-ID / SMS idempotency key is the message's own key, so a receiver can drop duplicates.
 */
export const createOutboxActivities = ({ prisma, mailer, sms, letters }: OutboxDeps) => ({
  async deliverMessage(messageId: number): Promise<void> {
    const message = await prisma.message.findUniqueOrThrow({ where: { id: messageId } });
    if (message.status === 'SENT' || message.status === 'DELIVERED') return;
    await prisma.message.update({ where: { id: messageId }, data: { attempts: { increment: 1 } } });
    try {
      let providerId: string;
      let pdf: Buffer | undefined;
      if (message.channel === 'EMAIL') {
        providerId = await mailer.send({
          to: message.recipient,
          subject: message.subject ?? '',
          text: message.body,
          messageId: `<${message.idempotencyKey.replace(/[^\w.-]/g, '.')}@estate-desk>`,
          attachments: message.pdf ? [{ filename: pdfName(message.subject), content: Buffer.from(message.pdf), contentType: 'application/pdf' }] : undefined,
        });
      } else if (message.channel === 'SMS') {
        providerId = await sms.send({ to: message.recipient, body: message.body, idempotencyKey: message.idempotencyKey });
      } else {
        const letterhead = await loadPolicy(prisma, 'letterhead', DEFAULT_LETTERHEAD);
        pdf = await letters.render({
          recipientName: message.recipientName ?? '',
          address: message.recipient,
          subject: message.subject,
          body: message.body,
          reference: letterReference(message.template, message.id, message.createdAt),
          date: message.createdAt,
          letterhead: letterhead.data,
          language: message.language,
        });
        providerId = `letter-${message.id}`;
      }
      await prisma.$transaction(async (tx) => {
        await tx.message.update({
          where: { id: messageId },
          data: { status: 'SENT', sentAt: new Date(), providerId, lastError: null, ...(pdf ? { pdf: new Uint8Array(pdf) } : {}) },
        });
        if (message.caseId) {
          await tx.timelineEntry.upsert({
            where: { key: `message:${messageId}:sent` },
            update: {},
            create: {
              key: `message:${messageId}:sent`,
              caseId: message.caseId,
              type: 'MESSAGE_SENT',
              messageId,
              data: { channel: message.channel, recipientName: message.recipientName, template: message.template },
            },
          });
        }
      });
    } catch (error) {
      await prisma.message.update({ where: { id: messageId }, data: { lastError: (error as Error).message.slice(0, 1000) } });
      throw error;
    }
  },

  /** After the last attempt: the message is FAILED, visible in the outbox for staff to retry. */
  async markMessageFailed(messageId: number, error: string): Promise<void> {
    const message = await prisma.message.update({
      where: { id: messageId },
      data: { status: 'FAILED', failedAt: new Date(), lastError: error.slice(0, 1000) },
    });
    if (message.caseId) {
      const key = `message:${messageId}:failed:${message.attempts}`;
      await prisma.timelineEntry.upsert({
        where: { key },
        update: {},
        create: { key, caseId: message.caseId, type: 'MESSAGE_FAILED', messageId, data: { channel: message.channel, error: message.lastError } },
      });
    }
  },
});

export type OutboxActivities = ReturnType<typeof createOutboxActivities>;

/** The file name of an e-mail's PDF: its subject, without what a file name cannot hold. */
export function pdfName(subject: string | null): string {
  const name = (subject ?? '').replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim();
  return `${name || 'document'}.pdf`;
}
