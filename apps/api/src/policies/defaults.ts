import { DEFAULT_FEE_POLICY } from '../../../../workflows/billing/policy';
import { DEFAULT_COMPLAINT_POLICY } from '../../../../workflows/complaint/policy';
import { DEFAULT_CONTACT_FORM_POLICY } from '../../../../workflows/contact-form/policy';
import { DEFAULT_CALENDAR } from '../../../../workflows/core/calendar';
import { DEFAULT_CUSTODY_POLICY } from '../../../../workflows/custody/policy';
import { DEFAULT_DECORATION_POLICY } from '../../../../workflows/decoration/policy';
import { DEFAULT_DUNNING_POLICY } from '../../../../workflows/dunning/policy';
import { DEFAULT_MOVE_IN_POLICY } from '../../../../workflows/move-in/policy';
import { DEFAULT_LETTERHEAD } from '../../../../workflows/outbox/letterhead';
import { DEFAULT_RECEPTION_POLICY } from '../../../../workflows/reception/policy';
import { DEFAULT_REPAIR_POLICY } from '../../../../workflows/repair/policy';
import { DEFAULT_SUPERVISION_POLICY } from '../../../../workflows/supervision/policy';
import { DEFAULT_SURVEY_POLICY } from '../../../../workflows/survey/policy';
import { DEFAULT_QUICK_REPLIES } from '../cases/quick-replies-policy';
import { DEFAULT_CHECKLISTS_POLICY } from '../checklists/policy';
import { DEFAULT_GATE_POLICY } from '../gate/policy';
import { DEFAULT_INSPECTION_TEMPLATES } from '../inspections/templates';

const { utcOffsetMinutes, workdays, workStart, workEnd } = DEFAULT_CALENDAR;

/**
 * What each policy is before a manager saves a version of it (version 0): the processes' own defaults. The
 * version in force is the latest saved one over these (`loadPolicy`). Holidays are calendar days, not policy.
 */
export const POLICY_DEFAULTS: Record<string, object> = {
  calendar: { utcOffsetMinutes, workdays, workStart, workEnd },
  complaint: DEFAULT_COMPLAINT_POLICY,
  repair: DEFAULT_REPAIR_POLICY,
  reception: DEFAULT_RECEPTION_POLICY,
  'contact-form': DEFAULT_CONTACT_FORM_POLICY,
  supervision: DEFAULT_SUPERVISION_POLICY,
  fee: DEFAULT_FEE_POLICY,
  dunning: DEFAULT_DUNNING_POLICY,
  'move-in': DEFAULT_MOVE_IN_POLICY,
  custody: DEFAULT_CUSTODY_POLICY,
  decoration: DEFAULT_DECORATION_POLICY,
  checklists: DEFAULT_CHECKLISTS_POLICY,
  'inspection-templates': DEFAULT_INSPECTION_TEMPLATES,
  gate: DEFAULT_GATE_POLICY,
  'quick-replies': DEFAULT_QUICK_REPLIES,
  survey: DEFAULT_SURVEY_POLICY,
  letterhead: DEFAULT_LETTERHEAD,
};
