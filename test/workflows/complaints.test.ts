import { DEFAULT_CALENDAR, endOfBusinessDay, localDay, resolveDue } from '../../workflows/core/calendar';
import { loadCalendar } from '../../workflows/core/activities';
import { DEFAULT_COMPLAINT_POLICY, type ComplaintPolicy } from '../../workflows/complaint/policy';
import type { PrismaClient } from '../../prisma/client';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';
import { recordHistory } from '../harness/histories';
import { startSmtpServer, type TestSmtp } from '../harness/smtp';

type Client = ReturnType<typeof http>;
const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Complaints in tiers (CMP-1..9) on the real dev server, database and outbox, through the API. */
describe('complaints', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let smtp: TestSmtp;
  let temporal: Awaited<ReturnType<typeof temporalClient>>;
  let as: Record<'reception' | 'supervisor' | 'director' | 'engineer' | 'commissioner' | 'security', Client>;
  let household: { id: number; name: string; phone: string };

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    smtp = await startSmtpServer();
    worker = await startWorker(prisma, undefined, {}, { SMTP_URL: smtp.url });
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
    temporal = await temporalClient();
    const names = ['reception', 'supervisor', 'director', 'engineer', 'commissioner', 'security'] as const;
    as = Object.fromEntries(await Promise.all(names.map(async (n) => [n, http(api.url, await login(api.url, n, credentials[n]))]))) as typeof as;
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '投诉路 9 号' } });
    household = await prisma.household.create({
      data: {
        occupancy: 'OWNER',
        name: '赵敏',
        phone: '13800005555',
        unit: { create: { number: 'C-0302', floor: 3, areaSqm: 88, building: { create: { estateId: estate.id, code: unique('C'), name: 'C栋', floors: 6 } } } },
      },
    });
  });

  afterAll(async () => {
    await prisma.policy.deleteMany({ where: { key: 'complaint' } });
    await api.close();
    await worker.stop();
    await smtp.close();
    await temporal.close();
    await prisma.$disconnect();
  });

  /** A policy version for the next complaints (tests use seconds where they wait for a deadline). */
  async function usePolicy(changes: Partial<ComplaintPolicy> = {}) {
    const res = await as.supervisor.post('/policies', { key: 'complaint', data: { ...DEFAULT_COMPLAINT_POLICY, ...changes }, note: 'test' });
    expect(res.status).toBe(201);
  }

  const intake = (changes: Record<string, unknown> = {}) => ({
    householdId: household.id,
    complainantName: household.name,
    phone: household.phone,
    channel: 'HOTLINE',
    occurredAt: new Date(Date.now() - HOUR).toISOString(),
    place: 'C栋 3 楼走廊',
    subject: '维修部 夜班人员',
    department: 'ENGINEERING',
    description: '楼上漏水到我家天花板，报修两次没人来。',
    request: '尽快修好并赔偿天花板',
    tier: 'MINOR',
    confirmedWithResident: true,
    ...changes,
  });

  async function take(changes: Record<string, unknown> = {}) {
    const res = await as.reception.post('/complaints', intake(changes));
    expect(res.status).toBe(201);
    return res.body as { id: number; caseId: number };
  }

  const task = (caseId: number, key: string) =>
    eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId, key } } }).then((t) => t ?? undefined), 15_000, `task ${key}`);
  const tasksOf = async (caseId: number) => (await prisma.task.findMany({ where: { caseId }, orderBy: { id: 'asc' } })).map((t) => t.key);
  const complete = async (who: Client, caseId: number, key: string, formData: Record<string, unknown>) => {
    const res = await who.post(`/tasks/${(await task(caseId, key)).id}/complete`, { formData });
    expect(res.status).toBe(200);
  };
  const handled = { contactedResident: true, result: '已更换楼上水管，天花板已修补。' };
  const workflowOf = async (caseId: number) => (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).workflowId;

  it('CMP-1 records time, place, who, what happened and the request, confirmed with the resident; a letter too', async () => {
    await usePolicy();
    const before = await prisma.complaint.count();
    const missing = await as.reception.post('/complaints', { ...intake(), place: '', description: undefined, confirmedWithResident: false });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['place', 'description', 'confirmedWithResident']));
    expect(await prisma.complaint.count()).toBe(before);
    expect(await prisma.case.count({ where: { process: 'complaint' } })).toBe(before);

    const letter = await take({ channel: 'LETTER' });
    const record = await as.reception.get(`/complaints/${letter.id}`);
    expect(record.body).toMatchObject({
      channel: 'LETTER',
      place: 'C栋 3 楼走廊',
      subject: '维修部 夜班人员',
      description: '楼上漏水到我家天花板，报修两次没人来。',
      request: '尽快修好并赔偿天花板',
      householdId: household.id,
      status: 'OPEN',
      case: { status: 'OPEN' },
    });
    expect(record.body.confirmedAt).toEqual(expect.any(String));
    expect((await prisma.staff.findUniqueOrThrow({ where: { id: record.body.receivedById } })).username).toBe('reception');
    await task(letter.caseId, 'handle');
    expect(await tasksOf(letter.caseId)).toEqual(['handle']);
  });

  /** The end of the local calendar day of an instant (China Standard Time). */
  const endOfLocalDay = (at: Date) => Date.parse(`${localDay(at.getTime(), { utcOffsetMinutes: 480 })}T23:59:59+08:00`);

  it('CMP-2 a major complaint reaches the director the same day; answer in 2 days, resolved in 10, each deadline on its own', async () => {
    await usePolicy();
    const major = await take({ tier: 'MAJOR' });
    const review = await task(major.caseId, 'director-review');
    expect(review.candidateRole).toBe('OFFICE_DIRECTOR');
    expect(review.dueAt!.getTime()).toBe(endOfLocalDay(review.createdAt));
    const handle = await task(major.caseId, 'handle');
    expect(handle).toMatchObject({ candidateDepartment: 'ENGINEERING', priority: 'HIGH' });
    const calendar = await loadCalendar(prisma);
    expect(handle.dueAt!.getTime()).toBe(resolveDue(handle.createdAt.getTime(), { after: 'P2D', business: true }, calendar));
    expect((await as.director.get('/tasks?filter={"view":"queue"}')).body.map((t: { id: number }) => t.id)).toContain(review.id);

    // Both deadlines of the handling are on the complaint's case, each with how it was counted.
    const kase = await as.reception.get(`/cases/${major.caseId}`);
    const deadlines = kase.body.tasks.find((t: { key: string }) => t.key === 'handle').deadlines;
    expect(deadlines.map((d: { key: string; labelZh: string }) => [d.key, d.labelZh])).toEqual([['answer', '给住户明确答复'], ['resolve', '解决']]);
    expect(deadlines[1]).toMatchObject({
      status: 'PENDING',
      dueAt: new Date(resolveDue(handle.createdAt.getTime(), { after: 'P10D', business: true }, calendar)).toISOString(),
      basis: { rule: 'business', duration: 'P10D', policy: { key: 'complaint', version: expect.any(Number) } },
      onMiss: { bringIn: 'next-in-chain', notify: true },
    });

    // The director moves the resolution alone: the answer deadline stays, the timeline has both times of the one moved.
    const later = new Date(Date.parse(deadlines[1].dueAt) + 5 * DAY).toISOString();
    const moved = await as.director.post(`/cases/${major.caseId}/extend-deadline`, { taskId: handle.id, deadlineKey: 'resolve', dueAt: later, reason: '需业主委员会表决' });
    expect(moved.status).toBe(200);
    const after = moved.body.tasks.find((t: { key: string }) => t.key === 'handle').deadlines;
    expect(after.map((d: { key: string; dueAt: string }) => [d.key, d.dueAt])).toEqual([['answer', deadlines[0].dueAt], ['resolve', later]]);
    const override = await prisma.timelineEntry.findFirstOrThrow({ where: { caseId: major.caseId, type: 'OVERRIDE' } });
    expect(override.data).toMatchObject({ action: 'extendDeadline', deadlineKey: 'resolve', from: deadlines[1].dueAt, dueAt: later, reason: '需业主委员会表决' });
  });

  it('CMP-2 after hours on a day off before more days off: the director has it the same calendar day, told at once by SMS and e-mail', async () => {
    await usePolicy();
    // Today and the next two days are days off (as a Sunday before a holiday would be): nobody is at work.
    const days = [0, 1, 2].map((n) => new Date(`${localDay(Date.now() + n * DAY, { utcOffsetMinutes: 480 })}T00:00:00Z`));
    const existing = await prisma.calendarDay.findMany({ where: { date: { in: days } } });
    await prisma.calendarDay.createMany({ data: days.map((date) => ({ date, workday: false, nameZh: '测试假日', nameEn: 'Test holiday' })), skipDuplicates: true });
    await prisma.staff.update({ where: { username: 'director' }, data: { phone: '13900001111' } });
    try {
      const major = await take({ tier: 'MAJOR' });
      const review = await task(major.caseId, 'director-review');
      expect(review.dueAt!.getTime()).toBe(endOfLocalDay(review.createdAt));
      const told = await eventually(async () => {
        const sent = await prisma.message.findMany({ where: { caseId: major.caseId, template: 'task-arrived-urgent' } });
        return sent.length >= 2 ? sent : undefined;
      }, 15_000, 'the director told at once');
      expect(told.map((m) => [m.channel, m.recipient]).sort()).toEqual([['EMAIL', 'director@estate-desk.local'], ['SMS', '13900001111']]);
      expect(told.find((m) => m.channel === 'SMS')!.body).toMatch(/重大投诉/);

      // The answer counts working days: it skips the three days off, and says so.
      const handle = await task(major.caseId, 'handle');
      const answer = await prisma.taskDeadline.findUniqueOrThrow({ where: { taskId_key: { taskId: handle.id, key: 'answer' } } });
      expect(answer.dueAt.getTime()).toBeGreaterThan(Date.now() + 3 * DAY);
      const basis = answer.basis as { rule: string; daysOff: { date: string; holiday: boolean; nameZh?: string }[] };
      expect(basis.rule).toBe('business');
      expect(basis.daysOff.slice(0, 3)).toEqual(days.map((d) => expect.objectContaining({ date: d.toISOString().slice(0, 10), holiday: true, nameZh: '测试假日' })));
      const opened = await prisma.timelineEntry.findFirstOrThrow({ where: { caseId: major.caseId, type: 'TASK_OPENED', taskId: handle.id } });
      expect((opened.data as { deadlines: { key: string; basis: { rule: string } }[] }).deadlines.map((d) => [d.key, d.basis.rule])).toEqual([
        ['answer', 'business'],
        ['resolve', 'business'],
      ]);
      await as.director.post(`/cases/${major.caseId}/close`, { justification: '测试结束' });
      await temporal.client.workflow.getHandle(await workflowOf(major.caseId)).result();
      await recordHistory(temporal.client, await workflowOf(major.caseId), 'complaint', 'major-told-at-once');
    } finally {
      await prisma.calendarDay.deleteMany({ where: { date: { in: days.filter((d) => !existing.some((e) => e.date.getTime() === d.getTime())) } } });
    }
  });

  it('CMP-2 each missed deadline of a major complaint escalates up the chain: the department supervisor, the CS supervisor, the director', async () => {
    await usePolicy({ major: { directorSameDay: { after: 'PT1H' }, answerWithin: { after: 'PT2S' }, resolveWithin: { after: 'PT60S' } }, escalationFollowUp: { after: 'PT2S' } });
    const major = await take({ tier: 'MAJOR' });
    const levels = await eventually(async () => {
      const entries = await prisma.timelineEntry.findMany({ where: { caseId: major.caseId, type: 'ESCALATED' }, orderBy: { id: 'asc' } });
      return entries.length >= 3 ? entries.map((e) => (e.data as { broughtIn: { role: string; department?: string } }).broughtIn) : undefined;
    }, 25_000, 'three escalations');
    expect(levels.slice(0, 3)).toEqual([{ role: 'DEPT_SUPERVISOR', department: 'ENGINEERING' }, { role: 'CS_SUPERVISOR' }, { role: 'OFFICE_DIRECTOR' }]);
    const handle = await task(major.caseId, 'handle');
    // The work stays with the department; the director is brought in to follow it up, and a deadline keeps running.
    expect(handle).toMatchObject({ candidateDepartment: 'ENGINEERING', candidateRole: null, escalatedRole: 'OFFICE_DIRECTOR' });
    expect(handle.dueAt).not.toBeNull();
    expect((await as.engineer.get(`/tasks?filter=${encodeURIComponent(JSON.stringify({ view: 'queue', caseId: major.caseId }))}`)).body.map((t: { key: string }) => t.key)).toContain('handle');
    // The levels brought in are told by e-mail.
    const director = await prisma.staff.findUniqueOrThrow({ where: { username: 'director' } });
    const notices = await eventually(async () => {
      const sent = await prisma.message.findMany({ where: { caseId: major.caseId, template: 'task-followed-up', status: 'SENT' } });
      return sent.some((m) => m.recipient === director.email) ? sent : undefined;
    }, 20_000, 'the director told by e-mail');
    expect(notices.map((m) => m.recipient)).toEqual(expect.arrayContaining(['engineering-lead@estate-desk.local', 'supervisor@estate-desk.local', director.email]));
    const delivered = smtp.received.flatMap((mail) => [mail.to].flat().flatMap((to) => to?.value.map((a) => a.address) ?? []));
    for (const notice of notices) expect(delivered).toContain(notice.recipient);
    await complete(as.director, major.caseId, 'handle', handled);
    await complete(as.reception, major.caseId, 'inform', { method: 'PHONE' });
    await complete(as.commissioner, major.caseId, 'return-visit', { satisfaction: 'SATISFIED' });
    await temporal.client.workflow.getHandle(await workflowOf(major.caseId)).result();
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id: major.id } })).resolvedOnTime).toBe(false);
    await recordHistory(temporal.client, await workflowOf(major.caseId), 'complaint', 'major-brought-in');
  });

  it('CMP-3 an important complaint goes to the department supervisor within 1 hour and is handled in 3 days', async () => {
    await usePolicy();
    const important = await take({ tier: 'IMPORTANT' });
    const forward = await task(important.caseId, 'forward');
    expect(forward.candidateRole).toBe('CS_SUPERVISOR');
    expect(forward.dueAt!.getTime() - forward.createdAt.getTime()).toBe(HOUR);
    const handle = await task(important.caseId, 'handle');
    expect(handle.dueAt!.getTime() - handle.createdAt.getTime()).toBe(3 * DAY);
  });

  it('CMP-4 a minor complaint is resolved in 2 days, or by the date the resident asks for', async () => {
    await usePolicy();
    const plain = await task((await take({ tier: 'MINOR' })).caseId, 'handle');
    expect(plain.dueAt!.getTime() - plain.createdAt.getTime()).toBe(2 * DAY);
    const requestedBy = new Date(Date.now() + 5 * DAY).toISOString();
    const asked = await task((await take({ tier: 'MINOR', requestedBy })).caseId, 'handle');
    expect(asked.dueAt!.toISOString()).toBe(requestedBy);
    const wrong = await as.reception.post('/complaints', intake({ tier: 'MAJOR', requestedBy }));
    expect(wrong.body.errors[0].field).toBe('requestedBy');
  });

  it('CMP-5 the department contacts the resident and reports back; the reception tells the complainant the same day', async () => {
    await usePolicy();
    const minor = await take();
    const handle = await task(minor.caseId, 'handle');
    expect((await as.engineer.get('/tasks?filter={"view":"queue"}')).body.map((t: { id: number }) => t.id)).toContain(handle.id);
    expect((await as.reception.post(`/tasks/${handle.id}/complete`, { formData: handled })).status).toBe(403);
    const notContacted = await as.engineer.post(`/tasks/${handle.id}/complete`, { formData: { result: 'fixed' } });
    expect(notContacted.body.errors).toEqual([{ field: 'contactedResident', message: 'is required' }]);
    await complete(as.engineer, minor.caseId, 'handle', handled);

    const inform = await task(minor.caseId, 'inform');
    expect(inform.candidateRole).toBe('RECEPTION');
    expect(inform.dueAt!.getTime()).toBe(endOfBusinessDay(inform.createdAt.getTime(), DEFAULT_CALENDAR));
    await complete(as.reception, minor.caseId, 'inform', { method: 'SMS', note: '您反映的漏水已修好，天花板已修补。' });
    const sms = await eventually(() => prisma.message.findFirst({ where: { caseId: minor.caseId, status: 'SENT' } }).then((m) => m ?? undefined));
    expect(sms).toMatchObject({ channel: 'SMS', recipient: household.phone });
    // The resident gets what the reception wrote, not the department's internal report.
    expect(sms.body).toBe(`${household.name}，您好：您反映的漏水已修好，天花板已修补。（如有疑问，请联系客服中心）`);
    const record = await prisma.complaint.findUniqueOrThrow({ where: { id: minor.id } });
    expect(record).toMatchObject({ status: 'RESOLVED', resolvedOnTime: true, informMethod: 'SMS' });
    expect(record.informedAt).not.toBeNull();
  });

  it('CMP-6 damage still happening is stopped first, then the complaint is processed', async () => {
    await usePolicy();
    const urgent = await take({ damageOngoing: true, description: '楼上水管爆裂，水正流进我家' });
    const stop = await task(urgent.caseId, 'stop-damage');
    await new Promise((r) => setTimeout(r, 500));
    expect(stop).toMatchObject({ priority: 'URGENT', candidateDepartment: 'ENGINEERING' });
    expect(await tasksOf(urgent.caseId)).toEqual(['stop-damage']);
    await complete(as.engineer, urgent.caseId, 'stop-damage', { measures: '已关闭总阀' });
    await task(urgent.caseId, 'handle');
    expect(await tasksOf(urgent.caseId)).toEqual(['stop-damage', 'handle']);
  });

  it('CMP-7 an invalid complaint is still answered, then closed with its reason, never dropped', async () => {
    await usePolicy();
    const atDesk = await take({ invalidReason: '属于邻里纠纷，不属物业责任；已建议居委会调解' });
    await task(atDesk.caseId, 'inform');
    expect(await tasksOf(atDesk.caseId)).toEqual(['inform']);
    await complete(as.reception, atDesk.caseId, 'inform', { method: 'PHONE', note: '耐心解释并提供居委会电话' });
    await temporal.client.workflow.getHandle(await workflowOf(atDesk.caseId)).result();
    expect(await prisma.complaint.findUniqueOrThrow({ where: { id: atDesk.id } })).toMatchObject({ status: 'INVALID', invalidReason: '属于邻里纠纷，不属物业责任；已建议居委会调解' });
    expect(await prisma.case.findUniqueOrThrow({ where: { id: atDesk.caseId } })).toMatchObject({ status: 'CLOSED', closeReason: 'invalid: 属于邻里纠纷，不属物业责任；已建议居委会调解' });

    // Found invalid by the department: the same answer and closing.
    const byDepartment = await take();
    await complete(as.engineer, byDepartment.caseId, 'handle', { contactedResident: true, result: '经查为住户自家管道问题', invalid: true, invalidReason: '住户自家管道' });
    await complete(as.reception, byDepartment.caseId, 'inform', { method: 'VISIT' });
    await temporal.client.workflow.getHandle(await workflowOf(byDepartment.caseId)).result();
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id: byDepartment.id } })).status).toBe('INVALID');
  });

  it('CMP-8 complaints unresolved for longer than the policy period are on the follow-up list', async () => {
    await usePolicy({ followUpAfter: 'PT2S' });
    const old = await take();
    const resolved = await take();
    await complete(as.engineer, resolved.caseId, 'handle', handled);
    await new Promise((r) => setTimeout(r, 2500));
    const fresh = await take();
    const list = await as.supervisor.get(`/complaints?filter=${encodeURIComponent(JSON.stringify({ followUp: true }))}&range=[0,999]`);
    const ids = list.body.map((c: { id: number }) => c.id);
    expect(ids).toContain(old.id);
    expect(ids).not.toContain(resolved.id);
    expect(ids).not.toContain(fresh.id);
  });

  it('CMP-9 every resolved complaint gets a return visit; not satisfied reopens the handling with a new deadline', async () => {
    await usePolicy({ reopenWithin: { after: 'P1D' } });
    const minor = await take();
    await complete(as.engineer, minor.caseId, 'handle', handled);
    await complete(as.reception, minor.caseId, 'inform', { method: 'PHONE' });
    const visit = await task(minor.caseId, 'return-visit');
    expect(visit.candidateRole).toBe('SERVICE_COMMISSIONER');
    await complete(as.commissioner, minor.caseId, 'return-visit', { satisfaction: 'DISSATISFIED', note: '天花板仍有水印' });

    const again = await task(minor.caseId, 'handle-2');
    expect(again.dueAt!.getTime() - again.createdAt.getTime()).toBe(DAY);
    expect(await prisma.complaint.findUniqueOrThrow({ where: { id: minor.id } })).toMatchObject({ status: 'OPEN', reopenCount: 1, satisfaction: 'DISSATISFIED' });
    await complete(as.engineer, minor.caseId, 'handle-2', { contactedResident: true, result: '重新刷漆' });
    await complete(as.reception, minor.caseId, 'inform-2', { method: 'PHONE' });
    await complete(as.commissioner, minor.caseId, 'return-visit-2', { satisfaction: 'SATISFIED' });
    await expect(temporal.client.workflow.getHandle(await workflowOf(minor.caseId)).result()).resolves.toBe('resolved');
    expect(await prisma.complaint.findUniqueOrThrow({ where: { id: minor.id } })).toMatchObject({ status: 'RESOLVED', satisfaction: 'SATISFIED' });
    await recordHistory(temporal.client, await workflowOf(minor.caseId), 'complaint', 'reopened-then-satisfied');
  });

  it('a reclassification made while the damage is being stopped applies to the handling that follows', async () => {
    await usePolicy();
    const urgent = await take({ tier: 'MINOR', damageOngoing: true, description: '楼上水管爆裂，水正流进我家' });
    await task(urgent.caseId, 'stop-damage');
    expect((await as.supervisor.post(`/cases/${urgent.caseId}/tier`, { tier: 'MAJOR', reason: '水已漫到电表箱' })).status).toBe(200);
    await complete(as.engineer, urgent.caseId, 'stop-damage', { measures: '已关闭总阀' });

    expect((await task(urgent.caseId, 'director-review')).candidateRole).toBe('OFFICE_DIRECTOR');
    await eventually(async () => (await prisma.complaint.findUniqueOrThrow({ where: { id: urgent.id } })).tier === 'MAJOR', 10_000, 'the new tier');
    const calendar = await loadCalendar(prisma);
    await eventually(async () => {
      const handle = await task(urgent.caseId, 'handle');
      return Math.abs(handle.dueAt!.getTime() - resolveDue(Date.now(), { after: 'P2D', business: true }, calendar)) < 60_000;
    }, 10_000, 'the major deadline on the handling');
  });

  it('a supervisor reclassifies a complaint with a reason: new deadlines, and the director is brought in', async () => {
    await usePolicy();
    const minor = await take({ tier: 'MINOR' });
    await task(minor.caseId, 'handle');
    expect((await as.reception.post(`/cases/${minor.caseId}/tier`, { tier: 'MAJOR', reason: 'x y' })).status).toBe(403);
    expect((await as.supervisor.post(`/cases/${minor.caseId}/tier`, { tier: 'MAJOR', reason: '涉及住户安全' })).status).toBe(200);
    const review = await task(minor.caseId, 'director-review');
    expect(review.candidateRole).toBe('OFFICE_DIRECTOR');
    await eventually(async () => (await prisma.complaint.findUniqueOrThrow({ where: { id: minor.id } })).tier === 'MAJOR', 10_000, 'the new tier');
    expect(await prisma.case.findUniqueOrThrow({ where: { id: minor.caseId } })).toMatchObject({ titleZh: '重大投诉：维修部 夜班人员', titleEn: 'Major complaint: 维修部 夜班人员' });
    const handle = await task(minor.caseId, 'handle');
    const answerDue = resolveDue(Date.now(), { after: 'P2D', business: true }, await loadCalendar(prisma));
    expect(Math.abs(handle.dueAt!.getTime() - answerDue)).toBeLessThan(60_000);
    const override = await prisma.timelineEntry.findFirstOrThrow({ where: { caseId: minor.caseId, type: 'OVERRIDE' } });
    expect(override.data).toMatchObject({ action: 'changeTier', from: 'MINOR', tier: 'MAJOR', reason: '涉及住户安全' });

    await complete(as.engineer, minor.caseId, 'handle', handled);
    await complete(as.reception, minor.caseId, 'inform', { method: 'PHONE' });
    await complete(as.commissioner, minor.caseId, 'return-visit', { satisfaction: 'SATISFIED' });
    await temporal.client.workflow.getHandle(await workflowOf(minor.caseId)).result();
    await recordHistory(temporal.client, await workflowOf(minor.caseId), 'complaint', 'reclassified');
  });

  it('CMP-9 the figures add up: received, on time, late, pending, return-visit rate and satisfaction per tier and department', async () => {
    await usePolicy();
    const from = new Date(Date.now() - 1000).toISOString();
    const done = await take({ tier: 'IMPORTANT', department: 'SECURITY' });
    const pending = await take({ tier: 'IMPORTANT', department: 'SECURITY' });
    await complete(as.supervisor, done.caseId, 'forward', { forwardedTo: '保安部主管' });
    await complete(as.security, done.caseId, 'handle', handled);
    await complete(as.reception, done.caseId, 'inform', { method: 'PHONE' });
    await complete(as.commissioner, done.caseId, 'return-visit', { satisfaction: 'SATISFIED' });
    await temporal.client.workflow.getHandle(await workflowOf(done.caseId)).result();
    await recordHistory(temporal.client, await workflowOf(done.caseId), 'complaint', 'resolved-in-time');

    const to = new Date(Date.now() + 1000).toISOString();
    const figures = await as.supervisor.get(`/complaints/figures?from=${from}&to=${to}`);
    expect(figures.status).toBe(200);
    expect(figures.body.byTier.IMPORTANT).toEqual({
      received: 2,
      resolved: 1,
      onTime: 1,
      late: 0,
      pending: 1,
      invalid: 0,
      returnVisits: 1,
      returnVisitRate: 1,
      satisfactionRate: 1,
    });
    expect(figures.body.byDepartment.SECURITY.received).toBe(2);
    expect(figures.body.total.received).toBe(2);
    expect(pending.id).toBeGreaterThan(done.id);
    expect((await as.supervisor.get('/complaints/figures?from=x&to=y')).body.errors[0].field).toBe('from');
  });
});
