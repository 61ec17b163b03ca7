import type { PrismaClient } from '../../prisma/client';
import { DEFAULT_SUPERVISION_POLICY } from '../../workflows/supervision/policy';
import { eventually, http, listQuery, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';
import { recordHistory } from '../harness/histories';
import { pdfText } from '../harness/pdf';
import { startSmtpServer, type TestSmtp } from '../harness/smtp';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const STAFF = ['supervisor', 'director', 'reception', 'engineer', 'clerk'] as const;
type Who = (typeof STAFF)[number];

/** The next Monday to Friday (China time) at least `after` days ahead, as YYYY-MM-DD. */
function weekday(after: number): string {
  for (let d = after; ; d++) {
    const day = new Date(Date.now() + d * DAY + 8 * HOUR);
    if (day.getUTCDay() >= 1 && day.getUTCDay() <= 5) return day.toISOString().slice(0, 10);
  }
}

function sunday(after: number): string {
  for (let d = after; ; d++) {
    const day = new Date(Date.now() + d * DAY + 8 * HOUR);
    if (day.getUTCDay() === 0) return day.toISOString().slice(0, 10);
  }
}

describe('The supervisor’s review and the weekly summary (REC-4)', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let smtp: TestSmtp;
  let temporal: Awaited<ReturnType<typeof temporalClient>>;
  let as: Record<Who, ReturnType<typeof http>>;
  let staffId: Record<Who, number>;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    smtp = await startSmtpServer();
    worker = await startWorker(prisma, undefined, {}, { SMTP_URL: smtp.url, DELIVERY_FIRST_RETRY_MS: '200' });
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
    temporal = await temporalClient();
    tokens = Object.fromEntries(await Promise.all(STAFF.map(async (n) => [n, await login(api.url, n, credentials[n])])));
    as = Object.fromEntries(STAFF.map((n) => [n, http(api.url, tokens[n])])) as typeof as;
    const staff = await prisma.staff.findMany({ where: { username: { in: [...STAFF] } } });
    staffId = Object.fromEntries(staff.map((s) => [s.username, s.id])) as typeof staffId;
    // Tests wait seconds, not a business day.
    const saved = await as.supervisor.post('/policies', {
      key: 'supervision',
      data: { ...DEFAULT_SUPERVISION_POLICY, reviewWithin: { after: 'PT2S' }, escalationFollowUp: { after: 'PT1H' } },
      note: 'test',
    });
    expect(saved.status).toBe(201);
  }, 60_000);

  afterAll(async () => {
    for (const id of ['front-desk-review', 'unfinished-summary']) {
      await temporal.client.schedule.getHandle(id).delete().catch(() => undefined);
    }
    await api?.close();
    await worker?.stop();
    await temporal?.close();
    await smtp?.close();
    await prisma?.$disconnect();
  });

  const startReview = async (day: string) => {
    const workflowId = unique(`front-desk-review-${day}`);
    const handle = await temporal.client.workflow.start('frontDeskReviewWorkflow', { taskQueue: worker.taskQueue, workflowId, args: [{ day }] });
    return handle;
  };
  const reviewTask = (day: string) =>
    eventually(async () => {
      const kase = await prisma.case.findUnique({ where: { requestId: `front-desk-review:${day}` }, include: { tasks: true } });
      return kase?.tasks[0] ? { kase, task: kase.tasks[0] } : undefined;
    }, 20_000, `the review of ${day}`);

  it('REC-4 on a working day the CS supervisor gets the review of the day’s front-desk records, and a missed sign-off escalates to the office director', async () => {
    const day = weekday(7);
    const handle = await startReview(day);
    const { kase, task } = await reviewTask(day);
    expect(kase.process).toBe('front-desk-review');

    // It waits in the supervisor's queue, not in the reception's.
    const queue = await as.supervisor.get(`/tasks${listQuery({ filter: { view: 'queue' }, range: [0, 999] })}`);
    expect(queue.body.map((t: { id: number }) => t.id)).toContain(task.id);
    const reception = await as.reception.get(`/tasks${listQuery({ filter: { view: 'queue' }, range: [0, 999] })}`);
    expect(reception.body.map((t: { id: number }) => t.id)).not.toContain(task.id);

    // The day's records are one link away.
    const records = await as.supervisor.get(`/supervision/front-desk/${day}`);
    expect(records.status).toBe(200);
    expect(records.body).toMatchObject({ day, review: { id: kase.id } });

    // Not signed off in time: the director is brought in (in the inbox and by e-mail), the task stays the supervisor's.
    const escalated = await eventually(async () => {
      const res = await as.director.get(`/tasks${listQuery({ filter: { view: 'escalated' }, range: [0, 999] })}`);
      return res.body.find((t: { id: number }) => t.id === task.id);
    }, 20_000, 'the escalation to the director');
    expect(escalated).toMatchObject({ candidateRole: 'CS_SUPERVISOR', escalatedRole: 'OFFICE_DIRECTOR', overdue: true });
    await eventually(async () => smtp.received.find((m) => m.to && JSON.stringify(m.to).includes('director@') && m.text?.includes(String(kase.id))), 20_000, 'the director’s e-mail');

    // The supervisor signs off with remarks: the case closes with them on its timeline.
    const signed = await as.supervisor.post(`/tasks/${task.id}/complete`, { formData: { remarks: '前台记录齐全，3 号楼漏水回访需跟进。', signedOff: true } });
    expect(signed.status).toBe(200);
    await expect(handle.result()).resolves.toEqual({ caseId: kase.id, day });
    const timeline = await prisma.timelineEntry.findMany({ where: { caseId: kase.id } });
    expect(timeline.find((e) => e.type === 'FRONT_DESK_SIGNED_OFF')?.data).toMatchObject({ remarks: '前台记录齐全，3 号楼漏水回访需跟进。' });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: kase.id } })).status).toBe('CLOSED');
    await recordHistory(temporal.client, handle.workflowId, 'front-desk-review', 'escalated-then-signed-off');
  }, 60_000);

  it('REC-4 a day off has no review, and a day is reviewed once however often it is started', async () => {
    const off = await startReview(sunday(1));
    await expect(off.result()).resolves.toEqual({ caseId: null });

    const day = weekday(14);
    const first = await startReview(day);
    const { kase } = await reviewTask(day);
    const second = await startReview(day);
    await expect(second.result()).resolves.toEqual({ caseId: null });
    expect(await prisma.case.count({ where: { requestId: `front-desk-review:${day}` } })).toBe(1);
    await as.supervisor.post(`/tasks/${(await reviewTask(day)).task.id}/complete`, { formData: { remarks: '无异常', signedOff: true } });
    await expect(first.result()).resolves.toEqual({ caseId: kase.id, day });
  }, 60_000);

  it('REC-4 the weekly summary lists an open case of each process with its age and owner, marks the overdue ones, is kept as a PDF and reaches the director', async () => {
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '汇总路 1 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('S'), name: 'S栋', floors: 6 } });
    const household = await prisma.household.create({
      data: { occupancy: 'OWNER', name: '王芳', phone: '13900002222', unit: { create: { number: unique('S').slice(0, 12), floor: 2, areaSqm: 80, buildingId: building.id } } },
    });
    const marker = unique('汇总');
    /** An open case of a process, opened `daysAgo`, with one open task (held by a person or waiting in a queue). */
    const openCase = async (process: string, daysAgo: number, task: { dueInMs: number; assigneeId?: number; role?: 'ENGINEER' | 'CASHIER' | 'SERVICE_COMMISSIONER' }) => {
      const kase = await prisma.case.create({
        data: {
          process,
          workflowId: unique(`summary-${process}`),
          titleZh: `${marker} ${process}`,
          titleEn: `${marker} ${process}`,
          householdId: household.id,
          policyKey: process,
          policyVersion: 0,
          openedAt: new Date(Date.now() - daysAgo * DAY),
        },
      });
      await prisma.task.create({
        data: {
          caseId: kase.id,
          key: 'step',
          titleZh: '处理',
          titleEn: 'Handle',
          form: [],
          dueAt: new Date(Date.now() + task.dueInMs),
          assigneeId: task.assigneeId ?? null,
          candidateRole: task.role ?? null,
        },
      });
      return kase;
    };
    const complaint = await openCase('complaint', 9, { dueInMs: -DAY, assigneeId: staffId.reception });
    const repair = await openCase('repair', 2, { dueInMs: DAY, role: 'ENGINEER' });
    const dunning = await openCase('dunning', 40, { dueInMs: 5 * DAY, role: 'CASHIER' });
    const homeCollection = await openCase('home-collection', 0, { dueInMs: -HOUR, assigneeId: staffId.engineer });
    const loan = await prisma.fileLoan.create({
      data: { householdId: household.id, borrower: `${marker} 律师`, purpose: '查阅', lentById: staffId.clerk, lentAt: new Date(Date.now() - 5 * DAY), dueAt: new Date(Date.now() - 2 * DAY), status: 'OVERDUE' },
    });

    // The Schedule's action, run now (as a manager may before the Monday meeting).
    const schedules = await as.director.get('/supervision/schedules');
    expect(schedules.status).toBe(200);
    expect(schedules.body.map((s: { id: string }) => s.id).sort()).toEqual(['front-desk-review', 'unfinished-summary']);
    expect(schedules.body.every((s: { nextRuns: string[] }) => s.nextRuns.length > 0)).toBe(true);
    const before = await prisma.unfinishedSummary.count();
    expect((await as.supervisor.post('/supervision/schedules/unfinished-summary/run')).status).toBe(200);
    const summary = await eventually(
      async () => (await prisma.unfinishedSummary.count()) > before && (await prisma.unfinishedSummary.findFirst({ orderBy: { id: 'desc' }, where: { messageIds: { isEmpty: false } } })) || undefined,
      30_000,
      'the weekly summary',
    );
    expect(summary.workflowId).toMatch(/^unfinished-summary/);

    // Listed with its age and owner, the overdue ones marked.
    const shown = await as.director.get(`/unfinished-summaries/${summary.id}`);
    const items = shown.body.items as { process: string; caseId: number | null; loanId: number | null; ageDays: number; owner: { zh: string }; overdue: boolean }[];
    const item = (m: { caseId?: number; loanId?: number }) => items.find((i) => (m.caseId ? i.caseId === m.caseId : i.loanId === m.loanId));
    expect(item({ caseId: complaint.id })).toMatchObject({ process: 'complaint', ageDays: 9, overdue: true });
    expect(item({ caseId: repair.id })).toMatchObject({ process: 'repair', ageDays: 2, overdue: false, owner: { zh: '维修工程（待领取）' } });
    expect(item({ caseId: dunning.id })).toMatchObject({ process: 'dunning', ageDays: 40, overdue: false, owner: { zh: '收费员（待领取）' } });
    expect(item({ caseId: homeCollection.id })).toMatchObject({ process: 'home-collection', ageDays: 0, overdue: true });
    expect(item({ loanId: loan.id })).toMatchObject({ process: 'file-loan', ageDays: 5, overdue: true });
    const reception = await prisma.staff.findUniqueOrThrow({ where: { id: staffId.reception } });
    expect(item({ caseId: complaint.id })?.owner.zh).toBe(reception.displayName);

    // Kept as a PDF that says the same.
    const pdf = await fetch(`${api.url}/unfinished-summaries/${summary.id}/summary.pdf`, { headers: { Authorization: `Bearer ${tokens.director}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('未办结事项周报');
    for (const kase of [complaint, repair, dunning, homeCollection]) expect(text).toContain(`#${kase.id} ${marker}`);
    expect(text).toContain(`${marker} 律师`);
    expect(text).toMatch(new RegExp(`【逾期 OVERDUE】#${complaint.id} ${marker} complaint[^\\n]*9 天`));
    expect(text).toContain(reception.displayName);

    // And in the director's mailbox.
    const mail = await eventually(async () => smtp.received.find((m) => m.subject?.startsWith('未办结事项周报')), 20_000, 'the summary e-mail');
    expect(JSON.stringify(mail.to)).toContain('director@');
    expect(mail.text).toContain(`第 ${summary.id} 号`);
    expect(mail.text).toMatch(/投诉：未办结 \d+ 件，逾期 \d+ 件/);
    // With the summary itself attached, so the director reads it without signing in.
    const attached = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(attached?.filename).toMatch(/^未办结事项周报 .*\.pdf$/);
    const attachedText = pdfText(new Uint8Array(attached!.content));
    for (const kase of [complaint, repair, dunning, homeCollection]) expect(attachedText).toContain(`#${kase.id} ${marker}`);

    const listed = await as.supervisor.get(`/unfinished-summaries${listQuery({ range: [0, 9] })}`);
    expect(listed.body[0]).toMatchObject({ id: summary.id, messages: [expect.objectContaining({ status: 'SENT' })] });
    await recordHistory(temporal.client, summary.workflowId, 'unfinished-summary', 'weekly-to-the-director');
  }, 90_000);
});
