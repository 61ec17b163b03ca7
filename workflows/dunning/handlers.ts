import { setHandler } from '@temporalio/workflow';
import { MANAGER_ROLES, type StaffRole } from '../core/types';
import {
  agreeInstalments,
  arrearsChanged,
  holdForDispute,
  holdLadder,
  recordReason,
  releaseLadder,
  skipStep,
  waiveArrears,
  type Instalment,
} from './messages';
import { remote, type Ladder } from './ladder';
import { CST, fail, iso, ms, NEXT_STEP } from './state';

const AGREEMENT_ROLES: StaffRole[] = ['CASHIER', 'INTERNAL_CLERK', ...MANAGER_ROLES];

/**
 * The ladder's signal and updates: a payment to look at, and what staff ask for (a reason on file, an
 * instalment agreement, a hold for a dispute or by a manager, a release, a skip, a waiver).
 */
export function registerHandlers(l: Ladder): void {
  setHandler(arrearsChanged, (change) => {
    l.payments.push(change ?? {});
  });
  setHandler(
    recordReason,
    async ({ reason, actor }) => {
      await l.event('REASON_RECORDED', { reason }, { reason: reason.trim() }, actor);
    },
    {
      validator: ({ reason }) => {
        l.requireOpen();
        if (typeof reason !== 'string' || !reason.trim()) fail('Invalid', 'A reason is required.', 'reason');
      },
    },
  );
  setHandler(
    agreeInstalments,
    async ({ instalments, note, actor }) => {
      const st = l.state();
      st.agreement = { instalments, madeAt: Date.now(), next: 0 };
      st.pause = { reason: 'agreement' };
      l.changes++;
      await l.event('AGREEMENT_MADE', { instalments, note }, { status: l.status(), pauseReason: 'agreement', pausedUntil: null, agreement: { instalments, note, madeAt: iso(st.agreement.madeAt) } }, actor);
    },
    {
      validator: ({ instalments, actor }) => {
        l.requireOpen();
        if (!AGREEMENT_ROLES.includes(actor.role)) fail('Forbidden', 'Only a cashier, the internal clerk or a manager may agree instalments.');
        if (!Array.isArray(instalments) || !instalments.length || instalments.length > 36) {
          fail('Invalid', 'Give between 1 and 36 instalments.', 'instalments');
        }
        const today = iso(Date.now() + CST).slice(0, 10);
        let last = '';
        instalments.forEach((i: Instalment, n: number) => {
          if (typeof i?.dueDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(i.dueDate) || Number.isNaN(Date.parse(i.dueDate))) {
            fail('Invalid', 'must be a date (YYYY-MM-DD)', `instalments.${n}.dueDate`);
          }
          if (i.dueDate < today) fail('Invalid', 'must not be in the past', `instalments.${n}.dueDate`);
          if (i.dueDate <= last) fail('Invalid', 'must come after the previous instalment', `instalments.${n}.dueDate`);
          last = i.dueDate;
          if (typeof i.amount !== 'number' || !(i.amount > 0) || Math.abs(i.amount * 100 - Math.round(i.amount * 100)) > 1e-6) {
            fail('Invalid', 'must be a positive amount with at most two decimals', `instalments.${n}.amount`);
          }
        });
      },
    },
  );
  setHandler(
    holdForDispute,
    async ({ complaintId, reason, actor }) => {
      const st = l.state();
      st.hold = { reason, complaintId, checkAt: Date.now() + ms(st.policy.disputeRecheck) };
      l.changes++;
      await l.event('LADDER_HELD', { reason, complaintId }, { status: l.status(), holdComplaintId: complaintId, pauseReason: reason, pausedUntil: null }, actor);
    },
    {
      validator: ({ complaintId, reason }) => {
        l.requireOpen();
        if (!Number.isInteger(complaintId) || complaintId <= 0) fail('Invalid', 'must be the number of a complaint', 'complaintId');
        if (typeof reason !== 'string' || !reason.trim()) fail('Invalid', 'A reason is required.', 'reason');
      },
    },
  );
  setHandler(
    holdLadder,
    async ({ reason, until, actor }) => {
      const st = l.state();
      st.hold = { reason, until: until ? Date.parse(until) : undefined };
      l.changes++;
      await l.event('LADDER_HELD', { reason, until: until ?? null }, { status: l.status(), pauseReason: reason, pausedUntil: until ?? null, holdComplaintId: null }, actor);
    },
    {
      validator: ({ reason, until, actor }) => {
        l.requireManager(actor, reason);
        l.requireOpen();
        if (until !== undefined && (Number.isNaN(Date.parse(until)) || Date.parse(until) <= Date.now())) {
          fail('Invalid', 'must be a date-time in the future', 'until');
        }
      },
    },
  );
  setHandler(
    releaseLadder,
    async ({ reason, actor }) => {
      const st = l.state();
      st.hold = undefined;
      st.pause = undefined;
      st.agreement = undefined;
      l.changes++;
      await l.event('LADDER_RESUMED', { reason: 'released', note: reason }, { status: 'ACTIVE', pauseReason: null, pausedUntil: null, holdComplaintId: null, agreement: null }, actor);
    },
    {
      validator: ({ reason, actor }) => {
        l.requireManager(actor, reason);
        l.requireOpen();
        if (!l.s?.hold && !l.s?.pause) fail('Conflict', 'The ladder is neither held nor paused.');
      },
    },
  );
  setHandler(
    skipStep,
    async ({ reason, actor }) => {
      const st = l.state();
      // A task in hand is withdrawn; otherwise the current wait ends (or the next task is withdrawn as it opens).
      const inHand = l.currentTask?.isOpen ? l.currentTask : undefined;
      if (!inHand) {
        l.skip = true;
        l.changes++;
      }
      await l.event('STEP_SKIPPED', { from: st.step, to: NEXT_STEP[st.phase], reason }, {}, actor);
      if (inHand) await inHand.cancel(reason);
    },
    {
      validator: ({ reason, actor }) => {
        l.requireManager(actor, reason);
        l.requireOpen();
        const st = l.state();
        if (st.phase === 'legal') fail('Conflict', 'A legal referral needs the approval task to be decided; it cannot be skipped.');
        if (st.deferredUntil && st.deferredUntil > Date.now()) {
          fail('Conflict', `Reminders go out in business hours only; this one goes at ${iso(st.deferredUntil)}.`);
        }
        if (l.skip) fail('Conflict', 'A skip is already under way.');
      },
    },
  );
  setHandler(
    waiveArrears,
    async ({ reason, actor }) => {
      const st = l.state();
      l.stopRequested = 'waived';
      await remote.waive({ ladderId: st.ladderId, caseId: st.caseId, householdId: l.householdId, reason, actorId: actor.id, key: l.key() });
    },
    { validator: ({ reason, actor }) => (l.requireManager(actor, reason), l.requireOpen()) },
  );
}
