import { z } from 'zod';

const bilingual = z.object({ zh: z.string().min(1).max(300), en: z.string().min(1).max(600) });
const due = z.union([
  z.object({ after: z.string().regex(/^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/, 'must be an ISO 8601 duration such as PT1H or P2D'), business: z.boolean().optional() }),
  z.object({ endOfBusinessDay: z.literal(true) }),
  z.object({ endOfDay: z.literal(true) }),
]);
const duration = z.string().regex(/^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/, 'must be an ISO 8601 duration such as P7D');
const money = z.number().min(0).max(1e6);

/** The `decoration` policy (DEC-2..DEC-6): the texts read to the applicant, the deadlines, the fees and the rhythm of supervision. */
export const DECORATION_POLICY_SCHEMA = z.object({
  workingHours: bilingual,
  prohibitions: z.array(bilingual).min(1).max(30),
  approveWithin: due,
  onTheSpotMinutes: z.number().int().min(1).max(24 * 60),
  garbageFee: money,
  deposit: money,
  collectWithin: due,
  inspectEvery: duration,
  inspectWithin: due,
  afterHours: z.union([z.object({ at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM') }), z.object({ every: duration })]),
  afterHoursWithin: due,
  noticeWithin: due,
  permitEndedWithin: due.optional(),
  acceptWithin: due,
  escalationFollowUp: due.optional(),
});
