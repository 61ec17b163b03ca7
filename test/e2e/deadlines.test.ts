import path from 'node:path';
import { eventually, http, login } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';

const DAY = 24 * 3600_000;

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local input takes it (the browser runs in the same time zone). */
const localInput = (at: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
};

/** The deadlines of a task in the back office: each shown with how it was counted, and moved one at a time. */
describe('deadlines of a task in the browser', () => {
  const suite = browserSuite();

  it('CMP-2 a major complaint shows the answer and resolution deadlines with how they were counted; the director moves the resolution alone', async () => {
    const { prisma, credentials, office, page } = suite;
    const household = await prisma.household.findFirstOrThrow({ where: { occupancy: 'OWNER', unit: { number: '1-1201' } } });
    const reception = http(`${office.url}/api`, await login(`${office.url}/api`, 'reception', credentials.reception));
    const created = await reception.post('/complaints', {
      householdId: household.id,
      complainantName: household.name,
      phone: household.phone,
      channel: 'HOTLINE',
      occurredAt: new Date(Date.now() - 3600_000).toISOString(),
      place: '3栋地下车库',
      subject: '工程部 值班人员',
      department: 'ENGINEERING',
      description: '车库顶棚渗水，滴到车上已经一周。',
      request: '尽快堵漏并清洗车辆',
      tier: 'MAJOR',
      confirmedWithResident: true,
    });
    expect(created.status).toBe(201);
    const complaint = created.body as { id: number; caseId: number };
    const handle = await eventually(
      () => prisma.task.findFirst({ where: { caseId: complaint.caseId, key: 'handle' }, include: { deadlines: { orderBy: { dueAt: 'asc' } } } }).then((t) => (t && t.deadlines.length === 2 ? t : undefined)),
      15_000,
      'the handling task and its deadlines',
    );
    const [answer, resolve] = handle.deadlines;
    expect([answer.key, resolve.key]).toEqual(['answer', 'resolve']);

    await signIn(page, office.url, 'director', credentials.director);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/complaints/${complaint.id}/show`);
    const row = page.locator('tr', { hasText: handle.titleZh }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    // Under the title, one line per deadline; the row expands to how each was counted.
    await expect(row.innerText()).resolves.toMatch(/给住户明确答复[\s\S]*解决/);
    await row.locator('[aria-label="展开"]').first().click();
    const list = page.locator(`[data-task-deadlines="${handle.id}"]`);
    await list.waitFor({ state: 'visible' });
    const answerItem = list.locator('[data-deadline="answer"]');
    const resolveItem = list.locator('[data-deadline="resolve"]');
    await expect(answerItem.innerText()).resolves.toMatch(/给住户明确答复[\s\S]*未到期[\s\S]*按工作日计算：2 个工作日，自 .+ 起/);
    await expect(resolveItem.innerText()).resolves.toMatch(/解决[\s\S]*按工作日计算：10 个工作日，自 .+ 起[\s\S]*投诉(规则 第 \d+ 版|默认规则)/);
    await expect(resolveItem.innerText()).resolves.toContain('逾期将请上一级（客服主管 → 管理处主任）跟进并发邮件通知');
    // No rule name, key or JSON shows.
    await expect(list.innerText()).resolves.not.toMatch(/business|next-in-chain|resolve|\{/);

    // The director moves the resolution alone, through the dialog, with a reason.
    await row.getByRole('button', { name: '干预' }).click();
    await page.getByRole('menuitem', { name: '延长期限' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.innerText()).resolves.toContain('其他期限保持不变');
    await expect(dialog.innerText()).resolves.not.toContain('顺延');
    await dialog.getByRole('combobox').first().click();
    await page.getByRole('option', { name: /^解决/ }).click();
    const later = new Date(resolve.dueAt.getTime() + 5 * DAY);
    later.setSeconds(0, 0);
    await dialog.getByLabel('新期限').fill(localInput(later));
    await dialog.getByLabel('理由').fill('需业主委员会表决');
    await dialog.getByRole('button', { name: '确认' }).click();
    await expectVisible(page, '已记录干预操作');

    // In the database: the resolution moved, by the director and why; the answer kept its time.
    const director = await prisma.staff.findUniqueOrThrow({ where: { username: 'director' } });
    const after = await eventually(async () => {
      const rows = await prisma.taskDeadline.findMany({ where: { taskId: handle.id }, orderBy: { dueAt: 'asc' } });
      return rows.find((d) => d.key === 'resolve')?.movedAt ? rows : undefined;
    }, 15_000, 'the resolution deadline to move');
    const byKey = Object.fromEntries(after.map((d) => [d.key, d]));
    expect(byKey.answer.dueAt.toISOString()).toBe(answer.dueAt.toISOString());
    expect(byKey.answer.movedAt).toBeNull();
    expect(byKey.resolve).toMatchObject({ dueAt: later, movedById: director.id, moveReason: '需业主委员会表决' });
    expect(byKey.resolve.originalDueAt?.toISOString()).toBe(resolve.dueAt.toISOString());

    // On the page: the moved time, who moved it and why, and its original time; the answer unchanged.
    await eventually(async () => (await resolveItem.locator('[data-due-at]').getAttribute('data-due-at').catch(() => null)) === later.toISOString() || undefined, 15_000, 'the moved time on the page');
    const moved = await resolveItem.innerText();
    expect(moved).toContain(`${director.displayName} 于`);
    expect(moved).toContain('调整');
    expect(moved).toContain('原定');
    expect(moved).toContain('理由：需业主委员会表决');
    expect(await answerItem.locator('[data-due-at]').getAttribute('data-due-at')).toBe(answer.dueAt.toISOString());
    expect(await answerItem.innerText()).not.toContain('调整');
    // The timeline names the deadline moved.
    await expectVisible(page, '的期限“解决”从');
    await resolveItem.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'deadlines-moved-zh.png'), fullPage: true });
  });
});
