import nodemailer from 'nodemailer';
import type { Mailer } from '../../../../workflows/outbox/activities';

/** E-mail over SMTP with nodemailer. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, text, messageId, attachments }) {
      const info = await transport.sendMail({ from, to, subject, text, messageId, attachments });
      return info.messageId;
    },
  };
}
