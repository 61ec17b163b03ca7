import { periodText, t, type Cell, type FiguresReport, type Kind, type Table, type Text } from '../common/figures/report';
import type { RepairFigureLine, RepairFiguresService } from './figures';

/** The columns of the report, in both languages, in the order of the CSV, the workbook and the PDF. */
export const FIGURE_COLUMNS: [keyof RepairFigureLine, Text, Kind][] = [
  ['received', t('受理', 'Received'), 'count'],
  ['voided', t('作废', 'Voided'), 'count'],
  ['onTimeArrivalRate', t('按时到场率', 'On-time arrival'), 'rate'],
  ['completed', t('完工', 'Completed'), 'count'],
  ['medianHoursToComplete', t('完工时间中位数（小时）', 'Median hours to complete'), 'hours'],
  ['p90HoursToComplete', t('完工时间 90% 分位（小时）', '90th percentile hours'), 'hours'],
  ['firstTimeFixRate', t('一次修复率', 'First-time fix'), 'rate'],
  ['returnVisitRate', t('回访率', 'Return-visit rate'), 'rate'],
  ['onTimeVisitRate', t('按时回访率', 'On-time return visits'), 'rate'],
  ['satisfactionRate', t('满意率', 'Satisfaction'), 'rate'],
  ['income', t('有偿收入（元）', 'Income (CNY)'), 'money'],
  ['materialCost', t('材料成本（元）', 'Cost of materials (CNY)'), 'money'],
];

type Figures = Awaited<ReturnType<RepairFiguresService['figures']>>;

/** REP-7: the monthly summary as a workbook and a PDF: per category, register and engineer, each with its total. */
export function repairReport(f: Figures, from: Date, to: Date): FiguresReport {
  const period = periodText(from, to);
  const table = (title: Text, head: Text, lines: { name: Text; line: RepairFigureLine }[]): Table => ({
    title,
    columns: [{ label: head, kind: 'text' }, ...FIGURE_COLUMNS.map(([, label, kind]) => ({ label, kind }))],
    rows: [...lines, { name: t('合计', 'Total'), line: f.total }].map(({ name, line }) => [name, ...FIGURE_COLUMNS.map(([key]): Cell => line[key] as number | null)]),
    total: true,
  });
  return {
    file: `repairs-${period.en.replace(/ to /, '-')}`,
    title: t('维修及回访月度汇总', 'Repairs and return visits: monthly summary'),
    period,
    tables: [
      table(t('按类别', 'By category'), t('类别', 'Category'), f.byCategory.map((l) => ({ name: l.name, line: l }))),
      table(t('按性质（免费、有偿）', 'By register (free or paid)'), t('性质', 'Register'), f.byKind.map((l) => ({ name: l.name, line: l }))),
      table(t('按维修人员', 'By engineer'), t('维修人员', 'Engineer'), f.byEngineer.map((l) => ({ name: l.name, line: l }))),
    ],
    notes: [
      t(
        '按时到场率：在约定时间内到场的比例。一次修复率：无需返工整改即完工的比例。回访率：已完工工作单中已回访的比例。满意率：按每张工作单最后一次回访计。作废工作单不计入。—：无数据。',
        'On-time arrival: arrivals by the agreed time. First-time fix: completed without rectification. Return-visit rate: completed orders revisited. Satisfaction: the last return visit of each order. Voided orders are not counted. —: nothing to count.',
      ),
    ],
  };
}
