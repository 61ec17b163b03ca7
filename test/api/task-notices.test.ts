import type { ParsedMail } from 'mailparser';
import type { Department, PrismaClient, StaffRole } from '../../prisma/client';
import { startCoreDemo } from '../support/core-demo';
import { startSmtpServer, type TestSmtp } from '../harness/smtp';
import { eventually, http, login, seedTestStaff, startApi, startWorker, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';

const BACK_OFFICE = 'https://desk.example.test';
const PASSWORD = 'Lawn-and-hedge-2026!';

type Client = ReturnType<typeof http>;
type Choice = 'NONE' | 'EMAIL' | 'SMS' | 'BOTH';

interface Person {
  id: number;
  username: string;
  email: string;
  phone: string;
  as: Client;
}

/**
 * Notices of new work, as each staff member chose: a task that arrives for a person or their queue is told
 * to them by e-mail (through the real SMTP server), by SMS (the outbox's SMS provider) or both, in their
 * language, naming the task and the case and linking to the task; none for who chose none; one per task and
 * person, however often the task comes back to them.
 */
describe('notices of new work by e-mail or SMS, as each staff member chooses', () => {
  let prisma: PrismaClient;
  let smtp: TestSmtp;
  let worker: RunningWorker;
  let api: RunningApi;
  let admin: Client;
  let supervisor: Client;
  let greening: string;
  let cleaning: string;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    smtp = await startSmtpServer();
    worker = await startWorker(prisma, undefined, {}, { SMTP_URL: smtp.url, BACK_OFFICE_URL: BACK_OFFICE, DELIVERY_FIRST_RETRY_MS: '200' });
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
    admin = http(api.url, await login(api.url, 'admin', credentials.admin));
    supervisor = http(api.url, await login(api.url, 'supervisor', credentials.supervisor));
    // A department of this run's own staff, so that its queue holds only the people the tests set up.
    greening = unique('草坪组');
    cleaning = unique('保洁组');
  });

  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await smtp?.close();
    await prisma?.$disconnect();
  });

  /** A staff member made by the administrator, who then sets their own notice choice. */
  async function person(role: StaffRole, department: Department, choice: Choice, language: 'zh' | 'en' = 'zh'): Promise<Person> {
    const username = unique('gs');
    const email = `${username}@staff.example.test`;
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const made = await admin.post('/staff', { username, displayName: `${username} 员工`, role, department, email, phone, language, password: PASSWORD });
    if (made.status !== 201) throw new Error(`staff refused: ${JSON.stringify(made.body)}`);
    const as = http(api.url, await login(api.url, username, PASSWORD));
    const set = await as.put('/me/notices', { taskNotice: choice });
    if (set.status !== 200) throw new Error(`notice choice refused: ${JSON.stringify(set.body)}`);
    return { id: made.body.id, username, email, phone, as };
  }

  /** The staff of a queue are DEPT_STAFF of one department: moved to a department of their own for the test. */
  const intoQueue = (people: Person[], department: Department) => prisma.staff.updateMany({ where: { id: { in: people.map((p) => p.id) } }, data: { department } });

  const openTask = async (title: string, candidate: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const kase = await startCoreDemo(api, { title, policy: { task: { key: 'work', title: { zh: `${title}（中文）`, en: title }, candidate, ...extra } } });
    const task = await eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId: kase.id, key: 'work' } } }).then((t) => t ?? undefined), 20_000, `task of ${title}`);
    return { caseId: kase.id, taskId: task.id };
  };

  const noticesOf = (taskId: number) => prisma.message.findMany({ where: { template: 'task-arrived', idempotencyKey: { startsWith: `task-arrived:${taskId}:` } }, orderBy: { id: 'asc' } });
  const mailTo = (address: string, taskId: number) => smtp.received.filter((m: ParsedMail) => m.text?.includes(`/#/tasks/${taskId}/show`) && JSON.stringify(m.to).includes(address));
  const sent = (taskId: number, staffId: number, channel: 'EMAIL' | 'SMS') =>
    eventually(() => noticesOf(taskId).then((all) => all.find((m) => m.staffId === staffId && m.channel === channel && m.status === 'SENT')), 20_000, `${channel} to ${staffId}`);

  it('a task for a queue reaches by e-mail the member who chose e-mail and by SMS the one who chose SMS, each in their language; none for who chose none', async () => {
    const [mail, sms, none] = [await person('DEPT_STAFF', 'GREENING', 'EMAIL'), await person('DEPT_STAFF', 'GREENING', 'SMS', 'en'), await person('DEPT_STAFF', 'GREENING', 'NONE')];
    await intoQueue([mail, sms, none], 'FINANCE');
    const { caseId, taskId } = await openTask(`Water the lawn ${greening}`, { role: 'DEPT_STAFF', department: 'FINANCE' });

    await sent(taskId, mail.id, 'EMAIL');
    const email = await eventually(async () => mailTo(mail.email, taskId)[0], 20_000, 'the e-mail at the SMTP server');
    expect(email.subject).toBe(`新待办：Water the lawn ${greening}（中文）（个案 #${caseId}）`);
    expect(email.text).toContain(`个案 #${caseId}“测试案件 Water the lawn ${greening}”有一项新待办`);
    expect(email.text).toContain('它在您所在的队列（财务部 · 部门员工）中等待领取。');
    expect(email.text).toContain(`${BACK_OFFICE}/#/tasks/${taskId}/show`);

    const text = await sent(taskId, sms.id, 'SMS');
    expect(text.recipient).toBe(sms.phone);
    expect(text.language).toBe('en');
    expect(text.body).toContain(`case #${caseId} "Water the lawn ${greening}" has a new task: Water the lawn ${greening}.`);
    expect(text.body).toContain(`${BACK_OFFICE}/#/tasks/${taskId}/show`);

    const all = await noticesOf(taskId);
    expect(all.map((m) => [m.staffId, m.channel])).toEqual([
      [mail.id, 'EMAIL'],
      [sms.id, 'SMS'],
    ]);
    expect(all.some((m) => m.staffId === none.id)).toBe(false);
  });

  it('a queue task notifies its members once: sent to the queue again, or to a wider one, only the newcomers are told', async () => {
    const [a, b] = [await person('DEPT_STAFF', 'GREENING', 'EMAIL'), await person('DEPT_STAFF', 'GREENING', 'BOTH')];
    const newcomer = await person('DEPT_SUPERVISOR', 'GREENING', 'SMS');
    await intoQueue([a, b, newcomer], 'CLEANING');
    const { caseId, taskId } = await openTask(`Sweep the yard ${cleaning}`, { role: 'DEPT_STAFF', department: 'CLEANING' });
    await sent(taskId, a.id, 'EMAIL');
    await sent(taskId, b.id, 'SMS');
    await sent(taskId, b.id, 'EMAIL');

    // The same queue again, then the whole department (its supervisor too): a and b are told nothing more.
    for (const to of [{ role: 'DEPT_STAFF', department: 'CLEANING' }, { department: 'CLEANING' }]) {
      const res = await supervisor.post(`/cases/${caseId}/reassign`, { taskId, ...to, reason: 'Weekend rota' });
      expect(res.status).toBe(200);
    }
    await sent(taskId, newcomer.id, 'SMS');
    const byPerson = (await noticesOf(taskId)).reduce<Record<number, string[]>>((acc, m) => ({ ...acc, [m.staffId!]: [...(acc[m.staffId!] ?? []), m.channel] }), {});
    expect(byPerson[a.id]).toEqual(['EMAIL']);
    expect(byPerson[b.id].sort()).toEqual(['EMAIL', 'SMS']);
    expect(byPerson[newcomer.id]).toEqual(['SMS']);
    await eventually(async () => mailTo(b.email, taskId).length === 1 && mailTo(a.email, taskId).length === 1, 20_000, 'the two e-mails');
    expect(mailTo(a.email, taskId)).toHaveLength(1);
  });

  it('a task assigned to one person tells them alone; an urgent task\'s own SMS is not doubled', async () => {
    const both = await person('SERVICE_COMMISSIONER', 'CS', 'BOTH');
    const { taskId } = await openTask(`Call back ${unique('r')}`, { assigneeId: both.id }, { notifyOnOpen: ['SMS'] });
    await sent(taskId, both.id, 'EMAIL');
    const email = await eventually(async () => mailTo(both.email, taskId)[0], 20_000, 'the e-mail at the SMTP server');
    expect(email.text).toContain('它已分派给您。');
    // The urgent notice went by SMS already (its own template): the choice adds the e-mail only.
    const urgent = await eventually(
      () => prisma.message.findFirst({ where: { template: 'task-arrived-urgent', staffId: both.id, channel: 'SMS' } }).then((m) => m ?? undefined),
      20_000,
      'the urgent SMS',
    );
    expect(urgent.recipient).toBe(both.phone);
    expect((await noticesOf(taskId)).map((m) => m.channel)).toEqual(['EMAIL']);
  });

  it('each staff member sets their own choice and addresses; a choice without its address is refused; an administrator may change it, nobody else', async () => {
    const me = await person('RECEPTION', 'CS', 'NONE');
    expect((await me.as.get('/me/notices')).body).toMatchObject({ id: me.id, taskNotice: 'NONE', email: me.email, phone: me.phone, language: 'zh' });

    const noPhone = await me.as.put('/me/notices', { taskNotice: 'SMS', phone: null });
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.errors).toEqual([{ field: 'taskNotice', message: 'notices by SMS need a phone number' }]);
    const zh = await fetch(`${api.url}/me/notices`, { method: 'PUT', headers: { ...(await authOf(me)), 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' }, body: JSON.stringify({ taskNotice: 'SMS', phone: null }) });
    expect(((await zh.json()) as { errors: { message: string }[] }).errors[0].message).toBe('选择短信通知须先填写手机号码');
    expect((await me.as.put('/me/notices', { taskNotice: 'LOUD' })).body.errors[0].field).toBe('taskNotice');
    expect((await me.as.put('/me/notices', { taskNotice: 'EMAIL', role: 'ADMIN' })).body.errors[0].field).toBe('role');

    const changed = await me.as.put('/me/notices', { taskNotice: 'BOTH', phone: '13700001234', language: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ taskNotice: 'BOTH', phone: '13700001234', language: 'en' });
    expect(await prisma.changeRecord.count({ where: { model: 'Staff', recordId: me.id, staffId: me.id } })).toBeGreaterThan(0);

    expect((await me.as.put(`/staff/${me.id}`, { taskNotice: 'NONE' })).status).toBe(403);
    const byAdmin = await admin.put(`/staff/${me.id}`, { taskNotice: 'EMAIL' });
    expect([byAdmin.status, byAdmin.body.taskNotice]).toEqual([200, 'EMAIL']);
    expect((await admin.put(`/staff/${me.id}`, { email: null })).body.errors).toEqual([{ field: 'taskNotice', message: 'notices by e-mail need an e-mail address' }]);
  });

  async function authOf(p: Person): Promise<Record<string, string>> {
    return { Authorization: `Bearer ${await login(api.url, p.username, PASSWORD)}` };
  }
});
