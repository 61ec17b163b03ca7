import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createPrismaClient, type PrismaClient } from '../../prisma/client';
import { dropDatabase } from '../../scripts/stack/postgres';
import { eventually, http, login, seedTestStaff, separateDatabase, startApi, startWorker, temporalClient, unique, type RunningApi, type RunningWorker } from '../harness';
import { ARTIFACTS, expectVisible, signIn, startBackOffice, type BackOffice } from '../harness/browser';

const DESK = { width: 1440, height: 900 };
const SIZES = [
  { name: 'desk', ...DESK },
  { name: 'tablet-landscape', width: 1024, height: 768 },
  { name: 'tablet-portrait', width: 768, height: 1024 },
  { name: 'phone', width: 390, height: 844 },
];

/** A thumb's reach on a phone. */
const TOUCH = 44;

/** The box of an element lies wholly inside the viewport (and on a phone is tall enough to tap). */
async function onScreen(page: Page, element: Locator): Promise<boolean> {
  await element.waitFor({ state: 'visible', timeout: 15_000 });
  const box = await element.boundingBox();
  const viewport = page.viewportSize()!;
  const tappable = viewport.width >= 600 || (box?.height ?? 0) >= TOUCH;
  return !!box && tappable && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
}

/**
 * Titles on the page (of tasks, of the page, of the table's columns) broken into lines of fewer than four
 * characters: the lines of each are counted from the boxes of its text.
 */
async function squeezedTitles(page: Page): Promise<string[]> {
  await page.locator('[data-testid="record-title"]').first().waitFor({ state: 'visible', timeout: 15_000 });
  // Run in the page (the test's own code has no DOM types): each title's text nodes, their line boxes.
  return page.evaluate(`(() => {
    const found = [];
    for (const el of document.querySelectorAll('[data-testid="record-title"], thead th')) {
      const text = (el.textContent || '').trim();
      if (el.offsetParent === null || !text) continue;
      const bottoms = new Set();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0) bottoms.add(Math.round(rect.bottom / 4));
      }
      if (bottoms.size > 1 && text.length / bottoms.size < 4) found.push(text + ' (' + bottoms.size + ' lines)');
    }
    return found;
  })()`);
}

/** Nothing is wider than the screen: no part of the page is cut off at its right edge. */
const pageOverflow = (page: Page): Promise<number> => page.evaluate('document.documentElement.scrollWidth - window.innerWidth');

/**
 * The inbox and the task page as staff use them at the desk, on a tablet and on a phone: the inbox opens where
 * the work is, counts it live and announces new tasks; claiming opens the task, whose page says what the job is
 * (CMP-1: place, what happened, what the resident asks for; CMP-5: who to contact, and how) with its deadlines
 * and timeline. A database of its own, so that every count is exact.
 */
