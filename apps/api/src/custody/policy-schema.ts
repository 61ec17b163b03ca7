import { z } from 'zod';

const duration = z.string().regex(/^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/, 'must be an ISO 8601 duration such as PT1H or P7D');
const due = z.union([z.object({ after: duration, business: z.boolean().optional() }), z.object({ endOfBusinessDay: z.literal(true) }), z.object({ endOfDay: z.literal(true) })]);

/** The `custody` policy (MOV-7): the meters' limits, the patrols' rhythm and deadlines. */
export const CUSTODY_POLICY_SCHEMA = z.object({
  limits: z.object({ water: z.number().min(0).max(100_000), electricity: z.number().min(0).max(100_000) }),
  patrolEvery: duration,
  patrolWithin: due,
  rainPatrolWithin: due,
  alertWithin: due,
  escalationFollowUp: due,
  repairCategory: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'must be a repair category code such as LEAK'),
  historyLimit: z.number().int().min(20).max(50_000).optional(),
});
