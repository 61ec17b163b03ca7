import type { PrismaClient } from '../../prisma/client';
import { DEFAULT_DUNNING_POLICY, type DunningPolicy } from '../../workflows/dunning/policy';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, type RunningApi, type RunningWorker } from '../harness';
import { recordHistory } from '../harness/histories';
import { pdfText, savePdfPage } from '../harness/pdf';
import { ALWAYS_OPEN, DEFAULT_HOURS, fixtureBuilding, overdueBill, useCalendar } from './support';

type Client = ReturnType<typeof http>;
type Ladder = { id: number; caseId: number; workflowId: string; step: string; status: string; stopReason: string | null };

/** Seconds instead of months, so each step of the ladder can be watched. */
const FAST: DunningPolicy = {
  ...DEFAULT_DUNNING_POLICY,
  remindAfter: 'PT1S',
  letterAfter: 'PT2S',
  visitAfter: 'PT2S',
  legalAfter: 'PT2S',
  partialPaymentPause: 'PT3S',
  instalmentGrace: 'PT3S',
  disputeRecheck: 'PT1S',
};
/** Long waits, for ladders a test moves on by hand (skip) or stops. */
const SLOW: DunningPolicy = { ...FAST, remindAfter: 'P1D', letterAfter: 'P90D', visitAfter: 'P30D', legalAfter: 'P90D' };

