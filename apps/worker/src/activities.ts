import type { PrismaClient } from '../../../prisma/client';
import type { AppConfig } from '../../common/config';
import type { PdfFont } from '../../common/pdf';
import { createBillingActivities } from '../../../workflows/billing/activities';
import { createComplaintActivities } from '../../../workflows/complaint/activities';
import { createContactFormActivities } from '../../../workflows/contact-form/activities';
import { createCustodyActivities } from '../../../workflows/custody/activities';
import type { Starter } from '../../../workflows/core/starter';
import { createDunningActivities } from '../../../workflows/dunning/activities';
import { createHomeCollectionActivities } from '../../../workflows/home-collection/activities';
import { createMoveInActivities } from '../../../workflows/move-in/activities';
import { createReceptionActivities } from '../../../workflows/reception/activities';
import { createRepairActivities } from '../../../workflows/repair/activities';
import { createDecorationActivities } from '../../../workflows/decoration/activities';
import { createSurveyActivities } from '../../../workflows/survey/activities';
import { createSupervisionActivities } from '../../../workflows/supervision/activities';
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
  /** Starts and signals workflows from activities (billing notices, the arrears sweep). */
  starter: Starter;
  /** The font of generated PDFs (legal referral bundles). */
  pdfFont: PdfFont;
  /** Where the back office answers (the notices of new work link to their task). */
  backOfficeUrl?: string;
}

/** The outbox's channels as configured: SMTP, the SMS provider, the PDF letter printer. */
export function outboxChannels(config: AppConfig): Pick<ActivityDeps, 'mailer' | 'sms' | 'letters' | 'pdfFont' | 'backOfficeUrl'> {
  return {
    backOfficeUrl: config.BACK_OFFICE_URL,
    pdfFont: { path: config.LETTER_FONT_PATH, family: config.LETTER_FONT_FAMILY },
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
    ...createBillingActivities(deps),
    ...createDunningActivities(deps),
    ...createHomeCollectionActivities(deps),
    ...createRepairActivities(deps),
    ...createMoveInActivities(deps),
    ...createCustodyActivities(deps),
    ...createDecorationActivities(deps),
    ...createSurveyActivities(deps),
    ...createReceptionActivities(deps),
    ...createContactFormActivities(deps),
    ...createSupervisionActivities(deps),
  };
}
