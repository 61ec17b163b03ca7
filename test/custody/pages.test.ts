import path from 'node:path';
import type { Page } from 'playwright-core';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { eventually, unique } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;
const custody = zh.estate.custody;
const handover = zh.estate.handover;
/** react-admin's own Chinese texts (the save button). */
const ra = (zhMessages as unknown as { ra: { action: { save: string } } }).ra;

const shoot = async (page: Page, name: string) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage: true });
};

/** Custody (MOV-7) and the developer's handover list in the back office, in Chinese. */
describe('custody and the handover list in the browser', () => {
  const suite = browserSuite();

  it('MOV-7 the reception records a reading on a unit in custody and sees it over the limit; the figures list the unit; no raw keys on the way', async () => {
    const { prisma, credentials, office } = suite;
    const estate = await prisma.estate.create({ data: { name: unique('托管页'), address: '托管路 9 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('P').slice(0, 10), name: 'P栋', floors: 9 } });
    const owner = await prisma.household.create({ data: { occupancy: 'OWNER', name: '吴空置', phone: '13600001111', unit: { create: { buildingId: building.id, number: '1-0901', floor: 9, areaSqm: 88 } } } });
    const token = ((await (await fetch(`${office.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'reception', password: credentials.reception }) })).json()) as { token: string }).token;
    const started = await fetch(`${office.url}/api/custody`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ householdId: owner.id, agreementNo: 'TG-PAGE-1', signedOn: '2026-11-01', water: 50, electricity: 300 }),
    });
    expect(started.status).toBe(201);
    const { id } = (await started.json()) as { id: number };

    const page = await office.newPage();
    await signIn(page, office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/custody/${id}/show`);
    await expectVisible(page, 'TG-PAGE-1');
    await expectVisible(page, zh.resources.custody.fields.startWater);
    await page.getByRole('button', { name: custody.record_reading }).click();
    await page.getByLabel(zh.resources.custody.fields.water).fill('57');
    await page.getByLabel(zh.resources.custody.fields.electricity).fill('305');
    await page.getByRole('button', { name: ra.action.save }).click();
    await expectVisible(page, custody.reading_done);
    await eventually(async () => (await prisma.custodyReading.findFirst({ where: { custodyId: id, alert: true } })) ?? undefined, 20_000, 'alert recorded');
    await page.reload();
    await expectVisible(page, custody.alert);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/estate\.|resources\.custody/);
    await shoot(page, 'custody-show-zh.png');

    await page.goto(`${office.url}/#/custody-figures`);
    await expectVisible(page, custody.figures.title);
    await expectVisible(page, '吴空置');
    expect(await page.locator('body').innerText()).not.toMatch(/estate\.custody/);
    await shoot(page, 'custody-figures-zh.png');
  });

  it('the clerk imports a handover list with a bad line and is shown the line in Chinese; nothing is imported', async () => {
    const { prisma, credentials, office } = suite;
    const estate = await prisma.estate.create({ data: { name: unique('交房页'), address: '交房路 9 号' } });
    const code = unique('H').slice(0, 10);
    const building = await prisma.building.create({ data: { estateId: estate.id, code, name: 'H栋', floors: 9 } });
    await prisma.unit.create({ data: { buildingId: building.id, number: '1-0101', floor: 1, areaSqm: 88 } });
    const page = await office.newPage();
    await signIn(page, office.url, 'clerk', credentials.clerk);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/handover-import`);
    await expectVisible(page, handover.import_title);
    await page.getByLabel(handover.estate).click();
    await page.getByRole('option', { name: estate.name }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(`unit,buyer name,id number,phone\n${code}/1-0101,王芳,110105198001010017,13800138001\n`) });
    await page.getByRole('button', { name: handover.import, exact: true }).click();
    await expectVisible(page, handover.refused);
    await expectVisible(page, '第 2 行：身份证号无效');
    await shoot(page, 'handover-import-refused-zh.png');
    expect(await prisma.handoverNotice.count({ where: { unit: { buildingId: building.id } } })).toBe(0);
  });
});
