import path from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import type { Page } from 'playwright-core';
import { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import type { PrismaClient } from '../../prisma/client';
import { seedEstate } from '../../prisma/seed';
import { eventually, http, login, seedTestStaff, startApi, startWorker, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';
import { ARTIFACTS, expectVisible, signIn, startBackOffice, type BackOffice } from '../harness/browser';
import { startCoreDemo } from '../support/core-demo';

/** The back office's texts; the Chinese ones have the shape of the English. */
const en = enApp;
const zh = zhMessages as unknown as typeof enApp;
/** react-admin's own label of the export button (`ra.action.export`). */
const EXPORT = { zh: '导出', en: 'Export' };
/** The estate's time zone, the browser's here: an export off by the UTC offset would show. */
const TIME_ZONE = 'Asia/Shanghai';

/**
 * Every list page exports an Excel workbook that opens cleanly: the list's title, its filters in words,
 * the columns titled as the page titles them, local times as Excel dates, names instead of ids, labels
 * instead of codes, identity numbers as masked as the page shows them.
 */
describe('list exports in the browser', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let office: BackOffice;
  let credentials: Record<string, string>;

  beforeAll(async () => {
    prisma = testPrisma();
    await seedEstate(prisma);
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

  /** A signed-in page in China's time zone; in English, the language picked with the switch. */
  const openAs = async (username: string, language: 'zh' | 'en' = 'zh'): Promise<Page> => {
    const context = await office.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: language === 'zh' ? 'zh-CN' : 'en-GB', timezoneId: TIME_ZONE, acceptDownloads: true });
    if (language === 'en') await context.addInitScript({ content: "window.localStorage.setItem('estateDesk.locale', 'en');" });
    const page = await context.newPage();
    await signIn(page, office.url, username, credentials[username]);
    await page.locator('input[name="username"]').waitFor({ state: 'detached' });
    return page;
  };

  const listUrl = (resource: string, filter: object) => `${office.url}/#/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

  /** Clicks the list's export button, keeps the file under test-artifacts and opens it as Excel would. */
  const exportList = async (page: Page, language: 'zh' | 'en' = 'zh') => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: EXPORT[language], exact: true }).click()]);
    const file = path.join(ARTIFACTS, `export-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    return { fileName: download.suggestedFilename(), sheet: workbook.worksheets[0] };
  };

  /** The rows under the header row (the third), by column title. */
  const rowsOf = (sheet: Worksheet) => {
    const header = sheet.getRow(3);
    const headers = Array.from({ length: header.cellCount }, (_, index) => String(header.getCell(index + 1).value ?? ''));
    const rows: Record<string, unknown>[] = [];
    for (let number = 4; number <= sheet.rowCount; number += 1) {
      const row = sheet.getRow(number);
      rows.push(Object.fromEntries(headers.map((title, index) => [title, row.getCell(index + 1).value])));
    }
    return { headers, rows };
  };

  /** Every value of the sheet, to show that no code or id slipped through. */
  const everyValue = (sheet: Worksheet) => {
    const values: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    return values;
  };

  /** An instant as the page shows it: the browser's wall clock, to the second, read by Excel as a date without a zone. */
  const shownAt = async (page: Page, instant: Date) => {
    const offsetMinutes = await page.evaluate((iso) => -new Date(iso).getTimezoneOffset(), instant.toISOString());
    expect(offsetMinutes).toBe(480);
    return new Date(Math.floor(instant.getTime() / 1000) * 1000 + offsetMinutes * 60_000);
  };

  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());

  it('CMP-1 exports the complaint register as filtered: the filters in words, Chinese titles, local times, labels and names', async () => {
    const token = unique('导出');
    const reception = http(api.url, await login(api.url, 'reception', credentials.reception));
    const intake = (subject: string, channel: string, tier: string) => ({
      complainantName: '王芳',
      phone: '13800138000',
      channel,
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      place: 'C栋 3 楼走廊',
      subject,
      department: 'ENGINEERING',
      description: '电梯夜里一直响。',
      request: '尽快修好',
      tier,
      confirmedWithResident: true,
    });
    const minor = await reception.post('/complaints', intake(`电梯噪音 ${token}`, 'HOTLINE', 'MINOR'));
    const major = await reception.post('/complaints', intake(`楼道漏水 ${token}`, 'FRONT_DESK', 'MAJOR'));
    expect([minor.status, major.status]).toEqual([201, 201]);
    const complaint = await prisma.complaint.findUniqueOrThrow({ where: { id: minor.body.id } });
    const receivedBy = await prisma.staff.findUniqueOrThrow({ where: { id: complaint.receivedById } });

    const page = await openAs('reception');
    await page.goto(listUrl('complaints', { q: token, tier: 'MINOR' }));
    await expectVisible(page, complaint.subject);
    await page.screenshot({ path: path.join(ARTIFACTS, 'export-complaints-zh.png'), fullPage: true });
    const { fileName, sheet } = await exportList(page);

    expect(fileName).toBe(`${zh.resources.complaints.name}_${today()}.xlsx`);
    expect(String(sheet.getCell('A1').value)).toMatch(new RegExp(`^${zh.resources.complaints.name}（.*共 1 条）$`));
    expect(sheet.getCell('A2').value).toBe(`筛选条件：搜索：${token}；${zh.resources.complaints.fields.tier}：${zh.estate.enums.complaintTier.MINOR}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    const { headers, rows } = rowsOf(sheet);
    const f = zh.resources.complaints.fields;
    expect(headers).toEqual(expect.arrayContaining([f.createdAt, f.complainantName, f.channel, f.tier, f.status, f.department, f.receivedById]));
    // Only the minor complaint: the major one with the same words is filtered out, as on the page.
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row[f.subject]).toBe(complaint.subject);
    expect(row[f.channel]).toBe(zh.estate.enums.complaintChannel.HOTLINE);
    expect(row[f.tier]).toBe(zh.estate.enums.complaintTier.MINOR);
    expect(row[f.status]).toBe(zh.estate.enums.complaintStatus.OPEN);
    expect(row[f.department]).toBe(zh.estate.enums.department.ENGINEERING);
    expect(row[f.receivedById]).toBe(receivedBy.displayName);
    // Received at the wall-clock time the page shows (UTC + 8 h), as a date Excel can sort.
    expect(row[f.createdAt]).toEqual(await shownAt(page, complaint.createdAt));
    expect(sheet.getCell(4, headers.indexOf(f.createdAt) + 1).numFmt).toBe('yyyy-mm-dd hh:mm');
    const values = everyValue(sheet);
    for (const code of ['HOTLINE', 'MINOR', 'OPEN', 'ENGINEERING']) expect(values).not.toContain(code);
    await page.context().close();
  });

  it('FEE-2 exports payments with the household and the collector by name and the money as numbers; in English too', async () => {
    const building = await prisma.building.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const number = `7-${String(Date.now()).slice(-4)}`;
    const household = await prisma.household.create({
      data: { occupancy: 'OWNER', name: unique('钱导出'), phone: '13900007777', unit: { create: { buildingId: building.id, number, floor: 7, areaSqm: 80, status: 'OCCUPIED' } } },
    });
    const cashier = http(api.url, await login(api.url, 'cashier', credentials.cashier));
    const paid = await cashier.post('/payments', { householdId: household.id, amount: 1234.5, method: 'CASH' });
    expect(paid.status).toBe(201);
    const payment = await prisma.payment.findUniqueOrThrow({ where: { id: paid.body.id }, include: { collector: true } });

    const page = await openAs('cashier');
    await page.goto(listUrl('payments', { q: payment.receiptNumber }));
    await expectVisible(page, payment.receiptNumber);
    const { fileName, sheet } = await exportList(page);
    expect(fileName).toBe(`${zh.resources.payments.name}_${today()}.xlsx`);
    expect(sheet.getCell('A2').value).toBe(`筛选条件：搜索：${payment.receiptNumber}`);
    const f = zh.resources.payments.fields;
    const { headers, rows } = rowsOf(sheet);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      [f.receiptNumber]: payment.receiptNumber,
      [f.household]: `${household.name} · ${number}`,
      [f.amount]: 1234.5,
      [f.method]: zh.estate.enums.paymentMethod.CASH,
      [f.channel]: zh.estate.enums.paymentChannel.COUNTER,
      [f.collectorId]: payment.collector!.displayName,
      [f.handoverId]: zh.estate.payments.not_handed_over,
    });
    expect(rows[0][f.receivedAt]).toEqual(await shownAt(page, payment.receivedAt));
    expect(sheet.getCell(4, headers.indexOf(f.amount) + 1).numFmt).toBe('#,##0.00');
    await page.context().close();

    // The same list in English: English titles, words and file name.
    const english = await openAs('cashier', 'en');
    await english.goto(listUrl('payments', { q: payment.receiptNumber }));
    await expectVisible(english, payment.receiptNumber);
    const inEnglish = await exportList(english, 'en');
    expect(inEnglish.fileName).toBe(`Payments ${today()}.xlsx`);
    expect(String(inEnglish.sheet.getCell('A1').value)).toMatch(/^Payments \(exported .*, 1 row\)$/);
    expect(inEnglish.sheet.getCell('A2').value).toBe(`Filters: Search: ${payment.receiptNumber}`);
    const [line] = rowsOf(inEnglish.sheet).rows;
    expect(line).toMatchObject({ [en.resources.payments.fields.method]: 'Cash', [en.resources.payments.fields.amount]: 1234.5, [en.resources.payments.fields.household]: `${household.name} · ${number}` });
    await english.context().close();
  });

  it('exports the task inbox with the view in words, the assignee by name, the candidate role and the due time as shown', async () => {
    const title = unique('导出');
    const kase = await startCoreDemo(api, {
      title,
      policy: { task: { key: 'call', title: { zh: `回电住户 ${title}`, en: `Call the resident back ${title}` }, candidate: { role: 'RECEPTION' }, deadlines: [{ due: { after: 'PT2H' }, escalate: {} }] } },
    });
    const created = await eventually(() => prisma.task.findFirst({ where: { caseId: kase.id } }).then((t) => t ?? undefined));
    const reception = http(api.url, await login(api.url, 'reception', credentials.reception));
    expect((await reception.post(`/tasks/${created.id}/claim`)).status).toBe(200);
    const task = await prisma.task.findUniqueOrThrow({ where: { id: created.id }, include: { assignee: true } });
    expect(task.dueAt).not.toBeNull();

    const page = await openAs('reception');
    await page.goto(listUrl('tasks', { view: 'mine', q: title }));
    await expectVisible(page, task.titleZh);
    const { fileName, sheet } = await exportList(page);
    expect(fileName).toBe(`${zh.estate.inbox.title}_${today()}.xlsx`);
    expect(String(sheet.getCell('A2').value)).toContain(`${zh.estate.inbox.title}：${zh.estate.inbox.views.mine}`);
    const f = zh.resources.tasks.fields;
    const { rows } = rowsOf(sheet);
    const row = rows.find((r) => r[f.title] === task.titleZh);
    expect(row).toMatchObject({
      [f.assignee]: task.assignee!.displayName,
      [f.candidate]: zh.estate.enums.role.RECEPTION,
      [f.priority]: zh.estate.enums.priority[task.priority as keyof typeof zh.estate.enums.priority],
      [f.status]: zh.estate.enums.taskStatus.OPEN,
      [f.case]: `测试案件 ${title} #${kase.id}`,
    });
    expect(row![f.dueAt]).toEqual(await shownAt(page, task.dueAt!));
    await page.context().close();
  });

  it('ARC-3 exports identity numbers masked for a role without the right, and never asks for the full number', async () => {
    const building = await prisma.building.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const idNumber = '110105199001011234';
    const household = await prisma.household.create({
      data: { occupancy: 'OWNER', name: unique('身份导出'), phone: '13900006666', idNumber, unit: { create: { buildingId: building.id, number: `6-${String(Date.now()).slice(-4)}`, floor: 6, areaSqm: 70, status: 'OCCUPIED' } } },
    });
    const page = await openAs('commissioner');
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    await page.goto(listUrl('households', { q: household.name }));
    await expectVisible(page, household.name);
    const { sheet } = await exportList(page);
    const { rows } = rowsOf(sheet);
    expect(rows).toHaveLength(1);
    expect(rows[0][zh.resources.households.fields.idNumber]).toBe('110105********1234');
    expect(everyValue(sheet)).not.toContain(idNumber);
    expect(asked.filter((url) => /identity/.test(url))).toEqual([]);
    await page.context().close();
  });
});
