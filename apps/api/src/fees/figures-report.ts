import { estateDay, monthsText, t, type Column, type FiguresReport, type Text } from '../common/figures/report';
import type { FeeFiguresService } from './figures';

type Figures = Awaited<ReturnType<FeeFiguresService['figures']>>;

const STEPS: Record<string, Text> = {
  OVERDUE: t('已逾期', 'Overdue'),
  REMINDED: t('已提醒', 'Reminded'),
  LETTER_SENT: t('催缴函', 'Demand letter'),
  VISITED: t('上门拜访', 'Home visit'),
  LEGAL_REVIEW: t('法务审核', 'Legal review'),
  REFERRED: t('移交法律', 'Referred to legal'),
};
const AGES: Record<string, Text> = {
  '0-30': t('0–30 天', '0–30 days'),
  '31-90': t('31–90 天', '31–90 days'),
  '91-180': t('91–180 天', '91–180 days'),
  '181+': t('180 天以上', 'Over 180 days'),
};

const RATED: Column[] = [
  { label: t('应收', 'Billed'), kind: 'money' },
  { label: t('减免', 'Waived'), kind: 'money' },
  { label: t('实收', 'Collected'), kind: 'money' },
  { label: t('收缴率', 'Collection rate'), kind: 'rate' },
];
const rated = (line: { billed: number; waived: number; collected: number; rate: number | null }) => [line.billed, line.waived, line.collected, line.rate];

/** FEE-7: the collection rate of a range of periods, by period and building, and today's dunning and arrears by age. */
export function feeReport(f: Figures): FiguresReport {
  const today = t(`截至 ${estateDay(new Date())}`, `as of ${estateDay(new Date())}`);
  return {
    file: `fees-${f.from}-${f.to}`,
    title: t('收费统计', 'Fee figures'),
    period: monthsText(f.from, f.to),
    tables: [
      {
        title: t('按账期', 'By billing period'),
        columns: [{ label: t('账期', 'Period'), kind: 'text' }, ...RATED],
        rows: [...f.periods.map((p) => [p.period, ...rated(p)]), [t('合计', 'Total'), ...rated(f.total)]],
        total: true,
      },
      {
        title: t('按楼栋', 'By building'),
        columns: [{ label: t('楼栋', 'Building'), kind: 'text' }, ...RATED],
        rows: f.buildings.map((b) => [b.name, ...rated(b)]),
      },
      {
        title: t(`催缴（按阶段，${today.zh}）`, `Dunning by step (${today.en})`),
        columns: [
          { label: t('阶段', 'Step'), kind: 'text' },
          { label: t('当前在本阶段的户数', 'Households at the step now'), kind: 'count' },
          { label: t('逾期金额', 'Amount overdue'), kind: 'money' },
          { label: t('到达本阶段', 'Reached the step'), kind: 'count' },
          { label: t('在本阶段缴清', 'Paid at the step'), kind: 'count' },
          { label: t('本阶段缴清率', 'Paid at the step, of those that reached it'), kind: 'rate' },
        ],
        rows: f.steps.map((s) => [STEPS[s.step] ?? t(s.step, s.step), s.households, s.amount, s.reached, s.paid, s.rate]),
      },
      {
        title: t(`逾期账单（按账龄，${today.zh}）`, `Overdue bills by age (${today.en})`),
        columns: [
          { label: t('逾期天数', 'Days overdue'), kind: 'text' },
          { label: t('账单数', 'Bills'), kind: 'count' },
          { label: t('欠费户数', 'Households owing'), kind: 'count' },
          { label: t('欠费金额', 'Amount owed'), kind: 'money' },
        ],
        rows: f.aging.map((a) => [AGES[a.bucket] ?? t(a.bucket, a.bucket), a.bills, a.households, a.amount]),
      },
    ],
    notes: [
      t(
        '收缴率：这些账期的账单实收金额除以应收金额（扣除减免）。催缴与账龄两表为截至今天的数据；一户可在多个账龄段都有欠费。',
        'Collection rate: what was collected on the bills of these periods over what was billed (less waivers). Dunning and ages are as of today; a household may owe in several ages.',
      ),
    ],
  };
}
