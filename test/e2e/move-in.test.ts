import path from 'node:path';
import type { Page } from 'playwright-core';
import { inspectionReportPdf } from '../../apps/api/src/inspections/report';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { openInspection } from '../../apps/api/src/inspections/inspections';
import { checklistsPolicy, openChecklist } from '../../apps/api/src/checklists/checklists';
import { eventually, testConfig, unique } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';
import { pdfText, savePdfPage } from '../harness/pdf';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;
const texts = zh.estate.inspections;

const shoot = async (page: Page, name: string) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage: true });
};

/** The move-in inspection walked on a tablet (MOV-5): room by room, large buttons, the meters, both confirmations, its PDF. */
describe('the move-in inspection in the browser', () => {
  const suite = browserSuite();
  let moveInId: number;

  it('MOV-5 maintenance walks the flat with the owner on a tablet: every room and item, a defect with its note, the meters, both confirm; the report shows it all', async () => {
    const { prisma, credentials, office } = suite;
    const page = await office.newPage();
    await page.setViewportSize({ width: 800, height: 1280 });
    const building = await prisma.building.findFirstOrThrow();
    const household = await prisma.household.create({ data: { occupancy: 'OWNER', name: '陈静', phone: '13900002222', unit: { create: { number: unique('T').slice(0, 12), floor: 9, areaSqm: 100, buildingId: building.id, handoverDate: new Date() } } } });
    const kase = await prisma.case.create({ data: { process: 'move-in', workflowId: unique('move-in-browser'), titleZh: '入住', titleEn: 'Move-in', householdId: household.id, policyKey: 'move-in', policyVersion: 0 } });
    const inspection = await openInspection(prisma, { template: 'move-in', caseId: kase.id, householdId: household.id });
    const checklist = await openChecklist(prisma, await checklistsPolicy(prisma), { purpose: 'move-in', applicantKind: 'OWNER', householdId: household.id });
    moveInId = (await prisma.moveIn.create({ data: { caseId: kase.id, householdId: household.id, applicantKind: 'OWNER', applicantName: '陈静', applicantPhone: '13900002222', checklistId: checklist.id, inspectionId: inspection.id, stage: 'IN_PROGRESS' } })).id;

    await signIn(page, office.url, 'engineer', credentials.engineer);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/inspections/${inspection.id}/show`);
    await page.getByTestId('inspection-walk').waitFor().catch(async (error) => {
      await shoot(page, 'move-in-inspection-failed.png');
      throw error;
    });
    const rooms = [...new Set(inspection.items.map((i) => i.roomCode))];
    for (const room of rooms) {
      await page.locator(`[data-room="${room}"]`).click();
      for (const item of inspection.items.filter((i) => i.roomCode === room)) {
        const row = page.locator(`[data-item="${room}/${item.code}"]`);
        if (room === 'BATHROOM' && item.code === 'DRAIN') {
          await row.locator('button[name="condition-DEFECT"]').click();
          await row.locator('textarea[name="note"]').first().fill('地漏排水慢，有积水');
          await row.getByRole('button', { name: texts.save_defect }).click();
        } else {
          await row.locator('button[name="condition-GOOD"]').click();
        }
        await eventually(async () => ((await row.getAttribute('data-condition')) ? true : undefined), 10_000, `${room}/${item.code} saved`);
      }
    }
    await expectVisible(page, `已检 ${inspection.items.length}/${inspection.items.length} 项，缺陷 1 项`);
    // Large touch targets: the condition buttons are at least 48 px high on the tablet.
    const box = await page.locator('button[name="condition-GOOD"]').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);

    await page.locator('input[name="meter-WATER"]').fill('0.5');
    await page.locator('input[name="meter-ELECTRICITY"]').fill('12.3');
    await page.locator('input[name="meter-GAS"]').fill('0.1');
    await page.getByRole('button', { name: texts.save_meters }).click();
    await eventually(() => prisma.inspection.findUniqueOrThrow({ where: { id: inspection.id } }).then((i) => i.meterReadings ?? undefined), 10_000, 'meters');
    await page.locator('input[name="confirm-MAINTENANCE"]').fill('维修员 赵强');
    await page.getByRole('button', { name: '维修人员确认' }).click();
    await expectVisible(page, '维修人员：维修员 赵强 已确认');
    await page.locator('input[name="confirm-OWNER"]').fill('陈静');
    await page.getByRole('button', { name: '业主确认' }).click();
    await expectVisible(page, texts.all_confirmed);
    await shoot(page, 'move-in-inspection-tablet-zh.png');
    expect((await prisma.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).status).toBe('CONFIRMED');

    // The printed report: the defect, the meters and both confirmations, in Chinese and English.
    const config = testConfig();
    const pdf = await inspectionReportPdf(prisma, { path: config.LETTER_FONT_PATH, family: config.LETTER_FONT_FAMILY }, inspection.id);
    const text = pdfText(pdf);
    expect(text).toContain('地漏排水慢，有积水');
    expect(text).toContain('12.3');
    expect(text).toContain('维修员 赵强');
    expect(text).toMatch(/业主 Owner: 陈静/);
    savePdfPage(pdf, 'move-in-inspection-report');
    // Thirty items saved one by one, and on a tablet the sign-in waits for the inbox itself (the menu is icons).
  }, 120_000);

  it('MOV-8 the move-in page shows each step and the inspection, in Chinese, and the board counts it', async () => {
    const { credentials, office } = suite;
    const page = await office.newPage();
    await signIn(page, office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/move-ins/${moveInId}/show`);
    await page.getByTestId('move-in').waitFor();
    for (const heading of [zh.estate.move_in.documents, zh.estate.move_in.registration, zh.estate.move_in.keys, zh.estate.move_in.fee, zh.estate.move_in.inspection]) await expectVisible(page, heading);
    await page.getByTestId('checklist').waitFor();
    await expectVisible(page, texts.all_confirmed);
    await shoot(page, 'move-in-page-zh.png');
    await page.goto(`${office.url}/#/move-in-board`);
    await page.getByTestId('move-in-board').waitFor();
    await expectVisible(page, zh.estate.move_in.stage.WAITING_FOR_DEFECTS);
  });
});
