import { useTranslate } from 'react-admin';
import { ENUMS, enumLabel } from '../common/enums';
import { FigureChart } from '../common/figures/FigureChart';
import { listLink } from '../common/figures/period';
import { useLocalized } from '../common/localized';
import type { FeeFigures } from './endpoints';

/**
 * The fee figures as charts (FEE-3, FEE-7): the collection rate of each billing period, what is overdue today by
 * age, and the households at each dunning step now. A bar opens the bills or the dunning ladders it counts.
 */
export const FeeCharts = ({ data }: { data: FeeFigures }) => {
  const translate = useTranslate();
  const { formatPeriod } = useLocalized();
  const aging = ENUMS.agingBucket.map((bucket) => data.aging.find((line) => line.bucket === bucket));
  const steps = ENUMS.ladderStep.map((step) => data.steps.find((line) => line.step === step));
  return (
    <>
      <FigureChart
        testId="fee-figures-rate-chart"
        title={translate('estate.fee_figures.rate_chart')}
        categories={data.periods.map((line) => formatPeriod(line.period))}
        series={[{ key: 'rate', label: translate('estate.fee_figures.rate'), data: data.periods.map((line) => line.rate), color: 'success' }]}
        format="rate"
        valueLabel={translate('estate.fee_figures.rate')}
        categoryLabel={translate('resources.bills.fields.period')}
        link={(_series, index) => listLink('bills', { period: data.periods[index]?.period })}
      />
      <FigureChart
        testId="fee-figures-aging-chart"
        title={translate('estate.fee_figures.aging_chart')}
        categories={ENUMS.agingBucket.map((bucket) => translate(enumLabel('agingBucket', bucket)))}
        series={[{ key: 'amount', label: translate('estate.fee_figures.amount'), data: aging.map((line) => line?.amount ?? 0), color: 'error' }]}
        format="money"
        valueLabel={translate('estate.charts.amount')}
        categoryLabel={translate('estate.fees.days_overdue')}
        link={(_series, index) => listLink('bills', { age: ENUMS.agingBucket[index] })}
      />
      <FigureChart
        testId="fee-figures-step-chart"
        title={translate('estate.fee_figures.step_chart')}
        categories={ENUMS.ladderStep.map((step) => translate(enumLabel('ladderStep', step)))}
        series={[{ key: 'households', label: translate('estate.fee_figures.at_step_now'), data: steps.map((line) => line?.households ?? 0), color: 'warning' }]}
        format="count"
        valueLabel={translate('estate.charts.count')}
        categoryLabel={translate('resources.dunning-ladders.fields.step')}
        link={(_series, index) => listLink('dunning-ladders', { step: ENUMS.ladderStep[index], open: true })}
      />
    </>
  );
};
