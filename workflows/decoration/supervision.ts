import { condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { CaseRuntime, HumanTask } from '../core/case';
import { parseDuration } from '../core/calendar';
import { fail, isManager } from '../core/candidates';
import type { Actor, Bilingual, Escalation, TaskOutcome } from '../core/types';
import type { DecorationActivities } from './activities';
import { NOTICE_FORM, PERMIT_ENDED_FORM, SUPERVISION_FORM } from './forms';
import { decorationState, fileAuthorityApproval, finishWorks, liftStop, reportViolation, type DecorationPhase } from './messages';
import { durationMs, nextEvening } from './policy';
import type { DecorationInput } from './workflow';

const acts = proxyActivities<DecorationActivities>({ startToCloseTimeout: '1 minute' });
const t = (zh: string, en: string): Bilingual => ({ zh, en });

export interface Works {
  phase: DecorationPhase;
  waitingForAuthority: boolean;
  stopped: boolean;
  finished: boolean;
  violations: number;
}

/** Who supervises the works: engineering and security, customer service and the managers. */
const SUPERVISORS = ['ENGINEERING', 'SECURITY', 'CS'];
const maySupervise = (actor: Actor) => isManager(actor) || (actor.department !== null && SUPERVISORS.includes(actor.department));
const required = (value: unknown, field: string) => {
  if (typeof value !== 'string' || !value.trim()) fail('Invalid', `${field} is required.`, [{ field, message: 'is required' }]);
};

/**
 * DEC-5 while the works run: the start notices, inspections on the policy's rhythm, security's evening
 * checks, violations that stop the works and a supervisor's lift; and the updates the API sends for them.
 */
export function superviseWorks(kase: CaseRuntime, input: DecorationInput, works: Works, UP: Escalation) {
  const { decorationId, caseId, summary, policy } = input;
  const open: HumanTask[] = [];
  const side: Promise<unknown>[] = [];

  setHandler(decorationState, () => ({ phase: works.phase, waitingForAuthority: works.waitingForAuthority, violations: works.violations }));

  setHandler(
    fileAuthorityApproval,
    async ({ documentId, actor }) => {
      await acts.recordAuthorityApproval({ decorationId, caseId, documentId, actorId: actor.id });
      works.waitingForAuthority = false;
    },
    {
      validator: (_request) => {
        if (!works.waitingForAuthority) fail('Conflict', "This decoration is not waiting for the housing authority's approval.");
      },
    },
  );

  const stop = async (notes: string, attachmentIds: number[], actorId: number) => {
    works.stopped = true;
    works.violations++;
    if (works.phase === 'ACTIVE') works.phase = 'STOPPED';
    await acts.stopWorks({ decorationId, caseId, notes, attachmentIds, actorId, key: kase.nextKey() });
  };

  setHandler(reportViolation, ({ notes, attachmentIds, actor }) => stop(notes, attachmentIds, actor.id), {
    validator: ({ notes, attachmentIds, actor }) => {
      if (!maySupervise(actor)) fail('Forbidden', 'Violations are reported by engineering, security, customer service or a manager.');
      if (works.phase !== 'ACTIVE' && works.phase !== 'STOPPED') fail('Conflict', 'The works are not under way.');
      required(notes, 'notes');
      if (!Array.isArray(attachmentIds) || !attachmentIds.every((id) => Number.isInteger(id) && id > 0)) fail('Invalid', 'attachmentIds must be attachment ids.', [{ field: 'attachmentIds', message: 'must be attachment ids' }]);
    },
  });

  setHandler(
    liftStop,
    async ({ reason, actor }) => {
      await acts.liftStop({ decorationId, caseId, reason, actorId: actor.id });
      works.stopped = false;
      if (works.phase === 'STOPPED') works.phase = 'ACTIVE';
    },
    {
      validator: ({ reason, actor }) => {
        if (!isManager(actor)) fail('Forbidden', 'Only a supervisor lifts a stop of the works.');
        if (!works.stopped) fail('Conflict', 'The works are not stopped.');
        required(reason, 'reason');
      },
    },
  );

  setHandler(
    finishWorks,
    async ({ actor }) => {
      await acts.markFinished({ decorationId, caseId, actorId: actor.id });
      works.finished = true;
    },
    {
      validator: (_request) => {
        if (works.phase !== 'ACTIVE') fail('Conflict', works.phase === 'STOPPED' ? 'The works are stopped: a supervisor lifts the stop first.' : 'The works are not under way.');
      },
    },
  );

  /** A supervision task: a violation it records stops the works. */
  const follow = (task: HumanTask) => {
    open.push(task);
    side.push(
      task.result().then(async (outcome: TaskOutcome) => {
        if (outcome.status !== 'completed') return;
        await acts.recordSupervision({ decorationId, caseId, taskId: task.id, form: outcome.formData, actorId: outcome.completedBy });
        if (outcome.formData.finding === 'VIOLATION' && !works.finished) await stop(String(outcome.formData.notes ?? ''), [], outcome.completedBy);
      }),
    );
  };

  return {
    async run(): Promise<void> {
      for (const [key, department, label] of [
        ['notice-engineering', 'ENGINEERING', t('维修部', 'Engineering')],
        ['notice-security', 'SECURITY', t('安护部', 'Security')],
      ] as const) {
        const notice = await kase.openTask({
          key,
          title: t(`装修开工通知（${label.zh}）：${summary.zh}`, `Decoration works start (${label.en}): ${summary.en}`),
          candidate: { department },
          form: NOTICE_FORM,
          notifyOnOpen: ['EMAIL'],
          deadlines: [{ key: 'notice', label: t('知悉开工', 'Start noted'), due: policy.noticeWithin, escalate: UP }],
        });
        open.push(notice);
      }
      const every = durationMs(parseDuration(policy.inspectEvery));
      const evening = 'at' in policy.afterHours ? null : durationMs(parseDuration(policy.afterHours.every));
      const end = Date.parse(input.worksTo);
      const nextCheck = (now: number) => ('at' in policy.afterHours ? nextEvening(now, policy.afterHours.at) : now + evening!);
      let inspectAt = Date.now() + every;
      let checkAt = nextCheck(Date.now());
      let inspections = 0;
      let checks = 0;
      for (;;) {
        const due = Math.min(inspectAt, checkAt);
        const over = () => works.finished || kase.closed;
        if (due >= end) {
          // The permit's last day is over and the works are not reported finished: the desk follows it up (the
          // passes have expired with the permit). Cases started before this wait on without it.
          if (patched('decoration-permit-ended')) {
            if (Date.now() < end) await condition(over, Math.max(end - Date.now(), 1));
            if (!over()) {
              open.push(await kase.openTask({
                key: 'permit-ended',
                title: t(`装修许可证已到期，未报完工：${summary.zh}`, `The decoration permit has ended and the works are not reported finished: ${summary.en}`),
                candidate: { role: 'RECEPTION' },
                form: PERMIT_ENDED_FORM,
                deadlines: [{ key: 'permit-ended', label: t('跟进到期许可证', 'Follow up the ended permit'), due: policy.permitEndedWithin ?? { endOfBusinessDay: true }, escalate: UP }],
              }));
            }
          }
          await condition(over);
        } else if (await condition(over, Math.max(due - Date.now(), 1))) break;
        if (over()) break;
        const now = Date.now();
        if (now >= inspectAt && !works.stopped) {
          inspections++;
          follow(await kase.openTask({
            key: `inspection-${inspections}`,
            title: t(`装修巡查（第 ${inspections} 次）：${summary.zh}`, `Inspect the works (${inspections}): ${summary.en}`),
            candidate: { department: 'ENGINEERING' },
            form: SUPERVISION_FORM,
            deadlines: [{ key: 'inspection', label: t('巡查', 'Inspection'), due: policy.inspectWithin, escalate: UP }],
          }));
        }
        if (now >= inspectAt) inspectAt = now + every;
        if (now >= checkAt) {
          checks++;
          follow(await kase.openTask({
            key: `after-hours-${checks}`,
            title: t(`下班后及夜间装修巡查（第 ${checks} 次）：${summary.zh}`, `After-hours check of the works (${checks}): ${summary.en}`),
            candidate: { department: 'SECURITY' },
            form: SUPERVISION_FORM,
            deadlines: [{ key: 'after-hours', label: t('夜间巡查', 'After-hours check'), due: policy.afterHoursWithin, escalate: UP }],
          }));
          checkAt = nextCheck(now);
        }
      }
      for (const task of open) if (task.isOpen) await task.cancel(kase.closed ? 'case closed' : 'works finished');
      await Promise.all(side);
    },
  };
}
