import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PrismaClient } from '../../prisma/client';
import { eventually, seedTestStaff, startApi, startWorker, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';
import { ARTIFACTS, expectVisible, signIn, startBackOffice, type BackOffice } from '../harness/browser';
import { startCoreDemo } from '../support/core-demo';

/** The BPM core in the back office: the inbox as the landing page, a task completed through its form, an override. */
describe('inbox, task page and overrides in the browser', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let office: BackOffice;
  let credentials: Record<string, string>;
  let onTime: { id: number; taskId: number };
  let late: { id: number; taskId: number };

  beforeAll(async () => {
    prisma = testPrisma();
    credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
    const open = async (title: string, after: string) => {
      const kase = await startCoreDemo(api, {
        title,
        policy: {
          task: {
            key: 'call',
            title: { zh: `回电住户 ${title}`, en: `Call the resident back ${title}` },
            candidate: { role: 'RECEPTION' },
            form: [{ name: 'answer', type: 'textarea', label: { zh: '答复内容', en: 'Answer' }, required: true }],
            deadlines: [{ due: { after }, escalate: {} }],
          },
        },
      });
      const task = await eventually(() => prisma.task.findFirst({ where: { caseId: kase.id } }).then((t) => t ?? undefined));
      return { id: kase.id, taskId: task.id };
    };
    onTime = await open(unique('A'), 'PT1H');
    late = await open(unique('B'), 'PT1S');
    await eventually(async () => (await prisma.task.findUniqueOrThrow({ where: { id: late.taskId } })).escalationLevel === 1, 15_000, 'the late task to escalate');
    office = await startBackOffice(api.url);
  }, 180_000);

  afterAll(async () => {
    await office?.close();
    await api?.close();
    await worker?.stop();
    await prisma?.$disconnect();
  });

  let page: Page;

  it('lands the receptionist on the inbox, where the overdue task stands out', async () => {
    page = await office.newPage();
    await signIn(page, office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.getByRole('tab', { name: /我的队列/ }).click();
    const [lateTask, onTimeTask] = await Promise.all([late, onTime].map((c) => prisma.task.findUniqueOrThrow({ where: { id: c.taskId } })));
    // Both wait in the queue; only the late one carries the overdue mark.
    await page.locator('tr', { hasText: lateTask.titleZh }).getByLabel('已超期').waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('tr', { hasText: onTimeTask.titleZh }).waitFor({ state: 'visible' });
    expect(await page.locator('tr', { hasText: onTimeTask.titleZh }).getByLabel('已超期').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'inbox-zh.png'), fullPage: true });
  });

  it('claims and completes a task through its form, recorded with the form data', async () => {
    const task = await prisma.task.findUniqueOrThrow({ where: { id: onTime.taskId } });
    await page.goto(`${office.url}/#/tasks/${task.id}/show`);
    await page.getByRole('button', { name: '认领' }).first().click();
    await expectVisible(page, '已认领任务');
    await page.getByLabel('答复内容').fill('已电话告知住户处理结果。');
    await page.getByRole('button', { name: '完成任务' }).click();
    await expectVisible(page, '任务已完成');
    await eventually(async () => (await prisma.task.findUniqueOrThrow({ where: { id: task.id } })).status === 'COMPLETED', 10_000, 'completion');
    const done = await prisma.task.findUniqueOrThrow({ where: { id: task.id }, include: { completedBy: true } });
    expect(done.formData).toEqual({ answer: '已电话告知住户处理结果。' });
    expect(done.completedBy?.username).toBe('reception');
    await page.screenshot({ path: path.join(ARTIFACTS, 'task-completed-zh.png'), fullPage: true });
  });

  it('lets a supervisor change a case\'s priority with a reason, shown in the timeline', async () => {
    const supervisor = await office.newPage('en-US');
    await signIn(supervisor, office.url, 'supervisor', credentials.supervisor);
    await expectVisible(supervisor, '待办任务');
    await supervisor.goto(`${office.url}/#/cases/${late.id}/show`);
    await supervisor.getByRole('button', { name: '修改优先级' }).click();
    const dialog = supervisor.getByRole('dialog');
    await dialog.getByLabel('优先级').click();
    await supervisor.getByRole('option', { name: '紧急' }).click();
    // A reason of spaces only is no reason: the dialog says so and nothing is sent.
    await dialog.getByLabel('理由').fill('   ');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expectVisible(supervisor, '必填');
    expect((await prisma.case.findUniqueOrThrow({ where: { id: late.id } })).priority).not.toBe('URGENT');
    await dialog.getByLabel('理由').fill('住户家中漏水，影响楼下');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expectVisible(supervisor, '已记录干预操作');
    await expectVisible(supervisor, '住户家中漏水，影响楼下');
    const kase = await prisma.case.findUniqueOrThrow({ where: { id: late.id } });
    expect(kase.priority).toBe('URGENT');
    await supervisor.screenshot({ path: path.join(ARTIFACTS, 'case-override-zh.png'), fullPage: true });
  });
});
