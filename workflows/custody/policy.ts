import type { Due } from '../core/calendar';

/**
 * Every rule of a unit's custody (MOV-7, seed 004 §1(6), seed 003), as data. A manager saves a new version as
 * the `custody` policy; a custody in force keeps the version it started with.
 */
export interface CustodyPolicy {
  /** Use since the start above these raises an alert (a leak, or someone living there): water m³, electricity kWh. */
  limits: { water: number; electricity: number };
  /** The weekly exterior patrol: how often (ISO 8601 duration, "P7D"). */
  patrolEvery: string;
  /** A patrol task is done within this. */
  patrolWithin: Due;
  /** A heavy-rain patrol (before or after the rain) is done within this. */
  rainPatrolWithin: Due;
  /** Someone looks into a meter alert within this. */
  alertWithin: Due;
  /** How long the level an escalation brings in has before the next one is. */
  escalationFollowUp: Due;
  /** The repair category a problem found on patrol is filed under unless the patrol names one. */
  repairCategory: string;
  /** A custody lasts years: its process continues as new past this many history events (default 5000). */
  historyLimit?: number;
}

export const DEFAULT_CUSTODY_POLICY: CustodyPolicy = {
  limits: { water: 5, electricity: 20 },
  patrolEvery: 'P7D',
  patrolWithin: { after: 'P2D', business: true },
  rainPatrolWithin: { after: 'PT4H' },
  alertWithin: { after: 'PT4H', business: true },
  escalationFollowUp: { after: 'PT4H', business: true },
  repairCategory: 'LEAK',
};

export const custodyWorkflowId = (caseId: number) => `custody-${caseId}`;
export const rainWarningWorkflowId = (warningId: number) => `rain-warning-${warningId}`;

export interface MeterUse {
  water: number;
  electricity: number;
}

/** MOV-7: which meters are over the limits, by the use since the start of the custody. */
export function overLimits(limits: CustodyPolicy['limits'], used: MeterUse): ('water' | 'electricity')[] {
  const over: ('water' | 'electricity')[] = [];
  if (used.water > limits.water) over.push('water');
  if (used.electricity > limits.electricity) over.push('electricity');
  return over;
}