describe('the inbox and the task page at every size', () => {
  let databaseUrl: string;
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let office: BackOffice;
  let credentials: Record<string, string>;
  let reception: ReturnType<typeof http>;
  let household: { id: number; name: string; phone: string };
  let page: Page;
  const tasks: Record<'first' | 'second', { taskId: number; caseId: number; subject: string }> = {} as never;

  /** A minor complaint about the customer service department: its handling task waits in the CS queue. */
  const fileComplaint = async (subject: string, department = 'CS') => {
    const res = await reception.post('/complaints', {
      householdId: household.id,
      complainantName: household.name,
      phone: household.phone,
      channel: 'HOTLINE',
      occurredAt: new Date(Date.now() - 3600_000).toISOString(),
      place: '5栋2单元 电梯间',
      subject,
      department,
      description: '电梯维保后轿厢内留有油污，住户衣物被弄脏。',
      request: '清理电梯并赔偿干洗费用',
      tier: 'MINOR',
      confirmedWithResident: true,
    });
    expect(res.status).toBe(201);
    const task = await eventually(() => prisma.task.findFirst({ where: { caseId: res.body.caseId, key: 'handle' } }).then((t) => t ?? undefined), 20_000, 'the handling task');
    return { taskId: task.id, caseId: res.body.caseId as number, subject };
  };

  beforeAll(async () => {
    databaseUrl = await separateDatabase('inbox_work');
    prisma = createPrismaClient(databaseUrl, 4);
    credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma);
    api = await startApi({ DATABASE_URL: databaseUrl, TEMPORAL_TASK_QUEUE: worker.taskQueue });
    const estate = await prisma.estate.create({ data: { name: '翠湖花园', address: '滨湖路 88 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: '5', name: '5栋', floors: 18 } });
    household = await prisma.household.create({
      data: { occupancy: 'OWNER', name: '林晓梅', phone: '13912345678', unit: { create: { buildingId: building.id, number: '5-1203', floor: 12, areaSqm: 96 } } },
    });
    reception = http(api.url, await login(api.url, 'reception', credentials.reception));
    tasks.first = await fileComplaint(unique('电梯维保人员'));
    office = await startBackOffice(api.url);
  }, 180_000);

  afterAll(async () => {
    // The complaints of this database stay open: their workflows end with it.
    const temporal = await temporalClient();
    for await (const run of temporal.client.workflow.list({ query: `TaskQueue = '${worker.taskQueue}' AND ExecutionStatus = 'Running'` })) {
      await temporal.client.workflow.getHandle(run.workflowId, run.runId).terminate('test database dropped').catch(() => undefined);
    }
    await temporal.close();
    await office?.close();
    await api?.close();
    await worker?.stop();
    await prisma?.$disconnect();
    if (databaseUrl) await dropDatabase(databaseUrl);
  });

  it('opens the inbox on the queue, where the work is, with its count on the tab and in the menu', async () => {
    page = await office.newPage();
    await page.setViewportSize(DESK);
    await signIn(page, office.url, 'reception', credentials.reception);
    // "My tasks" is empty: the inbox opens on the queue.
    await page.locator('[role="tab"][data-view="queue"][aria-selected="true"]').waitFor({ timeout: 15_000 });
    await page.locator('tr', { hasText: tasks.first.subject }).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.getByTestId('view-count-queue').textContent()).toBe('1');
    expect(await page.getByTestId('view-count-mine').count()).toBe(0);
    expect(await page.getByTestId('waiting-count').textContent()).toBe('1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'inbox-work-opens-on-queue-zh.png') });
  });

  it('counts a new task on the tab and in the menu, and announces it with a link to it', async () => {
    tasks.second = await fileComplaint(unique('保洁人员'));
    // Asked every 15 seconds: the counts grow without a reload.
    await eventually(async () => (await page.getByTestId('view-count-queue').textContent()) === '2', 25_000, 'the queue count to grow');
    expect(await page.getByTestId('waiting-count').textContent()).toBe('2');
    const notice = page.getByTestId('new-task-notice');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.textContent()).toContain('新任务：联系住户并处理投诉');
    expect(await notice.getByRole('link', { name: '打开' }).getAttribute('href')).toBe(`#/tasks/${tasks.second.taskId}/show`);
    await page.locator('tr', { hasText: tasks.second.subject }).waitFor({ state: 'visible', timeout: 15_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'inbox-work-new-task-zh.png') });
  });

  it('CMP-1 CMP-5 claiming opens the task, whose page says what the job is, by when, and what happened so far', async () => {
    await page.locator('tr', { hasText: tasks.first.subject }).getByRole('button', { name: '认领' }).click();
    await page.waitForURL(new RegExp(`#/tasks/${tasks.first.taskId}/show`), { timeout: 15_000 });
    await expectVisible(page, '已认领任务');
    const job = page.getByTestId('job');
    await job.getByText('5栋2单元 电梯间').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await job.getByTestId('job-description').textContent()).toContain('电梯维保后轿厢内留有油污，住户衣物被弄脏。');
    expect(await job.getByTestId('job-request').textContent()).toContain('清理电梯并赔偿干洗费用');
    expect(await job.getByTestId('job-subject').textContent()).toContain(tasks.first.subject);
    expect(await job.getByTestId('job-contact').textContent()).toBe('林晓梅');
    // The reception may read the complaint and the household file: the number in full, a tap dials it.
    expect(await job.getByTestId('job-phone').getByRole('link').getAttribute('href')).toBe('tel:13912345678');
    const householdLink = job.getByTestId('job-household');
    expect(await householdLink.textContent()).toBe('林晓梅 · 5栋 5-1203');
    expect(await householdLink.getAttribute('href')).toBe(`#/households/${household.id}/show`);
    // The deadline of a minor complaint (CMP-4) and the case's timeline, on the same page.
    await page.locator(`[data-task-deadlines="${tasks.first.taskId}"] [data-deadline="resolve"]`).waitFor({ state: 'visible' });
    await expectVisible(page, '等待 客服部 处理');
    await expectVisible(page, '认领了任务“联系住户并处理投诉”');
    // Now "My tasks" holds it: the counts follow.
    await eventually(async () => (await page.getByTestId('waiting-count').textContent()) === '2', 20_000, 'the menu count after claiming');
    await page.screenshot({ path: path.join(ARTIFACTS, 'inbox-work-task-page-zh.png'), fullPage: true });
  });

  it('shows the phone masked to a department that may not read the household file, in full where the complaint is its to read', async () => {
    const cleaningTask = await fileComplaint(unique('绿化带'), 'CLEANING');
    const cleaning = http(api.url, await login(api.url, 'cleaning', credentials.cleaning));
    const summary = await cleaning.get(`/tasks/${cleaningTask.taskId}/summary`);
    expect(summary.status).toBe(200);
    expect(summary.body.record.fields.place).toBe('5栋2单元 电梯间');
    expect(summary.body.contact).toEqual({ name: '林晓梅', phone: '13912345678', phoneMasked: false });
    expect(summary.body.household).toMatchObject({ id: household.id, unit: '5栋 5-1203', phone: '139****5678', phoneMasked: true });
    expect((await reception.get(`/tasks/${cleaningTask.taskId}/summary`)).status).toBe(404);
    const counts = await cleaning.get('/tasks/counts');
    expect(counts.body.views.queue).toBe(1);
    expect(counts.body.newest.id).toBe(cleaningTask.taskId);
    expect((await reception.get(`/tasks/${tasks.first.taskId}/summary`)).body.household.phone).toBe('13912345678');
  });

  for (const size of SIZES) {
    it(`at ${size.width}×${size.height} (${size.name}) the claim and complete buttons are on screen and no title breaks after every character`, async () => {
      // A fresh session on a device of this size: the inbox opens on "My tasks" now that it holds the claimed
      // task; the queue holds the other.
      const device = await office.newPage();
      await device.setViewportSize({ width: size.width, height: size.height });
      await signIn(device, office.url, 'reception', credentials.reception);
      await device.locator('[role="tab"][data-view="mine"][aria-selected="true"]').waitFor({ timeout: 15_000 });
      await device.getByText(tasks.first.subject).first().waitFor({ state: 'visible', timeout: 15_000 });
      expect(await squeezedTitles(device)).toEqual([]);
      expect(await pageOverflow(device)).toBeLessThanOrEqual(0);
      await device.screenshot({ path: path.join(ARTIFACTS, `inbox-work-${size.name}-mine-zh.png`) });

      // The queue by its address: a tab clicked would be remembered as the staff member's choice.
      await device.goto(`${office.url}/#/tasks?filter=${encodeURIComponent(JSON.stringify({ view: 'queue' }))}`);
      const item = device.locator('tr, [data-testid="task-card"]', { hasText: tasks.second.subject });
      await item.first().waitFor({ state: 'visible', timeout: 15_000 });
      await device.screenshot({ path: path.join(ARTIFACTS, `inbox-work-${size.name}-queue-zh.png`) });
      const claim = item.getByRole('button', { name: '认领' });
      expect(await onScreen(device, claim)).toBe(true);
      // A table, where there is one, fits beside the menu: no column is left beyond the screen's edge.
      for (const table of await device.locator('.RaDataTable-table').all()) {
        const box = (await table.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      }
      expect(await squeezedTitles(device)).toEqual([]);
      expect(await pageOverflow(device)).toBeLessThanOrEqual(0);

      // The unclaimed task's page: the claim button at the top, without scrolling.
      await device.goto(`${office.url}/#/tasks/${tasks.second.taskId}/show`);
      expect(await onScreen(device, device.getByTestId('task-actions').getByRole('button', { name: '认领' }))).toBe(true);
      await device.getByTestId('job-subject').getByText(tasks.second.subject).waitFor({ state: 'visible', timeout: 15_000 });
      expect(await squeezedTitles(device)).toEqual([]);
      expect(await pageOverflow(device)).toBeLessThanOrEqual(0);
      await device.screenshot({ path: path.join(ARTIFACTS, `inbox-work-${size.name}-task-zh.png`) });

      // The claimed task's page: its form's complete button, scrolled to, lies wholly on screen.
      await device.goto(`${office.url}/#/tasks/${tasks.first.taskId}/show`);
      // Once the job and the timeline are in: nothing moves the button after it was scrolled to.
      await device.getByTestId('job-subject').getByText(tasks.first.subject).waitFor({ state: 'visible', timeout: 15_000 });
      await device.getByText('认领了任务“联系住户并处理投诉”').first().waitFor({ state: 'visible', timeout: 15_000 });
      const complete = device.getByRole('button', { name: '完成任务' });
      await complete.scrollIntoViewIfNeeded();
      expect(await onScreen(device, complete)).toBe(true);
      expect(await pageOverflow(device)).toBeLessThanOrEqual(0);
      await device.screenshot({ path: path.join(ARTIFACTS, `inbox-work-${size.name}-complete-zh.png`) });
      await device.context().close();
    });
  }

  it('completes the task on a phone, and the next task of the complaint is announced', async () => {
    page = await office.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, office.url, 'reception', credentials.reception);
    await page.locator('[data-testid="task-card"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.goto(`${office.url}/#/tasks/${tasks.first.taskId}/show`);
    await page.getByLabel('已先与住户联系').check();
    await page.getByLabel('处理结果（回复前台）').fill('已清理轿厢，干洗费用由维保单位承担。');
    await page.getByRole('button', { name: '完成任务' }).click();
    await expectVisible(page, '任务已完成');
    await eventually(async () => (await prisma.task.findUniqueOrThrow({ where: { id: tasks.first.taskId } })).status === 'COMPLETED', 10_000, 'completion');
    // CMP-5: the reception tells the complainant the result: a task for the reception's queue, announced.
    const notice = page.getByTestId('new-task-notice');
    await notice.waitFor({ state: 'visible', timeout: 25_000 });
    expect(await notice.textContent()).toContain('当天告知投诉人处理结果');
    await page.screenshot({ path: path.join(ARTIFACTS, 'inbox-work-phone-next-task-zh.png') });
  });

  it('opens on the view the staff member picked last', async () => {
    page = await office.newPage();
    await page.setViewportSize(DESK);
    await signIn(page, office.url, 'reception', credentials.reception);
    await page.getByRole('tab', { name: /全部/ }).click();
    await page.locator('[role="tab"][data-view="all"][aria-selected="true"]').waitFor();
    await page.goto(`${office.url}/#/cases`);
    await page.goto(`${office.url}/#/tasks`);
    await page.locator('[role="tab"][data-view="all"][aria-selected="true"]').waitFor({ timeout: 15_000 });
  });
});
