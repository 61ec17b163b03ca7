import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { http, login, unique } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';
import { pdfText, savePdfPage } from '../harness/pdf';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;
const DAY = 86_400_000;
/** The estate's month (China Standard Time) `offset` months from now, "YYYY-MM". */
const estateMonth = (offset = 0) => {
  const now = new Date(Date.now() + 8 * 3600_000);
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return month.toISOString().slice(0, 7);
};
/** A day `daysAgo` days before today at the estate, as the bills' due date column stores it. */
const estateDaysAgo = (daysAgo: number) => new Date(`${new Date(Date.now() + 8 * 3600_000 - daysAgo * DAY).toISOString().slice(0, 10)}T00:00:00Z`);

const shoot = async (page: Page, name: string) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage: true });
};

/** A chart drawn: its SVG with at least one bar. */
async function expectBars(chart: Locator) {
  await chart.locator('svg').first().waitFor();
  // A bar with nothing to count is drawn zero wide.
  const drawn = chart.locator('.MuiBarChart-element:not([width="0"])');
  await drawn.first().waitFor();
  expect(await drawn.count()).toBeGreaterThan(0);
}

/** Clicks the bar (of `series`, if given) drawn level with a category's name on a chart of horizontal bars. */
async function clickBar(page: Page, chart: Locator, category: string, series?: string) {
  const label = await chart.locator('text').filter({ hasText: category }).first().boundingBox();
  if (!label) throw new Error(`no category ${category} on the chart`);
  const middle = label.y + label.height / 2;
  let best: { x: number; y: number; distance: number } | undefined;
  for (const bar of await chart.locator(series ? `g[data-series="${series}"] .MuiBarChart-element` : '.MuiBarChart-element').all()) {
    const box = await bar.boundingBox();
    if (!box || box.width < 1) continue;
    const distance = Math.abs(box.y + box.height / 2 - middle);
    if (!best || distance < best.distance) best = { x: box.x + box.width / 2, y: box.y + box.height / 2, distance };
  }
  if (!best || best.distance > 40) throw new Error(`no bar drawn for ${category}`);
  await page.mouse.click(best.x, best.y);
}

/** Clicks a download button of the figures bar and answers the file's bytes. */
async function download(page: Page, format: 'xlsx' | 'pdf'): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="figures-bar"] [data-download="${format}"]`).click()]);
  const saved = path.join(ARTIFACTS, `figures-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), body: fs.readFileSync(saved) };
}

/** Nothing on the page is a message key or an enum's code. */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\b(estate|resources|ra)\.[a-z_]+\.[a-z_.]+/);
}

