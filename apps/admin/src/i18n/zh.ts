import type { TranslationMessages } from 'react-admin';
import { archiveZh } from '../archive/i18n.zh';
import { figuresZh } from '../common/figures/i18n.zh';
import { complaintsZh } from '../complaints/i18n.zh';
import { feesZh } from '../fees/i18n.zh';
import { outboxZh } from '../outbox/i18n.zh';
import { receptionZh } from '../reception/i18n.zh';
import { repairsZh } from '../repairs/i18n.zh';
import { decorationZh } from '../decoration/i18n.zh';
import { surveysZh } from '../surveys/i18n.zh';
import { gateZh } from '../gate/i18n.zh';
import { custodyZh } from '../custody/i18n.zh';
import { handoverZh } from '../handover/i18n.zh';
import { inspectionsZh } from '../inspections/i18n.zh';
import { moveInZh } from '../move-in/i18n.zh';
import { settingsZh } from '../settings/i18n.zh';
import { supervisionZh } from '../supervision/i18n.zh';
import { workZh } from '../work/i18n.zh';
import { notesZh } from '../work/cases/i18n.notes.zh';
import { myNoticesZh } from '../settings/my-notices/i18n.zh';
import type { enApp } from './en';
import { mergeMessages, type Shape } from './messages';
import { zhReactAdmin } from './ra.zh';
import { sharedZh } from './shared.zh';

/** The app's own messages in Simplified Chinese: the same areas, and so the same keys, as `en.ts`. */
const zhApp: Shape<typeof enApp> = mergeMessages(sharedZh, workZh, receptionZh, complaintsZh, repairsZh, decorationZh, surveysZh, gateZh, custodyZh, handoverZh, moveInZh, inspectionsZh, feesZh, archiveZh, outboxZh, settingsZh, supervisionZh, notesZh, myNoticesZh, figuresZh);

const zh: TranslationMessages = { ...zhReactAdmin, ...zhApp };

export default zh;
