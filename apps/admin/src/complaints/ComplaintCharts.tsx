import { useTranslate } from 'react-admin';
import { FigureChart } from '../common/figures/FigureChart';
import { listLink, periodFilter, type Period } from '../common/figures/period';
import { ENUMS, enumLabel } from '../common/enums';
import type { ComplaintFigureLine, ComplaintFigures } from '../dataProvider';
import { COMPLAINT_DEPARTMENTS } from './types';

const lineOf = (lines: Partial<Record<string, ComplaintFigureLine>> | undefined, key: string) => lines?.[key];

/**
 * The complaint figures as charts (CMP-2..CMP-4, CMP-9): per tier, how many were resolved on time, late or are
 * still open; the return-visit and satisfaction rates per tier; the complaints each department received. A bar
 * opens the complaints it counts.
 */
export const ComplaintCharts = ({ data, period }: { data: ComplaintFigures; period: Period }) => {
  const translate = useTranslate();
  const tiers = ENUMS.complaintTier;
  const column = (name: string) => translate(`estate.figures.columns.${name}`);
  const tierData = (name: keyof ComplaintFigureLine) => tiers.map((tier) => (lineOf(data.byTier, tier)?.[name] as number | null | undefined) ?? null);
  const within = periodFilter(period);
  const STATE: Record<string, Record<string, unknown>> = {
    onTime: { status: 'RESOLVED', resolvedOnTime: true },
    late: { status: 'RESOLVED', resolvedOnTime: false },
    pending: { status: 'OPEN' },
  };
  return (
    <>
      <FigureChart
        testId="complaint-figures-on-time-chart"
        title={translate('estate.figures.on_time_chart')}
        categories={tiers.map((tier) => translate(enumLabel('complaintTier', tier)))}
        series={[
          { key: 'onTime', label: column('onTime'), data: tierData('onTime'), color: 'success', stack: 'state' },
          { key: 'late', label: column('late'), data: tierData('late'), color: 'error', stack: 'state' },
          { key: 'pending', label: column('pending'), data: tierData('pending'), color: 'warning', stack: 'state' },
        ]}
        format="count"
        valueLabel={translate('estate.charts.count')}
        categoryLabel={translate('resources.complaints.fields.tier')}
        link={(state, index) => listLink('complaints', { tier: tiers[index], ...STATE[state], ...within })}
      />
      <FigureChart
        testId="complaint-figures-rates-chart"
        title={translate('estate.figures.rates_chart')}
        categories={tiers.map((tier) => translate(enumLabel('complaintTier', tier)))}
        series={[
          { key: 'returnVisitRate', label: column('returnVisitRate'), data: tierData('returnVisitRate'), color: 'info' },
          { key: 'satisfactionRate', label: column('satisfactionRate'), data: tierData('satisfactionRate'), color: 'secondary' },
        ]}
        format="rate"
        valueLabel={translate('estate.charts.rate')}
        categoryLabel={translate('resources.complaints.fields.tier')}
        link={(_series, index) => listLink('complaints', { tier: tiers[index], status: 'RESOLVED', ...within })}
      />
      <FigureChart
        testId="complaint-figures-department-chart"
        title={translate('estate.figures.department_chart')}
        categories={COMPLAINT_DEPARTMENTS.map((department) => translate(enumLabel('department', department)))}
        series={[{ key: 'received', label: column('received'), data: COMPLAINT_DEPARTMENTS.map((d) => lineOf(data.byDepartment, d)?.received ?? 0), color: 'primary' }]}
        format="count"
        valueLabel={translate('estate.charts.count')}
        categoryLabel={translate('resources.complaints.fields.department')}
        link={(_series, index) => listLink('complaints', { department: COMPLAINT_DEPARTMENTS[index], ...within })}
      />
    </>
  );
};
