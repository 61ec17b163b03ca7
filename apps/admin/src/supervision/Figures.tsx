import { Box, Card, CardContent, Typography } from '@mui/material';
import { useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { FigureChart } from '../common/figures/FigureChart';
import { listLink } from '../common/figures/period';
import { COMPLAINT_FIGURES_PATH } from '../complaints/paths';
import { FEE_FIGURES_PATH } from '../fees/paths';
import { intlLocale } from '../i18n';
import { REPAIR_FIGURES_PATH } from '../repairs/paths';
import { SURVEY_FIGURES_PATH } from '../surveys/paths';
import { supervisionApi } from './api';
import { Figure } from './Bars';
import { useLoad } from './useLoad';

const pad = (n: number) => String(n).padStart(2, '0');

/** This month in the estate's days: YYYY-MM, its first day and the first day of the next (excluded). */
function thisMonth(today: string) {
  const [y, m] = today.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
  return { month: `${y}-${pad(m)}`, from: `${y}-${pad(m)}-01`, to: `${next}-01` };
}

const TIERS = ['MAJOR', 'IMPORTANT', 'MINOR'] as const;
/** The channels whose satisfaction rate the department is judged on (seed 003). */
const SATISFACTION_CHANNELS = ['RECEPTION', 'PHONE', 'RETURN_VISIT'] as const;

/** The department's figures for the month: collection rate, return-visit rates, satisfaction per channel, complaints on time by tier. */
export const DepartmentFigures = ({ today }: { today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 });
  const rate = (v: number | null | undefined) => (v === null || v === undefined ? '—' : percent.format(v));
  const { month, from, to } = thisMonth(today);
  const fees = useCanAccess({ resource: 'bills', action: 'list' }).canAccess;
  const repairs = useCanAccess({ resource: 'repairs', action: 'list' }).canAccess;
  const fee = useLoad(() => (fees ? supervisionApi.feeFigures(month, month) : Promise.resolve(undefined)), [fees, month]);
  const complaints = useLoad(() => supervisionApi.complaintFigures(from, to), [from, to]);
  const surveys = useCanAccess({ resource: 'survey-campaigns', action: 'list' }).canAccess;
  const satisfaction = useLoad(() => (surveys ? supervisionApi.surveyFigures(from, to) : Promise.resolve(undefined)), [surveys, from, to]);
  const repair = useLoad(() => (repairs ? supervisionApi.repairFigures(from, to) : Promise.resolve(undefined)), [repairs, from, to]);
  const tierRows = TIERS.map((tier) => {
    const line = complaints.data?.byTier[tier];
    const done = (line?.onTime ?? 0) + (line?.late ?? 0);
    return { tier, onTime: line?.onTime ?? 0, late: line?.late ?? 0, done, rate: done ? (line?.onTime ?? 0) / done : null };
  });
  // The month's complaints, received from its first day at the estate up to the next month's.
  const month$ = { from: new Date(`${from}T00:00:00+08:00`).toISOString(), to: new Date(`${to}T00:00:00+08:00`).toISOString() };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('estate.supervision.figures.title', { month })}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 1.5, mb: 2 }}>
          {fees && <Figure label={translate('estate.supervision.figures.collectionRate')} value={rate(fee.data?.total.rate)} to={FEE_FIGURES_PATH} />}
          <Figure label={translate('estate.supervision.figures.complaintReturnVisits')} value={rate(complaints.data?.total.returnVisitRate)} to={COMPLAINT_FIGURES_PATH} />
          {repairs && <Figure label={translate('estate.supervision.figures.repairReturnVisits')} value={rate(repair.data?.total.returnVisitRate)} to={REPAIR_FIGURES_PATH} />}
          {surveys &&
            SATISFACTION_CHANNELS.map((key) => (
              <Figure
                key={key}
                label={translate('estate.supervision.figures.satisfaction', { channel: translate(`estate.surveys.topic.${key}`) })}
                value={rate(satisfaction.data?.channels.find((c) => c.key === key)?.rate)}
                to={SURVEY_FIGURES_PATH}
              />
            ))}
        </Box>
        <FigureChart
          testId="supervision-on-time-chart"
          title={translate('estate.supervision.figures.onTimeByTier')}
          categories={tierRows.map((r) => `${translate(`estate.supervision.tiers.${r.tier}`)} · ${rate(r.rate)}`)}
          series={[
            { key: 'onTime', label: translate('estate.figures.columns.onTime'), data: tierRows.map((r) => r.onTime), color: 'success', stack: 'done' },
            { key: 'late', label: translate('estate.figures.columns.late'), data: tierRows.map((r) => r.late), color: 'error', stack: 'done' },
          ]}
          format="count"
          valueLabel={translate('estate.charts.count')}
          categoryLabel={translate('resources.complaints.fields.tier')}
          link={(series, index) => listLink('complaints', { tier: TIERS[index], status: 'RESOLVED', resolvedOnTime: series === 'onTime', ...month$ })}
        />
      </CardContent>
    </Card>
  );
};
