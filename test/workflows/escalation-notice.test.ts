import { createCoreActivities } from '../../workflows/core/activities';
import type { PrismaClient } from '../../prisma/client';
import { seedTestStaff, testPrisma, unique } from '../harness';

/**
 * The e-mail that tells the next level of a missed deadline (001 §V, 004 §4): in the words the back office uses
 * (个案), with the next deadline in words or none at all, and a link to the task in the back office.
 */
describe('the escalation notice', () => {
  let prisma: PrismaClient;
  const BACK_OFFICE = 'https://desk.example.com/';

  beforeAll(async () => {
    prisma = testPrisma();
    await seedTestStaff(prisma);
  });
  afterAll(() => prisma.$disconnect());

  const openTask = async (dueAt: Date | null) => {
    const key = unique('notice');
    const c = await prisma.case.create({ data: { process: 'core-demo', workflowId: key, titleZh: '楼道灯不亮', titleEn: 'Corridor light out', policyKey: 'core-demo', policyVersion: 0 } });
    const task = await prisma.task.create({ data: { caseId: c.id, key: 'review', titleZh: '审核', titleEn: 'Review', candidateRole: 'RECEPTION', dueAt, form: {} } });
    return { caseId: c.id, taskId: task.id, key };
  };

  const bodiesTo = async (caseId: number, template: string) => {
    const messages = await prisma.message.findMany({ where: { caseId, template } });
    expect(messages.length).toBeGreaterThan(0);
    return { zh: messages.find((m) => m.language === 'zh')?.body ?? '' };
  };

  it('a task moved up the chain without a deadline says so in words, and links to the task', async () => {
    const acts = createCoreActivities({ prisma, backOfficeUrl: BACK_OFFICE });
    const { caseId, taskId, key } = await openTask(new Date());
    await acts.escalateTask({ caseId, taskId, level: 1, missedAt: new Date().toISOString(), candidate: { role: 'CS_SUPERVISOR' }, notify: true, nextDueAt: null, keys: { missed: `${key}:m`, escalated: `${key}:e` } });
    const { zh } = await bodiesTo(caseId, 'task-escalated');
    expect(zh).toContain(`个案 #${caseId} 的任务“审核”已超过期限`);
    expect(zh).toContain('此任务目前没有期限。');
    expect(zh).toContain(`在客服后台打开此任务：https://desk.example.com/#/tasks/${taskId}/show`);
    expect(zh).not.toContain('案件');
    expect(zh).not.toMatch(/：-/);
  });

  it('a task moved up with a next deadline gives it on the estate’s clock', async () => {
    const acts = createCoreActivities({ prisma, backOfficeUrl: BACK_OFFICE });
    const { caseId, taskId, key } = await openTask(new Date());
    const next = new Date('2031-03-04T09:30:00Z');
    await acts.escalateTask({ caseId, taskId, level: 1, missedAt: new Date().toISOString(), candidate: { role: 'CS_SUPERVISOR' }, notify: true, nextDueAt: next.toISOString(), keys: { missed: `${key}:m`, escalated: `${key}:e` } });
    expect((await bodiesTo(caseId, 'task-escalated')).zh).toContain('下一期限：2031-03-04 17:30');
  });

  it('the level brought in to follow a task up gets the link to it too', async () => {
    const acts = createCoreActivities({ prisma, backOfficeUrl: BACK_OFFICE });
    const { caseId, taskId, key } = await openTask(new Date());
    await acts.bringInNextLevel({
      caseId,
      taskId,
      level: 1,
      missed: { key: 'review', at: new Date().toISOString() },
      watcher: { role: 'CS_SUPERVISOR' },
      notify: true,
      followUp: { key: 'follow-up-1', label: { zh: '跟进', en: 'Follow-up' }, due: { after: 'PT4H' }, escalate: { bringIn: 'next-in-chain', notify: true } },
      keys: { missed: `${key}:m`, escalated: `${key}:e` },
    });
    const { zh } = await bodiesTo(caseId, 'task-followed-up');
    expect(zh).toContain(`在客服后台打开此任务：https://desk.example.com/#/tasks/${taskId}/show`);
  });
});
