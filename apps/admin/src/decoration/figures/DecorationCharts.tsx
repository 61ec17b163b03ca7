import { useTranslate } from 'react-admin';
import { FigureChart } from '../../common/figures/FigureChart';
import { listLink, periodFilter, type Period } from '../../common/figures/period';
import { DECORATION_STATUSES, type DecorationFigures } from '../types';

const TIMINGS = ['ON_THE_SPOT', 'WITHIN_3_DAYS', 'LATE'] as const;

/**
 * The decoration figures as charts (DEC-6, DEC-7): the period's applications by where they stand, the period's
 * approvals by how long they took, and the works under way or stopped per building now. A bar opens the
 * decorations it counts.
 */
export const DecorationCharts = ({ data, period }: { data: DecorationFigures; period: Period }) => {
  const translate = useTranslate();
  const f = (key: string) => translate(`estate.decoration.figures.${key}`);
  const buildings = data.activeByBuilding;
  return (
    <>
      <FigureChart
        testId="decoration-figures-status-chart"
        title={f('status_chart')}
        categories={DECORATION_STATUSES.map((status) => translate(`estate.decoration.status.${status}`))}
        series={[{ key: 'applications', label: f('applications'), data: DECORATION_STATUSES.map((status) => data.byStatus[status] ?? 0), color: 'primary' }]}
        format="count"
        valueLabel={translate('estate.charts.count')}
        categoryLabel={translate('resources.decorations.fields.status')}
        link={(_series, index) => listLink('decorations', { status: DECORATION_STATUSES[index], ...periodFilter(period) })}
      />
      <FigureChart
        testId="decoration-figures-timing-chart"
        title={f('timing_chart')}
        categories={TIMINGS.map((timing) => translate(`estate.decoration.timing.${timing}`))}
        series={[{ key: 'approved', label: f('approved'), data: TIMINGS.map((timing) => data.timing[timing]), color: 'success' }]}
        format="count"
        valueLabel={translate('estate.charts.count')}
        link={() => listLink('decorations', periodFilter(period, ['approvedFrom', 'approvedTo']))}
      />
      <FigureChart
        testId="decoration-figures-building-chart"
        title={f('by_building')}
        categories={buildings.map((b) => b.building)}
        series={[
          { key: 'ACTIVE', label: translate('estate.decoration.status.ACTIVE'), data: buildings.map((b) => b.active - b.stopped), color: 'primary', stack: 'works' },
          { key: 'STOPPED', label: translate('estate.decoration.status.STOPPED'), data: buildings.map((b) => b.stopped), color: 'error', stack: 'works' },
        ]}
        format="count"
        valueLabel={translate('estate.charts.count')}
        categoryLabel={f('building')}
        link={(status, index) => listLink('decorations', { buildingId: buildings[index]?.buildingId, status })}
      />
    </>
  );
};
