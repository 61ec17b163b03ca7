import { periodText, t, type Column, type FiguresReport, type Table, type Text } from '../common/figures/report';
import type { ComplaintsService } from './complaints';

type Figures = Awaited<ReturnType<ComplaintsService['figures']>>;
type Line = Figures['total'];

const TIERS: Record<string, Text> = { MAJOR: t('重大', 'Major'), IMPORTANT: t('重要', 'Important'), MINOR: t('轻微', 'Minor') };
const DEPARTMENTS: Record<string, Text> = {
  CS: t('客服部', 'Customer service'),
  ENGINEERING: t('工程部', 'Engineering'),
  SECURITY: t('保安部', 'Security'),
  CLEANING: t('保洁部', 'Cleaning'),
  GREENING: t('绿化部', 'Greening'),
  FINANCE: t('财务部', 'Finance'),
  MANAGEMENT_OFFICE: t('管理处', 'Management office'),
};

const COLUMNS: [keyof Line, Column][] = [
  ['received', { label: t('受理', 'Received'), kind: 'count' }],
  ['resolved', { label: t('已解决', 'Resolved'), kind: 'count' }],
  ['onTime', { label: t('按时', 'On time'), kind: 'count' }],
  ['late', { label: t('超时', 'Late'), kind: 'count' }],
  ['pending', { label: t('待处理', 'Pending'), kind: 'count' }],
  ['invalid', { label: t('无效', 'Invalid'), kind: 'count' }],
  ['returnVisits', { label: t('回访', 'Return visits'), kind: 'count' }],
  ['returnVisitRate', { label: t('回访率', 'Return-visit rate'), kind: 'rate' }],
  ['satisfactionRate', { label: t('满意率', 'Satisfaction rate'), kind: 'rate' }],
];

const EMPTY: Line = { received: 0, resolved: 0, onTime: 0, late: 0, pending: 0, invalid: 0, returnVisits: 0, returnVisitRate: null, satisfactionRate: null };

/** Every known value in its order (with nothing counted if none came), then any value this table does not name. */
const table = (title: Text, head: Text, names: Record<string, Text>, lines: Record<string, Line>, total: Line, keys = Object.keys(names)): Table => ({
  title,
  columns: [{ label: head, kind: 'text' }, ...COLUMNS.map(([, column]) => column)],
  rows: [
    ...[...keys, ...Object.keys(lines).filter((k) => !keys.includes(k))].map((key) => [names[key] ?? t(key, key), ...COLUMNS.map(([name]) => (lines[key] ?? EMPTY)[name])]),
    [t('合计', 'Total'), ...COLUMNS.map(([name]) => total[name])],
  ],
  total: true,
});

/** CMP-9: the complaint figures of a period as a workbook and a PDF, per tier and per department. */
export function complaintReport(f: Figures, from: Date, to: Date): FiguresReport {
  const period = periodText(from, to);
  return {
    file: `complaints-${period.en.replace(/ to /, '-')}`,
    title: t('投诉统计', 'Complaint figures'),
    period,
    tables: [
      table(t('按级别', 'By tier'), t('级别', 'Tier'), TIERS, f.byTier, f.total),
      table(t('按部门', 'By department'), t('部门', 'Department'), DEPARTMENTS, f.byDepartment, f.total, Object.keys(DEPARTMENTS).filter((k) => k !== 'MANAGEMENT_OFFICE')),
    ],
    notes: [
      t(
        '回访率：回访数 ÷ 已解决投诉数；满意率：满意的回访 ÷ 回访数。“—”表示没有可计算的基数。',
        'Return-visit rate: return visits per resolved complaint. Satisfaction rate: satisfied residents per return visit. —: nothing to count.',
      ),
    ],
  };
}
