import { defineQuery, defineSignal } from '@temporalio/workflow';

/** A meter reading was recorded during custody, with the use since its start (the process decides on an alert). */
export const readingTaken = defineSignal<[{ readingId: number; used: { water: number; electricity: number } }]>('readingTaken');

/** A supervisor's heavy-rain warning: patrol before the rain, or (phase `after`) once it is over. */
export const patrolForRain = defineSignal<[{ warningId: number; phase: 'before' | 'after'; note: string }]>('patrolForRain');

/** The owner asked to end the custody; the closing readings are recorded as `readingId`. */
export const endCustody = defineSignal<[{ readingId: number; actorId: number }]>('endCustody');

/** The heavy rain is over before its expected end: the patrols after it go out now. */
export const rainOver = defineSignal<[{ actorId: number }]>('rainOver');

export interface CustodyProgress {
  patrolRound: number;
  nextPatrolAt: string;
  open: number;
  ending: boolean;
}
export const custodyProgress = defineQuery<CustodyProgress>('custodyProgress');
