import { periodText, t, type Column, type FiguresReport, type Table, type Text } from '../common/figures/report';
import type { SurveyFiguresService } from './figures';

type Figures = Awaited<ReturnType<SurveyFiguresService['figures']>>;
type Tally = { rated: number; satisfied: number; rate: number | null; responses?: number };

/** The channels (what was rated), the survey methods and the return visits, named as the back office names them. */
const NAMES: Record<'channel' | 'method' | 'source', Record<string, Text>> = {
  channel: {
    RECEPTION: t('前台接待', 'Reception'),
    PHONE: t('电话服务', 'Telephone service'),
    RETURN_VISIT: t('回访', 'Return visits'),
    REPAIR: t('维修', 'Repairs'),
    CLEANING: t('保洁', 'Cleaning'),
    SECURITY: t('安保', 'Security'),
    GREENING: t('绿化', 'Greening'),
    OVERALL: t('总体', 'Overall'),
  },
  method: { VISIT: t('入户走访', 'Home visit'), PHONE: t('电话', 'Phone'), PAPER: t('意见征询表（纸质）', 'Opinion form (paper)'), LINK: t('短信链接', 'SMS link') },
  source: { COMPLAINT: t('投诉回访', 'Complaint return visits'), REPAIR: t('维修回访', 'Repair return visits') },
};

const name = (group: keyof typeof NAMES, key: string): Text => NAMES[group][key] ?? t(key, key);

const COUNTS: Column[] = [
  { label: t('评价数', 'Rated'), kind: 'count' },
  { label: t('满意', 'Satisfied'), kind: 'count' },
  { label: t('满意率', 'Satisfaction rate'), kind: 'rate' },
];
const RESPONSES: Column = { label: t('答卷', 'Responses'), kind: 'count' };

const table = (title: Text, head: Text, lines: { name: Text | string; tally: Tally }[], responses = false): Table => ({
  title,
  columns: [{ label: head, kind: 'text' }, ...(responses ? [RESPONSES] : []), ...COUNTS],
  rows: lines.map(({ name: label, tally }) => [label, ...(responses ? [tally.responses ?? 0] : []), tally.rated, tally.satisfied, tally.rate]),
});

/** SAT-1: the satisfaction figures as a workbook and a PDF: per channel, per method, the return visits and per month. */
export function surveyReport(f: Figures, from: Date, to: Date): FiguresReport {
  const period = periodText(from, to);
  return {
    file: `satisfaction-${period.en.replace(/ to /, '-')}`,
    title: t('满意率统计', 'Satisfaction figures'),
    period,
    tables: [
      {
        ...table(t('按渠道（评价对象）', 'By channel (what was rated)'), t('渠道', 'Channel'), [
          ...f.channels.map((c) => ({ name: name('channel', c.key), tally: c })),
          { name: t('全部评价', 'All ratings'), tally: f.total },
        ]),
        total: true,
      },
      table(t('按调查方式', 'By survey method'), t('方式', 'Method'), f.methods.map((m) => ({ name: name('method', m.key), tally: m })), true),
      table(t('投诉及维修回访', 'Return visits of complaints and repairs'), t('回访', 'Return visits'), f.returnVisits.map((r) => ({ name: name('source', r.key), tally: r }))),
      table(t('按月', 'By month'), t('月份', 'Month'), f.months.map((m) => ({ name: m.month, tally: { ...m.total, responses: m.responses } })), true),
    ],
    notes: [
      t(
        '评分 4 或 5 分（满分 5 分）、回答“是”或标为满意的选项计为满意。回访渠道合计投诉、维修回访的结果和调查中对回访的评价。',
        'A rating of 4 or 5 (of 5), a "yes", or a choice marked satisfied counts as satisfied. Return visits count the answers of complaint and repair return visits with the survey answers about return visits.',
      ),
    ],
  };
}
