import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import enMessages, { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import type { DataProvider, GetListParams } from 'react-admin';
import { allRecords, fetchRelated } from '../../apps/admin/src/common/xlsx/fetch';
import { cellOf, describeFilters, labelOf, wallClock } from '../../apps/admin/src/common/xlsx/format';
import { withListQuery } from '../../apps/admin/src/common/xlsx/listQuery';
import { col, dayRange, type ExportContext, type ExportSpec } from '../../apps/admin/src/common/xlsx/spec';
import { buildWorkbook, HEADER_ROW } from '../../apps/admin/src/common/xlsx/workbook';

/**
 * The back office's list exports: what a cell of the workbook holds for a record (the page's words, local
 * times as real Excel dates, money as numbers), the filters in words, and the workbook's layout.
 */
/** The back office's texts; the Chinese ones have the shape of the English. */
const en = enApp;
const zh = zhMessages as unknown as typeof enApp;

const contextOf = (locale: 'zh' | 'en'): ExportContext => {
  const i18n = polyglotI18nProvider(() => (locale === 'zh' ? zhMessages : enMessages), locale);
  return { locale, translate: (key, options) => i18n.translate(key, options) };
};
const zhContext = contextOf('zh');
const enContext = contextOf('en');

describe('the cells of an exported list', () => {
  it('writes an instant as the wall clock reads it where the page shows it, to the second, for Excel (which has no time zones)', () => {
    const shown = wallClock(new Date('2026-01-04T18:30:15.250Z'), 'Asia/Shanghai');
    // 18:30 UTC is 02:30 the next day in China: the day changes too.
    expect(shown.toISOString()).toBe('2026-01-05T02:30:15.000Z');
    expect(cellOf(col.datetime('at', { timeZone: 'Asia/Shanghai' }), { at: '2026-01-04T18:30:15Z' }, zhContext)).toEqual(new Date('2026-01-05T02:30:15Z'));
    expect(cellOf(col.datetime('at', { timeZone: 'Europe/London' }), { at: '2026-07-01T08:00:00Z' }, zhContext)).toEqual(new Date('2026-07-01T09:00:00Z'));
  });

  it('keeps a calendar day on its day, takes the local day of an instant, and reads a billing period as its month', () => {
    expect(cellOf(col.date('dueDate'), { dueDate: '2026-02-28' }, zhContext)).toEqual(new Date('2026-02-28T00:00:00Z'));
    expect(cellOf(col.date('at', { timeZone: 'Asia/Shanghai' }), { at: '2026-02-28T17:00:00Z' }, zhContext)).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(cellOf(col.month('period'), { period: '2026-03' }, zhContext)).toEqual(new Date('2026-03-01T00:00:00Z'));
  });

  it('writes money as a number of yuan rounded to the fen, and a count as a number', () => {
    expect(cellOf(col.money('amount'), { amount: '1234.5' }, zhContext)).toBe(1234.5);
    expect(cellOf(col.money('amount'), { amount: 0.1 + 0.2 }, zhContext)).toBe(0.3);
    expect(cellOf(col.count('case.escalationLevel'), { case: { escalationLevel: 2 } }, zhContext)).toBe(2);
    expect(cellOf(col.money('amount'), { amount: null }, zhContext)).toBeNull();
  });

  it('words a code by the label the page uses, in the UI language, never as the code', () => {
    const tier = col.enum('tier', 'complaintTier');
    expect(cellOf(tier, { tier: 'MINOR' }, zhContext)).toBe(zh.estate.enums.complaintTier.MINOR);
    expect(cellOf(tier, { tier: 'MINOR' }, enContext)).toBe('Minor');
    expect(cellOf(col.enum('channel', 'complaintChannel'), { channel: 'HOTLINE' }, zhContext)).toBe(zh.estate.enums.complaintChannel.HOTLINE);
    expect(cellOf(col.choice('status', 'estate.gate.status'), { status: 'ISSUED' }, zhContext)).toBe(zh.estate.gate.status.ISSUED);
    expect(cellOf(col.boolean('active'), { active: false }, zhContext)).toBe('否');
    expect(cellOf(col.boolean('resolvedOnTime', { yes: 'estate.complaints.on_time', no: 'estate.complaints.late' }), { resolvedOnTime: true }, enContext)).toBe(
      en.estate.complaints.on_time,
    );
  });

  it('names a referenced record instead of its id, and shows "#id" only for one the role may not read', () => {
    const column = col.reference('receivedById', 'staff', 'displayName');
    const related = { staff: new Map([['7', { id: 7, displayName: '陈静 Chen Jing' }]]) };
    expect(cellOf(column, { receivedById: 7 }, zhContext, related)).toBe('陈静 Chen Jing');
    expect(cellOf(column, { receivedById: 8 }, zhContext, related)).toBe('#8');
  });

  it('never writes an object as JSON', () => {
    expect(cellOf(col.text('data'), { data: { a: 1 } }, zhContext)).toBeNull();
    expect(cellOf(col.text('tags'), { tags: ['甲', '乙'] }, zhContext)).toBe('甲、乙');
  });
});

describe('the filters row', () => {
  const spec: Pick<ExportSpec, 'resource' | 'filters'> = {
    resource: 'complaints',
    filters: [col.enum('tier', 'complaintTier'), col.boolean('overdue'), ...dayRange('from', 'to', 'Asia/Shanghai')],
  };

  it('states the filters in words: the filter names and their values as the page shows them', () => {
    const filters = { tier: 'MAJOR', overdue: true, q: '漏水', from: '2026-11-30T16:00:00.000Z', to: '2026-12-01T16:00:00.000Z' };
    expect(describeFilters(spec, filters, zhContext)).toBe(
      `筛选条件：${zh.resources.complaints.fields.tier}：${zh.estate.enums.complaintTier.MAJOR}；${zh.resources.complaints.fields.overdue}：是；搜索：漏水；` +
        `${zh.resources.complaints.fields.from}：2026年12月1日；${zh.resources.complaints.fields.to}：2026年12月1日`,
    );
    const payments = { resource: 'payments', filters: [col.reference('collectorId', 'staff', 'displayName'), col.enum('method', 'paymentMethod')] };
    const staff = { staff: new Map([['3', { id: 3, displayName: 'Sun Li' }]]) };
    expect(describeFilters(payments, { collectorId: 3, method: 'CASH' }, enContext, staff)).toBe(
      `Filters: ${en.resources.payments.fields.collectorId}: Sun Li; ${en.resources.payments.fields.method}: ${en.estate.enums.paymentMethod.CASH}`,
    );
  });

  it('says so when nothing is filtered', () => {
    expect(describeFilters(spec, {}, zhContext)).toBe(zh.estate.export.no_filters);
    expect(describeFilters(spec, { tier: '', overdue: undefined }, enContext)).toBe(en.estate.export.no_filters);
  });
});

describe('the rows of an export', () => {
  /** A list endpoint as the API has it: at most 1,000 rows a page, a 403 for a resource the role may not read. */
  const api = (rows: { id: number; name: string }[]) => {
    const asked: GetListParams[] = [];
    const provider = {
      getList: async (resource: string, params: GetListParams) => {
        asked.push(params);
        const { page, perPage } = params.pagination!;
        if (perPage > 1000) throw new Error('range: at most 1000 rows per page');
        return withListQuery(resource, params, { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length });
      },
      getMany: async (resource: string, { ids }: { ids: unknown[] }) => {
        if (resource !== 'staff') throw Object.assign(new Error('Forbidden'), { status: 403 });
        return { data: rows.filter((row) => ids.map(String).includes(String(row.id))).slice(0, 25) };
      },
    } as unknown as DataProvider;
    return { provider, asked };
  };

  it('fetches every row the filters select, page after page of the API’s 1,000, with the same filters and sort', async () => {
    const rows = Array.from({ length: 2345 }, (_, i) => ({ id: i + 1, name: `row ${i + 1}` }));
    const { provider, asked } = api(rows);
    const params = { filter: { tier: 'MINOR' }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 1000 } } as Parameters<DataProvider['getList']>[1];
    // What react-admin's export button hands the exporter: the first page, as the data provider answered it.
    const { data } = await provider.getList('complaints', params);
    const { records, total, filter } = await allRecords(data, provider);
    expect(records.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(total).toBe(2345);
    expect(filter).toEqual({ tier: 'MINOR' });
    expect(asked.map((p) => p.pagination)).toEqual([1, 2, 3].map((page) => ({ page, perPage: 1000 })));
    expect(asked.every((p) => p.sort?.field === 'createdAt' && (p.filter as { tier?: string }).tier === 'MINOR')).toBe(true);
  });

  it('names more referenced records than the API answers at once, and leaves those of a resource the role may not read as ids', async () => {
    const staff = Array.from({ length: 60 }, (_, i) => ({ id: i + 1, name: `staff ${i + 1}` }));
    const { provider } = api(staff);
    const wanted = new Map([
      ['staff', new Set(staff.map((s) => String(s.id)))],
      ['households', new Set(['1'])],
    ]);
    const related = await fetchRelated(wanted, provider);
    expect(related.staff.size).toBe(60);
    expect(related.households.size).toBe(0);
    expect(cellOf(col.reference('householdId', 'households', 'name'), { householdId: 1 }, zhContext, related)).toBe('#1');
  });
});

describe('the workbook', () => {
  it('has the title, the filters, a frozen header and typed columns that Excel can sort', async () => {
    const rows = [
      [new Date('2026-01-05T02:30:00Z'), 1234.5, '重大'],
      [new Date('2026-01-06T09:00:00Z'), 20, '一个相当长的文字'.repeat(10)],
    ];
    const workbook = buildWorkbook({
      name: '投诉',
      title: '投诉（2026年1月6日 17:00 导出，共 2 条）',
      filters: '筛选条件：无（全部记录）',
      columns: [
        { header: '登记时间', kind: 'datetime' },
        { header: '金额', kind: 'money' },
        { header: '级别', kind: 'text' },
      ],
      rows,
    });
    const read = new Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const sheet = read.worksheets[0];
    expect(sheet.name).toBe('投诉');
    expect(sheet.getCell('A1').value).toBe('投诉（2026年1月6日 17:00 导出，共 2 条）');
    expect(sheet.getCell('A2').value).toBe('筛选条件：无（全部记录）');
    expect(sheet.getRow(HEADER_ROW).values).toEqual([undefined, '登记时间', '金额', '级别']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.getCell(HEADER_ROW + 1, 1).value).toEqual(rows[0][0]);
    expect(sheet.getCell(HEADER_ROW + 1, 1).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell(HEADER_ROW + 1, 2).value).toBe(1234.5);
    expect(sheet.getCell(HEADER_ROW + 1, 2).numFmt).toBe('#,##0.00');
    // Wide enough for the values, never wider than a screen: long texts wrap.
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(17);
    expect(sheet.getColumn(3).width).toBe(50);
    expect(sheet.getCell(HEADER_ROW + 2, 3).alignment).toMatchObject({ wrapText: true });
    expect(sheet.autoFilter).toBeDefined();
  });
});

/** Every list's declaration: each column's and filter's title has a Chinese and an English text. */
describe("every list's export", () => {
  const src = path.join(__dirname, '../../apps/admin/src');
  const files = (dir: string, name: RegExp): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name), name) : name.test(entry.name) ? [path.join(dir, entry.name)] : []));
  const specs = files(src, /^exportColumns\.ts$/).flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(file) as Record<string, { spec?: ExportSpec }>;
    return Object.entries(exports).flatMap(([name, value]) => (value?.spec ? [[`${path.relative(src, file)} ${name}`, value.spec] as const] : []));
  });

  it('covers every list page of the back office: each react-admin <List> exports with a declaration, none without', () => {
    const pages = files(src, /\.tsx$/).filter((file) => /import \{[^}]*\bList\b[^}]*\} from 'react-admin'/.test(fs.readFileSync(file, 'utf8')));
    // A <List>'s props: up to its first child, a line starting with an element or an expression.
    const lists = pages.flatMap((file) =>
      fs.readFileSync(file, 'utf8').split(/<List\b/).slice(1).map((tail) => ({ file: path.relative(src, file), props: tail.slice(0, tail.search(/\n\s*[<{]/)) })),
    );
    expect(lists.length).toBeGreaterThanOrEqual(36);
    const exporters = new Set(specs.map(([name]) => name.split(' ')[1]));
    const without = lists.filter(({ props }) => !exporters.has(/exporter=\{(\w+)\}/.exec(props)?.[1] ?? '')).map(({ file }) => file);
    expect(without).toEqual([]);
  });

  it.each(specs)('%s: titles in both languages', (_name, spec) => {
    for (const context of [zhContext, enContext]) {
      const keys = [...spec.columns, ...(spec.filters ?? [])].map((column) => labelOf(column, spec.resource));
      if (spec.title) keys.push(spec.title);
      keys.push(`resources.${spec.resource}.name`);
      const missing = keys.filter((key) => context.translate(key, { smart_count: 2 }) === key);
      expect(missing).toEqual([]);
    }
  });
});
