import path from 'node:path';
import type { Page } from 'playwright-core';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { eventually, http, login, seedTestStaff, startApi, startWorker, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';
import { ARTIFACTS, expectVisible, signIn, startBackOffice, type BackOffice } from '../harness/browser';
import { minimalPdf } from '../harness/pdf';
import type { PrismaClient } from '../../prisma/client';

const zh = zhMessages as unknown as typeof enApp;
const shoot = async (page: Page, name: string) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage: true });
};

/** A decoration applied for at the desk in the browser, and its worker's pass checked at the gate on a phone. */
describe('decorations in the browser', () => {
  let prisma: PrismaClient;
  let credentials: Record<string, string>;
  let worker: RunningWorker;
  let api: RunningApi;
  let office: BackOffice;

  beforeAll(async () => {
    prisma = testPrisma();
    credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
    office = await startBackOffice(api.url);
  }, 180_000);

  afterAll(async () => {
    await office?.close();
    await api?.close();
    await worker?.stop();
    await prisma?.$disconnect();
  });

  it("DEC-3 the reception files a decoration; the guard checks a worker's pass on a phone, told as a worker's pass (worker, masked ID, unit, permit; no release-pass wording): valid, 'works stopped' after a violation, valid again once a supervisor lifts the stop", async () => {
    const as = async (who: string) => http(api.url, await login(api.url, who, credentials[who]));
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '装修路 9 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('B'), name: '7栋', floors: 18 } });
    const unitNumber = unique('7-').slice(0, 10);
    const household = await prisma.household.create({ data: { occupancy: 'OWNER', name: '周晓燕', phone: '13800001234', unit: { create: { number: unitNumber, floor: 8, areaSqm: 98, buildingId: building.id } } } });

    // The reception applies in the browser, with the rules read to both and the owner's ID checked.
    const page = await office.newPage();
    await signIn(page, office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/decorations/create`);
    await page.waitForTimeout(500);
    await page.keyboard.type(unitNumber);
    await page.getByRole('option', { name: new RegExp(household.name) }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('requirements').getByText('业主身份证').waitFor();
    await page.getByTestId('rules').getByText('施工时间').waitFor();
    await page.locator('input[name="applicantName"]').fill('周晓燕');
    await page.locator('input[name="applicantPhone"]').fill('13800001234');
    await page.locator('input[name="contractorName"]').fill('美家装饰');
    await page.locator('input[name="contractorPhone"]').fill('13900005678');
    await page.locator('textarea[name="plan"]').fill('厨房翻新，更换橱柜');
    for (const name of ['applicantAcknowledged', 'contractorAcknowledged', 'agreementSigned']) {
      const tick = page.locator(`input[name="${name}"]`);
      await tick.dispatchEvent('click');
      expect(await tick.isChecked()).toBe(true);
    }
    await page.locator('input[name="workers.0.name"]').fill('黄师傅');
    await page.locator('input[name="workers.0.idNumber"]').fill('440301198807071234');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/decorations\/\d+\/show/, { timeout: 20_000 });
    const id = Number(/decorations\/(\d+)\/show/.exec(page.url())?.[1]);
    const file = page.getByRole('button', { name: zh.estate.decoration.actions.file });
    await file.waitFor();
    expect(await file.isDisabled()).toBe(true);
    await page.locator('input[name="scan-OWNER_ID"]').setInputFiles({ name: 'id.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await page.locator('[data-item="OWNER_ID"][data-checked="yes"]').waitFor({ timeout: 15_000 });
    await file.click();
    await page.locator('[data-status="REVIEW"]').waitFor({ timeout: 15_000 });
    await shoot(page, 'decoration-filed-zh.png');

    // Engineering approves the plan, the cashier collects: the passes are issued.
    const d = await prisma.decoration.findUniqueOrThrow({ where: { id } });
    const task = (key: string) => eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId: d.caseId!, key } } }).then((t) => t ?? undefined), 15_000, key);
    expect((await (await as('engineer')).post(`/tasks/${(await task('plan-review')).id}/complete`, { formData: { decision: 'APPROVED', note: '符合规定' } })).status).toBe(200);
    expect((await (await as('cashier')).post(`/tasks/${(await task('collect')).id}/complete`, { formData: { method: 'CASH' } })).status).toBe(200);
    const pass = await eventually(async () => (await prisma.decorationWorker.findFirst({ where: { decorationId: id }, include: { pass: true } }))?.pass ?? undefined, 15_000, 'pass');
    await page.reload();
    await page.locator('[data-status="ACTIVE"]').waitFor({ timeout: 15_000 });
    await expectVisible(page, '440301********1234');
    expect(await page.content()).not.toContain('440301198807071234');

    // The guard at the gate, on a phone.
    const context = await office.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await signIn(phone, office.url, 'security', credentials.security);
    await expectVisible(phone, '待办任务');
    const check = async (result: string) => {
      await phone.goto(`${office.url}/#/gate-check`);
      const input = phone.locator('input[name="query"]');
      await input.waitFor();
      await input.fill(pass.code);
      await phone.keyboard.press('Enter');
      await phone.locator(`[data-testid="gate-answer"][data-result="${result}"]`).waitFor();
      return (await phone.getByTestId('gate-answer').textContent()) ?? '';
    };
    const valid = await check('VALID');
    // The guard reads a worker's pass as such: the worker, the masked ID to hold against the card, the unit
    // under decoration and its permit; none of the item release pass's wording.
    const said = zh.estate.gate.check;
    const permit = (await prisma.decoration.findUniqueOrThrow({ where: { id } })).permitNumber!;
    for (const text of [said.kind.DECORATION_WORKER, said.worker.name, '黄师傅', said.worker.idNumber, '440301********1234', said.worker.unit, unitNumber, said.worker.permit, permit, said.worker.number, pass.number]) {
      expect(valid).toContain(text);
    }
    for (const text of ['放行条', said.release.items, said.kind.RELEASE, '440301198807071234']) expect(valid).not.toContain(text);
    expect(valid).toContain(zh.estate.gate.worker_hint.VALID_MULTI);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shoot(phone, 'decoration-pass-valid-phone-zh.png');

    expect((await (await as('security')).post(`/decorations/${id}/violations`, { notes: '夜间施工' })).status).toBe(200);
    const stopped = await check('STOPPED');
    expect(stopped).toContain(zh.estate.gate.result.STOPPED);
    expect(stopped).toContain('夜间施工');
    await shoot(phone, 'decoration-pass-stopped-phone-zh.png');

    expect((await (await as('supervisor')).post(`/decorations/${id}/lift-stop`, { reason: '已整改，准予复工' })).status).toBe(200);
    await check('VALID');
    const checks = await prisma.gateCheck.findMany({ where: { passId: pass.id }, orderBy: { id: 'asc' } });
    expect(checks.map((c) => c.result)).toEqual(['VALID', 'STOPPED', 'VALID']);
    await context.close();

    // DEC-7: on the household's file, and in the figures.
    await page.goto(`${office.url}/#/households/${household.id}/show/decorations`);
    await expectVisible(page, d.permitNumber ?? (await prisma.decoration.findUniqueOrThrow({ where: { id } })).permitNumber!);
    await shoot(page, 'decoration-household-tab-zh.png');
    await page.goto(`${office.url}/#/decoration-figures`);
    await page.getByTestId('decoration-figures-approvals').waitFor();
    await page.getByTestId('decoration-figures-buildings').getByText('7栋').waitFor();
    await shoot(page, 'decoration-figures-zh.png');
  });
});
