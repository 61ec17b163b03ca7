import path from 'node:path';
import type { Page } from 'playwright-core';
import type { z } from 'zod';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { describe as describeSchema, shapeOf } from '../../apps/admin/src/settings/policies/schema';
import { POLICY_KINDS } from '../../apps/api/src/policies/kinds';
import { eventually, unique } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';

const zh = zhMessages as unknown as typeof enApp;
const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });

/** The field names of a policy's schema ("escalationFollowUp", "workEnd"): none may show on its page. */
function fieldNames(schema: z.ZodType): string[] {
  const shape = shapeOf(describeSchema(schema));
  if (shape.kind === 'object') return shape.fields.flatMap(([key, field]) => [key, ...fieldNames(field)]);
  if (shape.kind === 'list') return fieldNames(shape.row);
  if (shape.kind === 'map') return fieldNames(shape.value);
  if (shape.kind === 'variants') return shape.options.flatMap(fieldNames);
  return [];
}

/** Policies are data a manager changes through forms; the cash of a day is counted, and a difference explained (FEE-7). */
describe('policy forms and the cash handover in the browser', () => {
  const suite = browserSuite();

  it('a manager changes a policy through its form in Chinese: no field name on any form, an error beside its field, the changes in words before saving, the new version in force', async () => {
    const { prisma, credentials, office, page } = suite;
    const before = await prisma.policy.aggregate({ where: { key: 'contact-form' }, _max: { id: true } });
    await signIn(page, office.url, 'supervisor', credentials.supervisor);
    await expectVisible(page, '待办任务');
    // Any autocomplete says in Chinese that nothing matches (the household lookup said "No options").
    await page.goto(`${office.url}/#/payments/create`);
    await page.locator('input[name="householdId"]').waitFor();
    await page.locator('input[name="householdId"]').fill('查无此户');
    await page.getByText(zh.estate.common.no_options).waitFor();
    expect(await page.getByText('No options').count()).toBe(0);

    await page.goto(`${office.url}/#/policies`);
    const row = page.getByTestId('policy-row-contact-form');
    await row.waitFor();
    expect(await row.innerText()).toContain('工作联系单');

    // Every kind's form speaks of its fields in words: no field name, no JSON, on any of them.
    for (const kind of POLICY_KINDS) {
      await page.goto(`${office.url}/#/policies/create?key=${kind.key}`);
      await page.locator('form').waitFor();
      await expectVisible(page, zh.estate.policies.review);
      const text = await page.locator('main').innerText();
      const raw = [kind.key, ...fieldNames(kind.schema)].filter((name) => name.length > 2 && new RegExp(`\\b${name}\\b`).test(text));
      expect([kind.key, raw, text.includes('{"')]).toEqual([kind.key, [], false]);
      if (['calendar', 'fee', 'repair', 'decoration'].includes(kind.key)) await shoot(page, `policy-form-${kind.key}-zh.png`);
    }

    await page.goto(`${office.url}/#/policies`);
    await page.getByTestId('policy-row-contact-form').getByRole('button', { name: zh.estate.policies.change }).click();
    const acknowledge = page.locator('[data-policy-field="data.acknowledgeWithin"]');
    await acknowledge.waitFor();
    expect(await acknowledge.innerText()).toContain(zh.estate.policies.due.mode_business);

    // A deadline without its length is refused before anything is sent, beside the deadline.
    await acknowledge.locator('input[data-field="data.acknowledgeWithin.amount"]').fill('');
    await page.getByRole('button', { name: zh.estate.policies.review }).click();
    await acknowledge.getByText(zh.estate.policies.check.due).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await acknowledge.locator('input[data-field="data.acknowledgeWithin.amount"]').fill('4');

    const followUp = page.locator('[data-policy-field="data.escalationFollowUp"]');
    await followUp.locator('input[data-field="data.escalationFollowUp.amount"]').fill('6');
    const note = unique('跟进放宽');
    await page.locator('textarea[name="note"]').fill(note);
    await page.getByRole('button', { name: zh.estate.policies.review }).click();

    // The changes against the version in force, in words, before the new version is saved.
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('policy-changes').waitFor();
    const changes = await dialog.getByTestId('policy-changes').innerText();
    expect(changes.split('\n').filter(Boolean)).toEqual(['升级后跟进期限：4 个工作小时内 → 6 个工作小时内']);
    await shoot(page, 'policy-changes-zh.png');
    await dialog.getByRole('button', { name: zh.estate.policies.changes.save }).click();

    // Saved as the next version, in force now, with its changes in the history.
    const saved = await eventually(() => prisma.policy.findFirst({ where: { key: 'contact-form', id: { gt: before._max.id ?? 0 } } }).then((p) => p ?? undefined));
    const supervisor = await prisma.staff.findUniqueOrThrow({ where: { username: 'supervisor' } });
    expect(saved).toMatchObject({ note, createdById: supervisor.id, data: { acknowledgeWithin: { after: 'PT4H', business: true }, replyWithin: { after: 'P2D', business: true }, escalationFollowUp: { after: 'PT6H', business: true } } });
    await page.waitForURL(/#\/policies$/);
    const inForce = page.getByTestId('policy-in-force-contact-form');
    await expect(inForce.innerText()).resolves.toMatch(new RegExp(`现行第 ${saved.version} 版（吴刚 于 .+ 保存）`));
    await page.getByTestId('policy-row-contact-form').getByRole('button', { name: zh.estate.policies.history }).click();
    const history = page.getByTestId('policy-history-contact-form');
    await history.getByText(note).waitFor();
    expect(await history.innerText()).toContain('升级后跟进期限：4 个工作小时内 → 6 个工作小时内');
    await shoot(page, 'policy-list-zh.png');

    // Leave the policy as the run's other tests found it.
    await prisma.policy.deleteMany({ where: { key: 'contact-form', id: { gt: before._max.id ?? 0 } } });
  }, 240_000);

  it('FEE-7 the day before counting says "not counted yet"; a shortage is saved only with its explanation', async () => {
    const { prisma, credentials, office } = suite;
    const page = await office.newPage();
    // A day of its own, so that cash other tests take and hand over today does not mix with it.
    const day = '2026-03-05';
    const cashier = await prisma.staff.findUniqueOrThrow({ where: { username: 'cashier' } });
    const household = await prisma.household.findFirstOrThrow({ where: { active: true }, orderBy: { id: 'asc' } });
    for (const [i, amount] of [180, 95.5].entries()) {
      const key = unique('cash');
      await prisma.payment.create({
        data: { receiptNumber: key, idempotencyKey: key, householdId: household.id, amount, method: 'CASH', channel: 'COUNTER', collectorId: cashier.id, receivedAt: new Date(`${day}T${String(9 + i).padStart(2, '0')}:30:00+08:00`) },
      });
    }
    await signIn(page, office.url, 'clerk', credentials.clerk);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/cash-reconciliation`);
    await page.locator('input[type="date"]').fill(day);
    await expectVisible(page, '¥275.50');
    // Nothing counted yet: the headline says so, instead of "matches" beside ¥0.00.
    const notCounted = page.getByTestId('reconciliation-not-counted');
    expect(await notCounted.allInnerTexts()).toEqual([zh.estate.reconciliation.not_counted, zh.estate.reconciliation.not_counted]);
    expect(await page.getByText(zh.estate.handovers.matches, { exact: true }).count()).toBe(0);
    await shoot(page, 'reconciliation-not-counted-zh.png');

    await page.getByRole('button', { name: zh.estate.handovers.record }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('¥275.50').first().waitFor();
    await dialog.locator('input[name="countedAmount"]').fill('270');
    // Short by ¥5.50: the note is now the explanation, required, and says what is short.
    await dialog.getByText('短款 ¥5.50：保存前请说明原因').first().waitFor();
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await expect(dialog.locator('textarea[name="note"]').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await prisma.cashHandover.count({ where: { collectorId: cashier.id, date: new Date(day) } })).toBe(0);
    await shoot(page, 'handover-explanation-zh.png');

    await dialog.locator('textarea[name="note"]').fill('找零多付 5.50 元');
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    const handover = await eventually(() => prisma.cashHandover.findFirst({ where: { collectorId: cashier.id, date: new Date(day) } }).then((h) => h ?? undefined));
    expect(handover).toMatchObject({ note: '找零多付 5.50 元' });
    expect(Number(handover.difference)).toBe(-5.5);
    await expectVisible(page, '短款 ¥5.50');
    expect(await page.getByTestId('reconciliation-not-counted').count()).toBe(0);
    await shoot(page, 'reconciliation-counted-zh.png');
  });
});
