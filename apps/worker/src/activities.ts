import type { PrismaClient } from '../../../prisma/client';
import type { AppConfig } from '../../common/config';
import { createComplaintActivities } from '../../../workflows/complaint/activities';
import { createCoreActivities } from '../../../workflows/core/activities';
import { createFileLoanActivities } from '../../../workflows/file-loan/activities';
import { createOutboxActivities, type LetterPrinter, type Mailer, type SmsProvider } from '../../../workflows/outbox/activities';
import { createPdfLetterPrinter } from './outbox/letters';
import { createSmtpMailer } from './outbox/mailer';
import { HttpSmsProvider, RecordingSmsProvider } from './outbox/sms';

export interface ActivityDeps {
  prisma: PrismaClient;
  mailer: Mailer;
  sms: SmsProvider;
  letters: LetterPrinter;
}

/** The outbox's channels as configured: SMTP, the SMS provider, the PDF letter printer. */
export function outboxChannels(config: AppConfig): Pick<ActivityDeps, 'mailer' | 'sms' | 'letters'> {
  return {
    mailer: createSmtpMailer(config.SMTP_URL, config.MAIL_FROM),
    sms: config.SMS_PROVIDER === 'http' ? new HttpSmsProvider(config.SMS_HTTP_URL!, config.SMS_HTTP_TOKEN) : new RecordingSmsProvider(),
    letters: createPdfLetterPrinter({ path: config.LETTER_FONT_PATH, family: config.LETTER_FONT_FAMILY }, config.MAIL_FROM),
  };
}

/** Every activity of every process, built once with the worker's dependencies. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createCoreActivities(deps),
    ...createOutboxActivities(deps),
    ...createFileLoanActivities(deps),
    ...createComplaintActivities(deps),
  };
}
