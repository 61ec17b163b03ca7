import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { archiveEn } from '../archive/i18n.en';
import { figuresEn } from '../common/figures/i18n.en';
import { complaintsEn } from '../complaints/i18n.en';
import { feesEn } from '../fees/i18n.en';
import { outboxEn } from '../outbox/i18n.en';
import { receptionEn } from '../reception/i18n.en';
import { repairsEn } from '../repairs/i18n.en';
import { decorationEn } from '../decoration/i18n.en';
import { surveysEn } from '../surveys/i18n.en';
import { gateEn } from '../gate/i18n.en';
import { custodyEn } from '../custody/i18n.en';
import { handoverEn } from '../handover/i18n.en';
import { inspectionsEn } from '../inspections/i18n.en';
import { moveInEn } from '../move-in/i18n.en';
import { settingsEn } from '../settings/i18n.en';
import { supervisionEn } from '../supervision/i18n.en';
import { workEn } from '../work/i18n.en';
import { notesEn } from '../work/cases/i18n.notes.en';
import { myNoticesEn } from '../settings/my-notices/i18n.en';
import { mergeMessages } from './messages';
import { sharedEn } from './shared.en';

/**
 * The app's own messages in English: the shared ones and each area's (`<area>/i18n.en.ts`).
 * `zh.ts` must have exactly the same keys: its type is derived from this object, so a missing
 * Chinese message is a compile error.
 * Field labels follow react-admin's convention `resources.<resource>.fields.<source>`; a source
 * with a dot (an embedded record, e.g. `unit.number`) is written as one quoted key.
 */
export const enApp = mergeMessages(sharedEn, workEn, receptionEn, complaintsEn, repairsEn, decorationEn, surveysEn, gateEn, custodyEn, handoverEn, moveInEn, inspectionsEn, feesEn, archiveEn, outboxEn, settingsEn, supervisionEn, notesEn, myNoticesEn, figuresEn);

const en: TranslationMessages = { ...englishMessages, ...enApp };

export default en;