/** The dunning ladder (FEE-3 to FEE-6) on the real dev server and database, through the API. */
describe('fees: the dunning ladder', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let temporal: Awaited<ReturnType<typeof temporalClient>>;
  let as: Record<'cashier' | 'clerk' | 'supervisor' | 'director' | 'reception', Client>;
  let tokens: Record<string, string>;
  let fixture: Awaited<ReturnType<typeof fixtureBuilding>>;
  let sweepRecorded = false;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma, undefined, {}, { DELIVERY_FIRST_RETRY_MS: '200' });
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
    temporal = await temporalClient();
    const names = ['cashier', 'clerk', 'supervisor', 'director', 'reception'] as const;
    tokens = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await login(api.url, n, credentials[n])])));
    as = Object.fromEntries(names.map((n) => [n, http(api.url, tokens[n])])) as typeof as;
    await useCalendar(as.supervisor, ALWAYS_OPEN);
    fixture = await fixtureBuilding(prisma, '催缴楼');
  });

  afterAll(async () => {
    await useCalendar(as.supervisor, DEFAULT_HOURS);
    await prisma.policy.deleteMany({ where: { key: 'dunning' } });
    await api.close();
    await worker.stop();
    await temporal.close();
    await prisma.$disconnect();
  });

  async function usePolicy(policy: DunningPolicy) {
    const res = await as.supervisor.post('/policies', { key: 'dunning', data: policy, note: 'test' });
    expect(res.status).toBe(201);
  }

  /** A household with unpaid bills of 2025 (overdue now), found by the sweep: its ladder is open. */
  async function inArrears(amounts = [200, 150], options: Parameters<typeof fixture.household>[0] = {}) {
    const household = await fixture.household(options);
    for (const [i, amount] of amounts.entries()) await overdueBill(prisma, household, `2025-0${i + 1}`, amount);
    const sweep = await as.supervisor.post('/dunning-ladders/sweep', { householdIds: [household.id] });
    expect(sweep.status).toBe(201);
    if (!sweepRecorded) {
      sweepRecorded = true;
      await temporal.client.workflow.getHandle(sweep.body.workflowId).result();
      await recordHistory(temporal.client, sweep.body.workflowId, 'arrears-sweep', 'one-household');
    }
    const ladder = await eventually(() => prisma.dunningLadder.findFirst({ where: { householdId: household.id } }).then((l) => l ?? undefined), 20_000, 'ladder opened');
    return { household, ladder: ladder as Ladder };
  }

  /** Keeps a finished ladder's history for the replay tests (with RECORD_HISTORIES=1). */
  const record = async (workflowId: string, name: string) => {
    await temporal.client.workflow.getHandle(workflowId).result();
    await recordHistory(temporal.client, workflowId, 'dunning', name);
  };
  const ladderOf = (id: number) => prisma.dunningLadder.findUniqueOrThrow({ where: { id } });
  const until = (id: number, test: (l: Awaited<ReturnType<typeof ladderOf>>) => boolean, what: string, ms = 20_000) =>
    eventually(async () => {
      const l = await ladderOf(id);
      return test(l) ? l : undefined;
    }, ms, what);
  const openTask = (caseId: number, key: string) =>
    eventually(() => prisma.task.findFirst({ where: { caseId, key, status: 'OPEN' } }).then((t) => t ?? undefined), 20_000, `task ${key}`);
  const entries = async (caseId: number) => (await prisma.timelineEntry.findMany({ where: { caseId }, orderBy: { id: 'asc' } })).map((e) => e.type);
  const complete = async (who: Client, taskId: number, formData: Record<string, unknown>) => {
    const res = await who.post(`/tasks/${taskId}/complete`, { formData });
    expect(res.status).toBe(200);
  };
  const pay = async (householdId: number, amount: number) => {
    const res = await as.cashier.post('/payments', { householdId, amount, method: 'CASH' });
    expect(res.status).toBe(201);
    return res.body;
  };

  it('FEE-3: a household in arrears is on the overdue list with its reason; the SMS states amount, period and deadline; the call is recorded', async () => {
    await usePolicy({ ...FAST, letterAfter: 'P90D' });
    const { household, ladder } = await inArrears([200, 150]);
    const listed = await as.cashier.get(`/dunning-ladders?filter=${encodeURIComponent(JSON.stringify({ open: true, q: household.unit.number }))}`);
    expect(listed.body).toEqual([expect.objectContaining({ id: ladder.id, overdueAmount: 350, oldestDueDate: '2025-01-28', ageDays: expect.any(Number) })]);
    expect(listed.body[0].ageDays).toBeGreaterThan(300);

    const reason = await as.cashier.post(`/dunning-ladders/${ladder.id}/reason`, { reason: '业主长期在外地工作' });
    expect(reason.status).toBe(201);
    expect(reason.body.reason).toBe('业主长期在外地工作');
    expect((await as.cashier.post(`/dunning-ladders/${ladder.id}/reason`, { reason: ' ' })).status).toBe(400);

    const sms = await eventually(() => prisma.message.findFirst({ where: { householdId: household.id, template: 'dunning-reminder', status: 'SENT' } }).then((m) => m ?? undefined), 20_000, 'reminder SMS');
    expect(sms.body).toContain('350.00');
    expect(sms.body).toContain('2025-01, 2025-02');
    expect(sms.body).toMatch(/请于 \d{4}-\d{2}-\d{2} 前缴纳/);
    const call = await openTask(ladder.caseId, 'call-1');
    expect(call.candidateRole).toBe('CASHIER');
    expect((await ladderOf(ladder.id)).step).toBe('REMINDED');
    await complete(as.cashier, call.id, { outcome: 'PROMISED', promisedDate: '2026-12-05', note: '答应月初缴清' });
    const noticed = await until(ladder.id, (l) => l.noticeAt !== null, 'notice recorded');
    expect(noticed.promisedDate?.toISOString().slice(0, 10)).toBe('2026-12-05');
    expect(await entries(ladder.caseId)).toEqual(expect.arrayContaining(['LADDER_STARTED', 'REASON_RECORDED', 'MESSAGE_QUEUED', 'STEP_CHANGED', 'TASK_COMPLETED', 'NOTICE_GIVEN']));

    await pay(household.id, 350);
    await until(ladder.id, (l) => l.status === 'STOPPED', 'stopped');
    await record(ladder.workflowId, 'reminded-then-paid');

    // Long after it was paid, the ladder shows the age the debt had when it stopped.
    await prisma.dunningLadder.update({ where: { id: ladder.id }, data: { stoppedAt: new Date(Date.now() - 40 * 86_400_000) } });
    expect((await as.cashier.get(`/dunning-ladders/${ladder.id}`)).body.ageDays).toBe(listed.body[0].ageDays - 40);
  });

  it('FEE-3: reminders go out only in business hours on working days', async () => {
    await usePolicy(FAST);
    // Today (China Standard Time) is made a day off: the reminder waits for the next working morning.
    const weekday = new Date(Date.now() + 8 * 3600_000).getUTCDay();
    await useCalendar(as.supervisor, { ...ALWAYS_OPEN, workdays: [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== weekday), workStart: '08:30' });
    try {
      const { household, ladder } = await inArrears([90]);
      const deferred = await eventually(() => prisma.timelineEntry.findFirst({ where: { caseId: ladder.caseId, type: 'REMINDER_DEFERRED' } }).then((e) => e ?? undefined), 20_000, 'deferral');
      const at = new Date((deferred.data as { until: string }).until);
      expect(new Date(at.getTime() + 8 * 3600_000).toISOString().slice(11, 16)).toBe('08:30');
      expect(at.getTime() - Date.now()).toBeGreaterThan(8 * 3600_000);
      expect(await prisma.message.count({ where: { householdId: household.id, template: 'dunning-reminder' } })).toBe(0);
      // A manager cannot skip past the business-hours rule.
      expect((await as.supervisor.post(`/dunning-ladders/${ladder.id}/skip`, { reason: '马上发' })).status).toBe(409);
      await pay(household.id, 90);
      await until(ladder.id, (l) => l.status === 'STOPPED' && l.stopReason === 'paid', 'paid');
    } finally {
      await useCalendar(as.supervisor, ALWAYS_OPEN);
    }
  });

  it('FEE-4: still unpaid three months after the phone notice, a demand letter goes by express mail and its tracking number stays on file', async () => {
    await usePolicy({ ...FAST, letterAfter: 'PT4S', visitAfter: 'P30D' });
    const { household, ladder } = await inArrears([260]);
    await complete(as.cashier, (await openTask(ladder.caseId, 'call-1')).id, { outcome: 'NO_ANSWER' });
    const noticed = await until(ladder.id, (l) => l.noticeAt !== null, 'phone notice');
    const letter = await eventually(() => prisma.message.findFirst({ where: { householdId: household.id, template: 'dunning-demand-letter' } }).then((m) => m ?? undefined), 20_000, 'letter');
    // The letter waits for the interval after the phone notice, not after the ladder started.
    expect(letter.createdAt.getTime() - noticed.noticeAt!.getTime()).toBeGreaterThanOrEqual(4000);
    const post = await openTask(ladder.caseId, 'post-letter-1');
    await complete(as.clerk, post.id, { trackingNumber: 'SF1400000000088', postedAt: '2026-11-24' });
    const posted = await eventually(() => prisma.message.findFirst({ where: { id: letter.id, trackingNumber: 'SF1400000000088' } }).then((m) => m ?? undefined), 20_000, 'tracking number');
    expect(posted.postedAt?.toISOString().slice(0, 10)).toBe('2026-11-24');
    const entry = await prisma.timelineEntry.findFirstOrThrow({ where: { caseId: ladder.caseId, type: 'LETTER_POSTED' } });
    expect(entry.data).toMatchObject({ trackingNumber: 'SF1400000000088', postedAt: '2026-11-24', messageId: letter.id });
    await pay(household.id, 260);
    await until(ladder.id, (l) => l.status === 'STOPPED', 'paid');
  });

  it('FEE-6: long-term refusal goes to legal channels only with the director\'s approval, with the whole file as one PDF (after the letter of FEE-4 and the visit of FEE-5)', async () => {
    await usePolicy(FAST);
    const { household, ladder } = await inArrears([300]);
    await complete(as.cashier, (await openTask(ladder.caseId, 'call-1')).id, { outcome: 'REFUSED', disputeReason: '认为物业服务差，拒绝缴费' });

    // FEE-4: the letter is a PDF in the outbox; the clerk posts it and records the tracking number.
    const letter = await eventually(() => prisma.message.findFirst({ where: { householdId: household.id, template: 'dunning-demand-letter', status: 'SENT' } }).then((m) => m ?? undefined), 20_000, 'letter');
    expect(letter.channel).toBe('LETTER');
    const letterText = pdfText(letter.pdf!);
    expect(letterText).toContain(household.name);
    expect(letterText).toContain('催缴函');
    expect(letterText).toContain('300.00');
    // A formal letter: the company's letterhead, its reference number, the legal basis of a demand before
    // legal action, a signature block and the place for the seal.
    expect(letterText).toContain('翠湖物业服务有限公司');
    expect(letterText).toMatch(new RegExp(`文号：CJ\\d{4}-${String(letter.id).padStart(6, '0')}`));
    expect(letterText.replace(/\s/g, '')).toContain('《中华人民共和国民法典》第九百四十四条');
    expect(letterText).toContain('公司盖章处');
    expect(letterText).toContain('经办人签字');
    expect(savePdfPage(letter.pdf!, 'dunning-demand-letter').subarray(1, 4).toString()).toBe('PNG');
    const post = await openTask(ladder.caseId, 'post-letter-1');
    expect(post.candidateRole).toBe('INTERNAL_CLERK');
    expect((await as.clerk.post(`/tasks/${post.id}/complete`, { formData: { postedAt: '2026-11-23' } })).status).toBe(400);
    await complete(as.clerk, post.id, { trackingNumber: 'EMS1234567890CN', postedAt: '2026-11-23' });
    await eventually(() => prisma.message.findFirst({ where: { id: letter.id, trackingNumber: 'EMS1234567890CN' } }).then((m) => m ?? undefined), 20_000, 'tracking on file');
    expect((await ladderOf(ladder.id)).letterMessageId).toBe(letter.id);

    // FEE-5: the household lives in the estate, so a home visit.
    const visit = await openTask(ladder.caseId, 'visit-1');
    await complete(as.cashier, visit.id, { outcome: 'REFUSED', note: '业主仍拒绝缴费' });
    await until(ladder.id, (l) => l.step === 'VISITED', 'visited');

    // FEE-6: only with the director's approval; the bundle is one PDF on the household file.
    const approve = await openTask(ladder.caseId, 'legal-1');
    expect((await ladderOf(ladder.id)).step).toBe('LEGAL_REVIEW');
    expect((await as.cashier.post(`/tasks/${approve.id}/complete`, { formData: { decision: 'APPROVE', reason: 'x' } })).status).toBe(403);
    await complete(as.director, approve.id, { decision: 'APPROVE', reason: '经电话、催缴函和上门均拒缴，且无正当理由' });
    const referred = await until(ladder.id, (l) => l.status === 'STOPPED', 'referred');
    expect(referred).toMatchObject({ step: 'REFERRED', stopReason: 'referred' });
    const bundle = await prisma.document.findUniqueOrThrow({ where: { id: referred.bundleDocumentId! } });
    expect(bundle).toMatchObject({ householdId: household.id, kind: 'LEGAL_BUNDLE', mimeType: 'application/pdf' });
    const text = pdfText(bundle.content);
    for (const evidence of ['EMS1234567890CN', '认为物业服务差', '业主仍拒绝缴费', 'dunning-reminder', '300.00', '经电话、催缴函和上门均拒缴']) expect(text).toContain(evidence);
    // The ladder's record stops first, then its case closes (the next activity of the same workflow).
    await eventually(async () => (await prisma.case.findUniqueOrThrow({ where: { id: ladder.caseId } })).status === 'CLOSED', 10_000, 'the case closed');
    await record(ladder.workflowId, 'referred');
  });

  it('FEE-5: a household living in the estate gets a home visit; an owner who lets the unit to a tenant does not', async () => {
    await usePolicy({ ...FAST, legalAfter: 'P90D' });
    const resident = await inArrears([80]);
    const away = await inArrears([90], { tenant: true });
    for (const { ladder } of [resident, away]) {
      await complete(as.cashier, (await openTask(ladder.caseId, 'call-1')).id, { outcome: 'NO_ANSWER' });
      await complete(as.clerk, (await openTask(ladder.caseId, 'post-letter-1')).id, { trackingNumber: `EMS000000000${ladder.id}CN`, postedAt: '2026-11-23' });
    }
    const visit = await openTask(resident.ladder.caseId, 'visit-1');
    expect(visit.candidateRole).toBe('CASHIER');
    await complete(as.cashier, visit.id, { outcome: 'NOT_HOME', note: '敲门无人应答，留下催缴通知' });
    await until(resident.ladder.id, (l) => l.step === 'VISITED', 'visited');
    await eventually(() => prisma.timelineEntry.findFirst({ where: { caseId: away.ladder.caseId, type: 'VISIT_SKIPPED' } }).then((e) => e ?? undefined), 20_000, 'visit skipped');
    expect(await prisma.task.count({ where: { caseId: away.ladder.caseId, key: { startsWith: 'visit' } } })).toBe(0);
    expect((await ladderOf(away.ladder.id)).step).toBe('LETTER_SENT');
    await pay(resident.household.id, 80);
    await pay(away.household.id, 90);
    await until(resident.ladder.id, (l) => l.status === 'STOPPED', 'paid');
    await until(away.ladder.id, (l) => l.status === 'STOPPED', 'paid');
  });

  /** What each manager's skip leads to: the next task opens, or the task in hand is withdrawn. */
  const AFTER_SKIP: ({ task: string } | { cancelled: number } | { noticed: true })[] = [
    { task: 'call-1' },
    { noticed: true },
    { task: 'post-letter-1' },
    { cancelled: 2 },
    { task: 'visit-1' },
    { cancelled: 3 },
    { task: 'legal-1' },
  ];

  /** Paying in full stops the ladder at once, at every step; open tasks leave the inbox. */
  it.each([
    ['OVERDUE', 0],
    ['REMINDED, the call open', 1],
    ['REMINDED, waiting for the letter', 2],
    ['LETTER_SENT, the letter being posted', 3],
    ['LETTER_SENT, waiting for the visit', 4],
    ['LETTER_SENT, the home visit open', 5],
    ['VISITED, waiting for the legal review', 6],
    ['LEGAL_REVIEW', 7],
  ])('paying in full stops the ladder at step %s', async (_step, skips) => {
    await usePolicy(SLOW);
    const { household, ladder } = await inArrears([120, 60]);
    for (const next of AFTER_SKIP.slice(0, skips)) {
      const skipped = await as.supervisor.post(`/dunning-ladders/${ladder.id}/skip`, { reason: '测试：直接进入下一步' });
      expect([skipped.status, skipped.body.message]).toEqual([201, undefined]);
      if ('task' in next) await openTask(ladder.caseId, next.task);
      else if ('noticed' in next) await until(ladder.id, (l) => l.noticeAt !== null, 'notice');
      else await eventually(async () => ((await prisma.task.count({ where: { caseId: ladder.caseId, status: 'CANCELLED' } })) === next.cancelled ? true : undefined), 20_000, 'task withdrawn');
    }
    await pay(household.id, 180);
    const stopped = await until(ladder.id, (l) => l.status === 'STOPPED', 'stopped by payment');
    expect(stopped.stopReason).toBe('paid');
    if (skips % 2) await record(ladder.workflowId, `paid-after-${skips}-skips`);
    else await temporal.client.workflow.getHandle(ladder.workflowId).result();
    expect(await prisma.task.count({ where: { caseId: ladder.caseId, status: 'OPEN' } })).toBe(0);
    expect((await entries(ladder.caseId)).filter((e) => ['PAYMENT_RECEIVED', 'LADDER_STOPPED', 'CASE_CLOSED'].includes(e))).toEqual(['PAYMENT_RECEIVED', 'LADDER_STOPPED', 'CASE_CLOSED']);
    expect(await prisma.message.count({ where: { householdId: household.id, template: 'dunning-reminder', createdAt: { gt: stopped.stoppedAt! } } })).toBe(0);
  });

  it('a partial payment pauses the ladder, which resumes when the pause runs out', async () => {
    await usePolicy({ ...FAST, remindAfter: 'PT4S' });
    const { household, ladder } = await inArrears([200]);
    await pay(household.id, 50);
    const paused = await until(ladder.id, (l) => l.status === 'PAUSED', 'paused');
    expect(paused).toMatchObject({ pauseReason: 'partial-payment', overdueAmount: expect.anything() });
    expect(Number(paused.overdueAmount)).toBe(150);
    expect(await prisma.message.count({ where: { householdId: household.id, template: 'dunning-reminder' } })).toBe(0);
    await until(ladder.id, (l) => l.status === 'ACTIVE', 'resumed');
    expect(await entries(ladder.caseId)).toEqual(expect.arrayContaining(['LADDER_PAUSED', 'LADDER_RESUMED']));
    // The reminder follows, for what is still owed.
    const sms = await eventually(() => prisma.message.findFirst({ where: { householdId: household.id, template: 'dunning-reminder' } }).then((m) => m ?? undefined), 20_000, 'reminder');
    expect(sms.body).toContain('150.00');
    await pay(household.id, 150);
    await until(ladder.id, (l) => l.status === 'STOPPED', 'paid');
  });

  it('an instalment agreement pauses the ladder while kept and resumes it when broken', async () => {
    await usePolicy({ ...FAST, remindAfter: 'PT2S' });
    const { household, ladder } = await inArrears([300]);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 8 * 3600_000 + 30 * 86_400_000).toISOString().slice(0, 10);
    expect((await as.reception.post(`/dunning-ladders/${ladder.id}/agreement`, { instalments: [{ dueDate: today, amount: 100 }], note: 'x' })).status).toBe(403);
    const bad = await as.cashier.post(`/dunning-ladders/${ladder.id}/agreement`, { instalments: [{ dueDate: later, amount: 100 }, { dueDate: today, amount: 200 }], note: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('instalments.1.dueDate');

    const agreed = await as.cashier.post(`/dunning-ladders/${ladder.id}/agreement`, {
      instalments: [{ dueDate: today, amount: 100 }, { dueDate: later, amount: 200 }],
      note: '分两期缴清',
    });
    expect(agreed.status).toBe(201);
    expect(agreed.body).toMatchObject({ status: 'PAUSED', pauseReason: 'agreement' });
    await pay(household.id, 100);
    // The first instalment is kept: the ladder stays paused past its grace, and no reminder goes out.
    await new Promise((r) => setTimeout(r, 5000));
    expect((await ladderOf(ladder.id)).status).toBe('PAUSED');
    expect(await prisma.message.count({ where: { householdId: household.id, template: 'dunning-reminder' } })).toBe(0);
    expect(await entries(ladder.caseId)).not.toContain('AGREEMENT_BROKEN');

    // A second household breaks its agreement: the ladder resumes where it was.
    const other = await inArrears([100]);
    await as.cashier.post(`/dunning-ladders/${other.ladder.id}/agreement`, { instalments: [{ dueDate: today, amount: 100 }], note: '今天缴清' });
    const resumed = await until(other.ladder.id, (l) => l.status === 'ACTIVE' && l.agreement === null, 'agreement broken');
    expect(resumed.pauseReason).toBeNull();
    const broken = await prisma.timelineEntry.findFirstOrThrow({ where: { caseId: other.ladder.caseId, type: 'AGREEMENT_BROKEN' } });
    expect(broken.data).toMatchObject({ dueDate: today, expected: 100, paid: 0 });
    await eventually(() => prisma.message.findFirst({ where: { householdId: other.household.id, template: 'dunning-reminder' } }).then((m) => m ?? undefined), 20_000, 'reminder after the broken agreement');
    await pay(other.household.id, 100);
    await record(other.ladder.workflowId, 'agreement-broken');
    await pay(household.id, 200);
    await until(ladder.id, (l) => l.status === 'STOPPED', 'paid');
  });

  it('a dispute tied to a complaint holds the ladder until the complaint is resolved', async () => {
    await usePolicy({ ...FAST, remindAfter: 'PT3S' });
    const { household, ladder } = await inArrears([400]);
    const complaint = await as.reception.post('/complaints', {
      householdId: household.id,
      complainantName: household.name,
      phone: household.phone,
      channel: 'FRONT_DESK',
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
      place: '地下车库',
      subject: '车辆被刮',
      department: 'SECURITY',
      description: '车辆在车库被刮，要求赔偿后再缴物业费',
      request: '赔偿修车费',
      tier: 'IMPORTANT',
      confirmedWithResident: true,
    });
    expect(complaint.status).toBe(201);
    expect((await as.supervisor.post(`/dunning-ladders/${ladder.id}/dispute`, { complaintId: 999999, reason: 'x' })).body.errors[0].field).toBe('complaintId');
    const held = await as.supervisor.post(`/dunning-ladders/${ladder.id}/dispute`, { complaintId: complaint.body.id, reason: '赔偿未决，拒缴物业费' });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ status: 'HELD', holdComplaintId: complaint.body.id });
    await new Promise((r) => setTimeout(r, 5000));
    expect(await prisma.message.count({ where: { householdId: household.id, template: 'dunning-reminder' } })).toBe(0);

    await prisma.complaint.update({ where: { id: complaint.body.id }, data: { status: 'RESOLVED', resolvedAt: new Date() } });
    await until(ladder.id, (l) => l.status === 'ACTIVE', 'released by the resolved complaint');
    expect(await entries(ladder.caseId)).toEqual(expect.arrayContaining(['LADDER_HELD', 'DISPUTE_RESOLVED', 'LADDER_RESUMED']));
    await eventually(() => prisma.message.findFirst({ where: { householdId: household.id, template: 'dunning-reminder' } }).then((m) => m ?? undefined), 20_000, 'reminder');
    await pay(household.id, 400);
    await until(ladder.id, (l) => l.status === 'STOPPED', 'paid');
    await record(ladder.workflowId, 'dispute-held');
  });

  it('managers hold, release and waive, each with a reason; other staff may not', async () => {
    await usePolicy(SLOW);
    const { household, ladder } = await inArrears([500]);
    expect((await as.cashier.post(`/dunning-ladders/${ladder.id}/hold`, { reason: '住院' })).status).toBe(403);
    expect((await as.supervisor.post(`/dunning-ladders/${ladder.id}/hold`, {})).status).toBe(400);
    const held = await as.supervisor.post(`/dunning-ladders/${ladder.id}/hold`, { reason: '业主住院，暂缓催缴' });
    expect(held.body).toMatchObject({ status: 'HELD', pauseReason: '业主住院，暂缓催缴' });
    expect((await as.supervisor.post(`/dunning-ladders/${ladder.id}/release`, { reason: '已出院' })).body.status).toBe('ACTIVE');
    expect((await as.supervisor.post(`/dunning-ladders/${ladder.id}/release`, { reason: 'again' })).status).toBe(409);
    expect((await as.cashier.post(`/dunning-ladders/${ladder.id}/waive`, { reason: 'x' })).status).toBe(403);
    // A waiver waits for a manager of another role: the supervisor asks, the director approves (and is the one who waives).
    const asked = await as.supervisor.post(`/dunning-ladders/${ladder.id}/waive`, { reason: '困难家庭，经主任批准减免' });
    expect(asked.body).toMatchObject({ kind: 'WAIVER', status: 'PENDING' });
    expect((await as.director.post(`/approvals/${asked.body.id}/approve`, {})).status).toBe(201);
    const waived = await until(ladder.id, (l) => l.status === 'STOPPED', 'waived');
    await record(ladder.workflowId, 'held-released-waived');
    expect(waived.stopReason).toBe('waived');
    const bills = await prisma.bill.findMany({ where: { householdId: household.id } });
    expect(bills.map((b) => [b.status, Number(b.waived)])).toEqual([['WAIVED', 500]]);
    const overrides = await prisma.timelineEntry.findMany({ where: { caseId: ladder.caseId, type: { in: ['LADDER_HELD', 'LADDER_RESUMED', 'ARREARS_WAIVED'] } }, include: { actor: true }, orderBy: { id: 'asc' } });
    expect(overrides.map((e) => e.actor?.username)).toEqual(['supervisor', 'supervisor', 'director']);
    expect((await as.supervisor.post(`/dunning-ladders/${ladder.id}/hold`, { reason: 'late' })).status).toBe(409);
  });

  it('a ladder that waits for years stays small: it continues as new and keeps its state', async () => {
    await usePolicy(SLOW);
    const household = await fixture.household();
    await overdueBill(prisma, household, '2025-06', 260);
    const workflowId = `dunning-test-${household.id}`;
    const handle = await temporal.client.workflow.start('dunningWorkflow', {
      workflowId,
      taskQueue: worker.taskQueue,
      args: [{ householdId: household.id, delivery: { maximumAttempts: 3, initialIntervalMs: 200 }, historyLimit: 40 }],
    });
    const ladder = await eventually(() => prisma.dunningLadder.findFirst({ where: { workflowId } }).then((l) => l ?? undefined), 20_000, 'ladder');
    const complaint = await as.reception.post('/complaints', {
      householdId: household.id,
      complainantName: household.name,
      phone: household.phone,
      channel: 'HOTLINE',
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
      place: '单元门',
      subject: '门禁',
      department: 'SECURITY',
      description: '门禁坏了一个月没人修，修好之前不交物业费',
      request: '修好门禁',
      tier: 'MINOR',
      confirmedWithResident: true,
    });
    expect(complaint.status).toBe(201);
    // Held by a dispute, it looks at the complaint every second: its history grows until it continues as new.
    expect((await as.supervisor.post(`/dunning-ladders/${ladder.id}/dispute`, { complaintId: complaint.body.id, reason: '异议' })).status).toBe(201);
    await eventually(async () => ((await handle.describe()).runId !== handle.firstExecutionRunId ? true : undefined), 60_000, 'continued as new');
    expect((await as.cashier.post(`/dunning-ladders/${ladder.id}/reason`, { reason: '等待投诉处理结果' })).status).toBe(201);
    expect((await ladderOf(ladder.id)).status).toBe('HELD');
    await pay(household.id, 260);
    await until(ladder.id, (l) => l.status === 'STOPPED' && l.stopReason === 'paid', 'paid after continuing as new');
    await record(workflowId, 'continued-as-new');
    const keys = await prisma.timelineEntry.findMany({ where: { caseId: ladder.caseId }, select: { key: true } });
    expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
  });

  it('FEE-7: the collection rate by ladder step counts the ladders paid in full at each step', async () => {
    const figures = (await as.supervisor.get('/fees/figures?from=2025-01&to=2025-12')).body;
    const step = (name: string) => figures.steps.find((s: { step: string }) => s.step === name);
    expect(figures.steps.map((s: { step: string }) => s.step)).toEqual(['OVERDUE', 'REMINDED', 'LETTER_SENT', 'VISITED', 'LEGAL_REVIEW', 'REFERRED']);
    const stopped = await prisma.dunningLadder.groupBy({ by: ['step'], where: { stopReason: 'paid' }, _count: true });
    for (const row of stopped) expect(step(row.step).paid).toBe(row._count);
    expect(step('OVERDUE').reached).toBe(await prisma.dunningLadder.count());
    expect(step('OVERDUE').rate).toBeCloseTo(step('OVERDUE').paid / step('OVERDUE').reached, 4);
    expect(step('REFERRED').reached).toBeGreaterThanOrEqual(1);
  });
});