/** The figures pages in the browser, in Chinese, at desktop and at phone width (360 px). */
describe('figures pages in the browser', () => {
  const suite = browserSuite();
  let desktop: BrowserContext;
  let phone: BrowserContext;
  /** The supervisor signed in at a desk, and on a phone. */
  let page: Page;
  let small: Page;
  const fixture = { bill45: '', bill10: '', complainant: '', serial: '' };

  beforeAll(async () => {
    const { prisma, credentials, office } = suite;
    desktop = await office.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    phone = await office.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: true, hasTouch: true });
    // A household of its own, with a bill of this month partly paid, one 45 days overdue and one 10 days overdue
    // (periods far ahead, so that the bills list, newest period first, shows them first).
    const estate = await prisma.estate.findFirstOrThrow();
    const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('S'), name: '统计楼', floors: 6 } });
    const unit = await prisma.unit.create({ data: { buildingId: building.id, number: unique('S').slice(0, 12), floor: 3, areaSqm: 88 } });
    const household = await prisma.household.create({ data: { unitId: unit.id, occupancy: 'OWNER', name: '赵统计', phone: '13800005555' } });
    const bill = (period: string, dueDate: Date, amount: number, paid = 0) =>
      prisma.bill.create({ data: { number: unique('ZD'), householdId: household.id, unitId: unit.id, period, dueDate, amount, paid } });
    await bill(estateMonth(), new Date(Date.now() + 20 * DAY), 1000, 600);
    fixture.bill45 = (await bill('2099-11', estateDaysAgo(45), 1234.56)).number;
    fixture.bill10 = (await bill('2099-12', estateDaysAgo(10), 321)).number;

    // An important complaint received now, still open; a repair order of the household.
    const api = http(`${office.url}/api`, await login(`${office.url}/api`, 'reception', credentials.reception));
    fixture.complainant = `钱${unique('').slice(1, 5)}`;
    const complaint = await api.post('/complaints', {
      householdId: household.id,
      complainantName: fixture.complainant,
      phone: household.phone,
      channel: 'HOTLINE',
      occurredAt: new Date(Date.now() - 3600_000).toISOString(),
      place: '统计楼 3 楼走廊',
      subject: '保安 夜班',
      department: 'SECURITY',
      description: '夜班保安不在岗，外来车辆随意进出。',
      request: '加强夜间巡逻',
      tier: 'IMPORTANT',
      confirmedWithResident: true,
    });
    expect(complaint.status).toBe(201);
    const window = { from: new Date(Date.now() + 2 * 3600_000).toISOString(), to: new Date(Date.now() + 4 * 3600_000).toISOString() };
    const repair = await api.post('/repairs', {
      householdId: household.id,
      reporterName: household.name,
      phone: household.phone,
      channel: 'HOTLINE',
      category: 'PLUMBING',
      description: '卫生间地漏返水。',
      windows: [window],
      confirmedWithResident: true,
    });
    expect(repair.status).toBe(201);
    fixture.serial = repair.body.serial;

    page = await desktop.newPage();
    small = await phone.newPage();
    for (const signedIn of [page, small]) {
      await signIn(signedIn, office.url, 'supervisor', credentials.supervisor);
      await signedIn.locator('input[name="username"]').waitFor({ state: 'detached', timeout: 20_000 });
    }
  }, 120_000);

  afterAll(async () => {
    await desktop?.close();
    await phone?.close();
  });

  it('FEE-3 FEE-7 the fee figures chart the collection rate and the arrears by age; a bar opens the bills it counts; the workbook and the PDF are titled in Chinese with the period', async () => {
    const { office } = suite;
    await page.goto(`${office.url}/#/fee-figures`);
    const f = zh.estate.fee_figures;
    await expectVisible(page, f.rate_chart);
    await expectBars(page.getByTestId('fee-figures-rate-chart'));
    const aging = page.getByTestId('fee-figures-aging-chart');
    await expectBars(aging);
    await expect(aging.textContent()).resolves.toContain(f.aging_chart);
    // The age table is headed with what it counts: bills, and the households owing them.
    await expectVisible(page, f.bills);
    await expectVisible(page, f.households_owing);
    await expectNoRawKeys(page);
    await page.waitForTimeout(300);
    await shoot(page, 'figures-fees-zh.png');

    // The workbook: Chinese titles with the period, labels not codes.
    const from = estateMonth(-5);
    const to = estateMonth();
    const xlsx = await download(page, 'xlsx');
    expect(xlsx.name).toBe(`fees-${from}-${to}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['按账期', '按楼栋']));
    const first = book.worksheets[0];
    expect(String(first.getCell('A1').value)).toBe(`收费统计（${from} 至 ${to}）`);
    const ages = book.worksheets.find((sheet) => sheet.name.startsWith('逾期账单'))!;
    expect(ages.getRow(4).values).toEqual([undefined, '逾期天数', '账单数', '欠费户数', '欠费金额']);
    const ninety = ages.getRow(6).values as unknown[];
    expect(ninety[1]).toBe('31–90 天');
    expect(ninety[2]).toBeGreaterThanOrEqual(1);
    // The PDF of the monthly report, in Chinese.
    const pdf = await download(page, 'pdf');
    const text = pdfText(pdf.body);
    expect(text).toContain('收费统计');
    expect(text).toContain(`${from} 至 ${to}`);
    expect(text).toContain('逾期账单（按账龄');
    savePdfPage(pdf.body, 'figures-fees-pdf-zh');

    // A bar opens the list behind it: the 31–90 days bar, the bills overdue by 31 to 90 days.
    await clickBar(page, aging, zh.estate.enums.agingBucket['31-90']);
    await page.waitForURL(/#\/bills\?filter=/);
    expect(decodeURIComponent(page.url())).toContain('"age":"31-90"');
    await expectVisible(page, fixture.bill45);
    expect(await page.getByText(fixture.bill10).count()).toBe(0);
    await expectNoRawKeys(page);
    await shoot(page, 'figures-fees-aging-bills-zh.png');
  }, 120_000);

  it('REP-7 CMP-9 repairs by category and complaints on time by tier are charts; a bar opens the repairs or complaints it counts; the repair report PDF reads in Chinese', async () => {
    const { office } = suite;
    await page.goto(`${office.url}/#/repair-figures`);
    const chart = page.getByTestId('repair-figures-chart');
    await expectBars(chart);
    await page.getByTestId('repair-figures-rates-chart').locator('svg, p').first().waitFor();
    await page.waitForTimeout(300);
    // Its wide tables scroll in their own box: the page keeps the window's width.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1400);
    await shoot(page, 'figures-repairs-zh.png');
    const pdf = await download(page, 'pdf');
    expect(pdfText(pdf.body)).toContain('维修及回访月度汇总');
    savePdfPage(pdf.body, 'figures-repairs-pdf-zh');
    await clickBar(page, chart, '给排水', 'received');
    await page.waitForURL(/#\/repairs\?filter=/);
    expect(decodeURIComponent(page.url())).toContain('"category":"PLUMBING"');
    await expectVisible(page, fixture.serial);

    await page.goto(`${office.url}/#/complaint-figures`);
    const onTime = page.getByTestId('complaint-figures-on-time-chart');
    await expectBars(onTime);
    await expect(onTime.textContent()).resolves.toContain(zh.estate.figures.on_time_chart);
    await expectNoRawKeys(page);
    await page.waitForTimeout(300);
    await shoot(page, 'figures-complaints-zh.png');
  }, 120_000);

  it('CMP-9 FEE-7 at phone width (360 px) every figures page draws its charts in Chinese without running off the screen; a tap on a bar opens the filtered list', async () => {
    const { office } = suite;
    const pages: [string, string][] = [
      ['fee-figures', 'fee-figures-aging-chart'],
      ['repair-figures', 'repair-figures-chart'],
      ['survey-figures', 'survey-figures-chart'],
      ['decoration-figures', 'decoration-figures-status-chart'],
      ['custody-figures', 'custody-figures-patrol-chart'],
      ['move-in-board', 'move-in-board-chart'],
      ['complaint-figures', 'complaint-figures-on-time-chart'],
    ];
    for (const [route, chart] of pages) {
      await small.goto(`${office.url}/#/${route}`);
      // Drawn, or saying there is nothing to draw.
      await small.getByTestId(chart).locator('svg, p').first().waitFor();
      await small.waitForTimeout(300);
      expect(await small.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      await expectNoRawKeys(small);
      await shoot(small, `figures-${route}-phone-zh.png`);
      await small.getByTestId(chart).screenshot({ path: path.join(ARTIFACTS, `figures-${route}-chart-phone-zh.png`) });
    }
    // The complaints still open, of the important tier: the complaint taken today is among them.
    const onTime = small.getByTestId('complaint-figures-on-time-chart');
    await expectBars(onTime);
    await clickBar(small, onTime, zh.estate.enums.complaintTier.IMPORTANT, 'pending');
    await small.waitForURL(/#\/complaints\?filter=/);
    const url = decodeURIComponent(small.url());
    expect(url).toContain('"tier":"IMPORTANT"');
    expect(url).toContain('"status":"OPEN"');
    await expectVisible(small, fixture.complainant);
    await shoot(small, 'figures-complaints-list-phone-zh.png');
  }, 180_000);
});
