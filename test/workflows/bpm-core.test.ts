import type { CoreDemoPolicy } from '../support/core-demo.workflow';
import { startCoreDemo } from '../support/core-demo';
import type { PrismaClient } from '../../prisma/client';
import {
  eventually,
  http,
  login,
  seedTestStaff,
  startApi,
  startWorker,
  temporalClient,
  testPrisma,
  unique,
  type RunningApi,
  type RunningWorker,
} from '../harness';
import { recordHistory } from '../harness/histories';
import { startSmtpServer, type TestSmtp } from '../harness/smtp';

const FORM = [
  { name: 'answer', type: 'textarea' as const, label: { zh: '答复', en: 'Answer' }, required: true },
  { name: 'satisfied', type: 'boolean' as const, label: { zh: '满意', en: 'Satisfied' } },
];

const review = (deadlines: CoreDemoPolicy['task']['deadlines'], role: 'CS_SUPERVISOR' | 'RECEPTION' = 'CS_SUPERVISOR'): CoreDemoPolicy['task'] => ({
  key: 'review',
  title: { zh: '审核投诉', en: 'Review the complaint' },
  candidate: { role },
  form: FORM,
  deadlines,
});

/** The BPM core on the real Temporal dev server, PostgreSQL and SMTP, through the API, with a test-only process. */
describe('BPM core: tasks, deadlines, escalation, overrides, timeline, outbox', () => {
  let prisma: PrismaClient;
  let smtp: TestSmtp;
  let worker: RunningWorker;
  let api: RunningApi;
  let temporal: Awaited<ReturnType<typeof temporalClient>>;
  let credentials: Record<string, string>;
  let as: Record<'reception' | 'supervisor' | 'director' | 'engineer' | 'supervisor2', ReturnType<typeof http>>;
  let householdId: number;

  beforeAll(async () => {
    prisma = testPrisma();
    credentials = await seedTestStaff(prisma);
    const second = unique('sup').toLowerCase();
    await prisma.staff.create({
      data: { username: second, displayName: '第二主管', role: 'CS_SUPERVISOR', department: 'CS', email: `${second}@estate-desk.local`, passwordHash: (await prisma.staff.findUniqueOrThrow({ where: { username: 'supervisor' } })).passwordHash },
    });
    smtp = await startSmtpServer();
    worker = await startWorker(prisma, unique('tq'), {}, { SMTP_URL: smtp.url });
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_MAX_ATTEMPTS: '3', DELIVERY_FIRST_RETRY_MS: '200' });
    temporal = await temporalClient();
    as = {
      reception: http(api.url, await login(api.url, 'reception', credentials.reception)),
      supervisor: http(api.url, await login(api.url, 'supervisor', credentials.supervisor)),
      director: http(api.url, await login(api.url, 'director', credentials.director)),
      engineer: http(api.url, await login(api.url, 'engineer', credentials.engineer)),
      supervisor2: http(api.url, await login(api.url, second, credentials.supervisor)),
    };
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '测试路 1 号' } });
    const household = await prisma.household.create({
      data: {
        occupancy: 'OWNER',
        name: '王芳',
        phone: '13800002222',
        email: 'wang.fang@example.com',
        unit: { create: { number: 'Q-0101', floor: 1, areaSqm: 90, building: { create: { estateId: estate.id, code: 'Q', name: 'Q栋', floors: 1 } } } },
      },
    });
    householdId = household.id;
  });

  afterAll(async () => {
    await api.close();
    await worker.stop();
    await smtp.close();
    await temporal.close();
    await prisma.$disconnect();
  });

  async function startDemo(policy: CoreDemoPolicy, title = 'Test case') {
    const kase = await startCoreDemo(api, { policy, householdId, title });
    const task = await eventually(() => prisma.task.findFirst({ where: { caseId: kase.id } }).then((t) => t ?? undefined), 10_000, 'the task to open');
    return { caseId: kase.id, workflowId: kase.workflowId, taskId: task.id };
  }

  const timelineTypes = async (caseId: number) =>
    (await prisma.timelineEntry.findMany({ where: { caseId }, orderBy: { id: 'asc' } })).map((e) => e.type);

  it('a task completed in time: queue, claim, complete, case closed, no escalation', async () => {
    const { caseId, taskId, workflowId } = await startDemo({ task: review([{ due: { after: 'PT60S' }, escalate: { bringIn: { role: 'OFFICE_DIRECTOR' } } }]) });

    const queue = await as.supervisor.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ view: 'queue', caseId }))}`);
    expect(queue.body.map((t: { id: number }) => t.id)).toEqual([taskId]);
    expect(queue.body[0]).toMatchObject({ titleZh: '审核投诉', candidateRole: 'CS_SUPERVISOR', overdue: false, case: { id: caseId } });
    expect((await as.reception.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ view: 'queue', caseId }))}`)).body).toEqual([]);

    const claimed = await as.supervisor.post(`/tasks/${taskId}/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body.assignee.displayName).toMatch(/吴刚/);
    const mine = await as.supervisor.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ view: 'mine', caseId }))}`);
    expect(mine.body.map((t: { id: number }) => t.id)).toEqual([taskId]);

    const done = await as.supervisor.post(`/tasks/${taskId}/complete`, { formData: { answer: '已致电住户，问题已解决。', satisfied: true } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'COMPLETED', formData: { answer: '已致电住户，问题已解决。', satisfied: true } });

    await expect(temporal.client.workflow.getHandle(workflowId).result()).resolves.toBe('completed');
    const kase = await as.supervisor.get(`/cases/${caseId}`);
    expect(kase.body).toMatchObject({ status: 'CLOSED', escalationLevel: 0, closeReason: 'completed' });
    expect(await timelineTypes(caseId)).toEqual(['CASE_OPENED', 'TASK_OPENED', 'TASK_CLAIMED', 'TASK_COMPLETED', 'CASE_CLOSED']);
    const timeline = await as.supervisor.get(`/timeline?filter=${encodeURIComponent(JSON.stringify({ caseId }))}&sort=["id","ASC"]`);
    expect(timeline.body.find((e: { type: string }) => e.type === 'TASK_COMPLETED').actor.displayName).toMatch(/吴刚/);
    // The household's file shows the same timeline.
    const onFile = await as.reception.get(`/timeline?filter=${encodeURIComponent(JSON.stringify({ householdId }))}&range=[0,999]`);
    expect(onFile.body.filter((e: { caseId: number }) => e.caseId === caseId).map((e: { type: string }) => e.type)).toEqual(await timelineTypes(caseId));
    await recordHistory(temporal.client, workflowId, 'core-demo', 'completed-in-time');
  });

  it('a missed deadline brings the next level in without taking the work away, and a follow-up deadline escalates again up to the director', async () => {
    const before = smtp.received.length;
    const { caseId, taskId, workflowId } = await startDemo({
      task: review(
        [{ key: 'answer', label: { zh: '答复', en: 'Answer' }, due: { after: 'PT2S' }, escalate: { bringIn: 'next-in-chain', notify: true, followUp: { after: 'PT3S' } } }],
        'RECEPTION',
      ),
    });
    const atLevel = (level: number) =>
      eventually(
        async () => {
          const t = await prisma.task.findUniqueOrThrow({ where: { id: taskId }, include: { deadlines: { orderBy: { id: 'asc' } } } });
          return t.escalationLevel === level ? t : undefined;
        },
        20_000,
        `escalation level ${level}`,
      );

    // Level 1: the supervisor is brought in; the task stays in reception's queue with a follow-up deadline.
    const first = await atLevel(1);
    expect(first).toMatchObject({ candidateRole: 'RECEPTION', escalatedRole: 'CS_SUPERVISOR', status: 'OPEN' });
    expect(first.deadlines.map((d) => [d.key, d.status])).toEqual([['answer', 'MISSED'], ['follow-up-1', 'PENDING']]);
    expect(first.dueAt?.getTime()).toBe(first.deadlines[1].dueAt.getTime());
    const queue = await as.reception.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ view: 'queue', caseId }))}`);
    expect(queue.body.map((t: { id: number }) => t.id)).toEqual([taskId]);
    const followedUp = await as.supervisor.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ view: 'escalated', caseId }))}`);
    expect(followedUp.body.map((t: { id: number }) => t.id)).toEqual([taskId]);

    // Silence: level 2 brings the director in, and a deadline keeps running.
    const second = await atLevel(2);
    expect(second).toMatchObject({ candidateRole: 'RECEPTION', escalatedRole: 'OFFICE_DIRECTOR' });
    expect(second.deadlines.map((d) => [d.key, d.status])).toEqual([['answer', 'MISSED'], ['follow-up-1', 'MISSED'], ['follow-up-2', 'PENDING']]);
    expect(second.dueAt).not.toBeNull();
    expect((await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).escalationLevel).toBeGreaterThanOrEqual(2);
    const escalations = await prisma.timelineEntry.findMany({ where: { caseId, type: 'ESCALATED' }, orderBy: { id: 'asc' } });
    expect(escalations.slice(0, 2).map((e) => (e.data as { broughtIn: { role: string } }).broughtIn.role)).toEqual(['CS_SUPERVISOR', 'OFFICE_DIRECTOR']);
    expect((escalations[0].data as { stays: { role: string } }).stays.role).toBe('RECEPTION');

    const addressOf = (m: (typeof smtp.received)[number]) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text;
    // The supervisor is told at level 1, the director at level 2, and reception, who holds it, each time.
    const mails = await eventually(async () => {
      const got = smtp.received.slice(before).filter((m) => m.subject?.includes('审核投诉'));
      return got.some((m) => addressOf(m) === 'director@estate-desk.local') ? got : undefined;
    }, 15_000, 'escalation e-mails');
    expect(mails.map(addressOf)).toEqual(expect.arrayContaining(['supervisor@estate-desk.local', 'director@estate-desk.local', 'reception@estate-desk.local']));
    expect(mails.find((m) => addressOf(m) === 'director@estate-desk.local')?.subject).toBe('任务已逾期，请跟进（第 2 级）：审核投诉');

    // The director sees it in the escalations and in the overdue view, and may take it over.
    const overdue = await as.director.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ view: 'overdue', caseId }))}`);
    expect(overdue.body).toEqual([expect.objectContaining({ id: taskId, overdue: true })]);
    expect(overdue.body[0].deadlines.map((d: { key: string }) => d.key)).toEqual(expect.arrayContaining(['answer', 'follow-up-1', 'follow-up-2']));
    const view = await as.director.get('/escalations?filter={"withinHours":1}');
    expect(view.body.map((c: { id: number }) => c.id)).toContain(caseId);
    const director = await prisma.staff.findUniqueOrThrow({ where: { username: 'director' } });
    expect((await as.director.post(`/cases/${caseId}/reassign`, { taskId, assigneeId: director.id, reason: '主任亲自接手' })).status).toBe(200);
    expect((await as.reception.post(`/tasks/${taskId}/claim`)).status).toBe(409);
    expect((await as.director.post(`/tasks/${taskId}/complete`, { formData: { answer: '主任亲自处理' } })).status).toBe(200);
    await temporal.client.workflow.getHandle(workflowId).result();
    const closed = await prisma.taskDeadline.findMany({ where: { taskId }, orderBy: { id: 'asc' } });
    expect(closed.filter((d) => d.status === 'PENDING')).toEqual([]);
    await recordHistory(temporal.client, workflowId, 'core-demo', 'brought-in-twice');
  });

  it('a manager moves one deadline of a task on its own; the other stays, and both times are in the timeline', async () => {
    const { caseId, taskId } = await startDemo({
      task: review([
        { key: 'answer', label: { zh: '答复', en: 'Answer' }, due: { after: 'PT60S' }, escalate: { bringIn: 'next-in-chain' } },
        { key: 'resolve', label: { zh: '解决', en: 'Resolution' }, due: { after: 'PT120S' }, escalate: { bringIn: 'next-in-chain' } },
      ]),
    });
    await eventually(() => prisma.taskDeadline.count({ where: { taskId } }).then((n) => n === 2), 10_000, 'the deadlines');
    const [answer, resolve] = await prisma.taskDeadline.findMany({ where: { taskId }, orderBy: { dueAt: 'asc' } });
    const later = new Date(resolve.dueAt.getTime() + 5 * 86_400_000).toISOString();
    const moved = await as.director.post(`/cases/${caseId}/extend-deadline`, { taskId, deadlineKey: 'resolve', dueAt: later, reason: '需等待厂家配件' });
    expect(moved.status).toBe(200);
    const deadlines = moved.body.tasks[0].deadlines as { key: string; dueAt: string; moveReason: string | null; movedBy: { displayName: string } | null; basis: { rule: string } }[];
    expect(deadlines.find((d) => d.key === 'answer')).toMatchObject({ dueAt: answer.dueAt.toISOString(), moveReason: null });
    expect(deadlines.find((d) => d.key === 'resolve')).toMatchObject({ dueAt: later, moveReason: '需等待厂家配件', movedBy: { displayName: expect.stringMatching(/郑华/) } });
    expect(deadlines[0].basis.rule).toBe('calendar');
    const override = await prisma.timelineEntry.findFirstOrThrow({ where: { caseId, type: 'OVERRIDE' } });
    expect(override.data).toMatchObject({ action: 'extendDeadline', deadlineKey: 'resolve', from: resolve.dueAt.toISOString(), dueAt: later });
    expect((await prisma.taskDeadline.findUniqueOrThrow({ where: { id: answer.id } })).dueAt).toEqual(answer.dueAt);
    const unknown = await as.director.post(`/cases/${caseId}/extend-deadline`, { taskId, deadlineKey: 'nope', dueAt: later, reason: '试一试' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('deadlineKey');
    await as.director.post(`/cases/${caseId}/close`, { justification: '测试结束' });
  });

  it('a manager extends a deadline so its escalation does not fire; the override and its reason are in the timeline', async () => {
    const { caseId, taskId, workflowId } = await startDemo({ task: review([{ due: { after: 'PT3S' }, escalate: { bringIn: 'next-in-chain' } }], 'RECEPTION') });
    const newDue = new Date(Date.now() + 120_000).toISOString();
    const extended = await as.supervisor.post(`/cases/${caseId}/extend-deadline`, { taskId, dueAt: newDue, reason: '住户出差，下周回来' });
    expect(extended.status).toBe(200);
    expect(new Date(extended.body.tasks[0].dueAt).toISOString()).toBe(newDue);
    expect(extended.body.tasks[0].deadlines[0]).toMatchObject({ key: 'deadline-1', dueAt: newDue, moveReason: '住户出差，下周回来' });

    await new Promise((r) => setTimeout(r, 5000));
    const task = await prisma.task.findUniqueOrThrow({ where: { id: taskId } });
    expect(task).toMatchObject({ escalationLevel: 0, candidateRole: 'RECEPTION' });
    expect(await timelineTypes(caseId)).not.toContain('ESCALATED');
    const override = await prisma.timelineEntry.findFirstOrThrow({ where: { caseId, type: 'OVERRIDE' }, include: { actor: true } });
    expect(override.data).toMatchObject({ action: 'extendDeadline', reason: '住户出差，下周回来', dueAt: newDue });
    expect(override.actor?.username).toBe('supervisor');

    // Other overrides: priority with a reason; a receptionist may not; a reason is required.
    expect((await as.reception.post(`/cases/${caseId}/priority`, { priority: 'URGENT', reason: 'x y' })).status).toBe(403);
    const noReason = await as.supervisor.post(`/cases/${caseId}/priority`, { priority: 'URGENT', reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    expect((await as.director.post(`/cases/${caseId}/priority`, { priority: 'URGENT', reason: '涉及安全' })).body.priority).toBe('URGENT');
    expect((await as.director.post(`/cases/${caseId}/tier`, { tier: 'catastrophic', reason: '试试' })).status).toBe(400);
    expect((await as.director.post(`/cases/${caseId}/tier`, { tier: 'major', reason: '影响公司形象' })).body.tier).toBe('major');

    const closed = await as.director.post(`/cases/${caseId}/close`, { justification: '住户撤回投诉' });
    expect(closed.body).toMatchObject({ status: 'CLOSED', closeReason: '住户撤回投诉' });
    expect(closed.body.tasks[0].status).toBe('CANCELLED');
    await expect(temporal.client.workflow.getHandle(workflowId).result()).resolves.toBe('cancelled');
    expect((await as.reception.post(`/tasks/${taskId}/complete`, { formData: { answer: 'late' } })).status).toBe(409);
    await recordHistory(temporal.client, workflowId, 'core-demo', 'overridden-and-closed');
  });

  it('refuses a completion by the wrong role, with invalid data, or once done; nothing changes', async () => {
    const { caseId, taskId } = await startDemo({ task: review([]) });
    const wrongRole = await as.engineer.post(`/tasks/${taskId}/complete`, { formData: { answer: 'not mine' } });
    expect(wrongRole.status).toBe(403);
    const invalid = await as.supervisor.post(`/tasks/${taskId}/complete`, { formData: { satisfied: 'yes', extra: 1 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'answer', message: 'is required' },
        { field: 'satisfied', message: 'must be true or false' },
        { field: 'extra', message: 'is not a field of this form' },
      ]),
    );
    expect((await as.supervisor.post(`/tasks/${taskId}/complete`, { formData: 'text' })).body.errors[0].field).toBe('formData');
    expect(await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ status: 'OPEN', formData: null });

    expect((await as.supervisor.post(`/tasks/${taskId}/complete`, { formData: { answer: '好的' } })).status).toBe(200);
    const again = await as.supervisor.post(`/tasks/${taskId}/complete`, { formData: { answer: '再来一次' } });
    expect(again.status).toBe(409);
    expect((await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).formData).toEqual({ answer: '好的' });
    expect((await timelineTypes(caseId)).filter((t) => t === 'TASK_COMPLETED')).toHaveLength(1);
    expect((await as.supervisor.post('/tasks/99999999/claim')).status).toBe(404);
  });

  it('two people claiming the same task: one wins, the other gets 409', async () => {
    const { taskId } = await startDemo({ task: review([]) });
    const results = await Promise.all([as.supervisor.post(`/tasks/${taskId}/claim`), as.supervisor2.post(`/tasks/${taskId}/claim`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const task = await prisma.task.findUniqueOrThrow({ where: { id: taskId }, include: { assignee: true } });
    const winner = results.find((r) => r.status === 200)!.body.assignee.id;
    expect(task.assigneeId).toBe(winner);
    expect(results.find((r) => r.status === 409)!.body.message).toMatch(/already been claimed/);
    // Only the winner (or a manager) may release it.
    const loser = results[0].status === 409 ? as.supervisor : as.supervisor2;
    const winnerClient = results[0].status === 200 ? as.supervisor : as.supervisor2;
    expect((await loser.post(`/tasks/${taskId}/complete`, { formData: { answer: 'x' } })).status).toBe(403);
    expect((await winnerClient.post(`/tasks/${taskId}/unclaim`)).body.assigneeId).toBeNull();
  });

  it('a waiting case survives the worker being stopped and restarted; the deadline fires late, nothing is lost', async () => {
    const { taskId, workflowId } = await startDemo({ task: review([{ due: { after: 'PT3S' }, escalate: { bringIn: { role: 'OFFICE_DIRECTOR' } } }]) });
    await worker.stop();
    await new Promise((r) => setTimeout(r, 4500));
    expect((await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).escalationLevel).toBe(0);
    worker = await startWorker(prisma, worker.taskQueue, {}, { SMTP_URL: smtp.url });
    await eventually(async () => (await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).escalationLevel === 1, 15_000, 'the escalation after restart');
    expect((await as.director.post(`/tasks/${taskId}/complete`, { formData: { answer: '处理完毕' } })).status).toBe(200);
    await expect(temporal.client.workflow.getHandle(workflowId).result()).resolves.toBe('completed');
  });
});

describe('outbox: a message retried after an SMTP failure is sent exactly once', () => {
  let prisma: PrismaClient;
  let smtp: TestSmtp;
  let worker: RunningWorker;
  let api: RunningApi;
  let supervisor: ReturnType<typeof http>;
  let householdId: number;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    smtp = await startSmtpServer({ failFirst: 1 });
    worker = await startWorker(prisma, unique('tq'), {}, { SMTP_URL: smtp.url });
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_MAX_ATTEMPTS: '4', DELIVERY_FIRST_RETRY_MS: '200' });
    supervisor = http(api.url, await login(api.url, 'supervisor', credentials.supervisor));
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '测试路 2 号' } });
    householdId = (
      await prisma.household.create({
        data: {
          occupancy: 'OWNER',
          name: 'Emma Wilson',
          language: 'en',
          phone: '13800003333',
          email: 'emma@example.com',
          unit: { create: { number: 'R-0101', floor: 1, areaSqm: 90, building: { create: { estateId: estate.id, code: 'R', name: 'R栋', floors: 1 } } } },
        },
      })
    ).id;
  });

  afterAll(async () => {
    await api.close();
    await worker.stop();
    await smtp.close();
    await prisma.$disconnect();
  });

  it('retries after a temporary SMTP failure and delivers one e-mail, in the resident\'s language', async () => {
    const started = await startCoreDemo(api, {
      householdId,
      title: 'Result notice',
      policy: { task: review([]), notify: { channel: 'EMAIL', template: 'notice', params: { subject: 'Your complaint', text: 'it has been resolved.' } } },
    });
    const task = await eventually(() => prisma.task.findFirst({ where: { caseId: started.id } }).then((t) => t ?? undefined));
    await supervisor.post(`/tasks/${task.id}/complete`, { formData: { answer: 'resolved' } });

    const message = await eventually(async () => {
      const m = await prisma.message.findFirst({ where: { caseId: started.id } });
      return m?.status === 'SENT' ? m : undefined;
    }, 20_000, 'the e-mail to be sent');
    expect(message).toMatchObject({ channel: 'EMAIL', recipient: 'emma@example.com', language: 'en', attempts: 2, lastError: null });
    expect(smtp.refused).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].subject).toBe('Your complaint');
    expect(smtp.received[0].text?.trim()).toBe('Dear Emma Wilson, it has been resolved.');

    const listed = await supervisor.get(`/messages?filter=${encodeURIComponent(JSON.stringify({ caseId: started.id }))}`);
    expect(listed.body[0]).toMatchObject({ status: 'SENT', attempts: 2 });
    expect((await supervisor.post(`/messages/${message.id}/retry`)).status).toBe(409);
    expect((await prisma.timelineEntry.findMany({ where: { caseId: started.id, type: { startsWith: 'MESSAGE_' } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })).map((e) => e.type)).toEqual([
      'MESSAGE_QUEUED',
      'MESSAGE_SENT',
    ]);
  });
});
