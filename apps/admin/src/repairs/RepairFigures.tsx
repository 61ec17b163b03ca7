import { Box, Card, CardContent, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { FigureChart, type Tone } from '../common/figures/FigureChart';
import { FIGURES_CARD } from '../common/figures/card';
import { FiguresBar } from '../common/figures/FiguresBar';
import { listLink, periodFilter, thisMonth, usePeriod } from '../common/figures/period';
import { useLocalized } from '../common/localized';
import { repairsApi } from './api';
import type { RepairFigureLine } from './types';

type Column = keyof RepairFigureLine;
const COUNTS: Column[] = ['received', 'voided', 'arrived', 'arrivedOnTime', 'completed', 'returnVisits'];
const RATES: Column[] = ['onTimeArrivalRate', 'firstTimeFixRate', 'returnVisitRate', 'onTimeVisitRate', 'satisfactionRate'];
const HOURS: Column[] = ['medianHoursToComplete', 'p90HoursToComplete'];
const MONEY: Column[] = ['income', 'materialCost'];
const COLUMNS = [...COUNTS, ...HOURS, ...RATES, ...MONEY];

const FiguresTable = ({ title, lines, total, testId }: { title: string; lines: RepairFigureLine[]; total: RepairFigureLine; testId: string }) => {
  const translate = useTranslate();
  const { pick, formatCount, formatPercent, formatMoney } = useLocalized();
  const none = translate('estate.common.none');
  const cell = (line: RepairFigureLine, column: Column) => {
    const value = line[column] as number | null | undefined;
    if (value == null) return none;
    if (RATES.includes(column)) return formatPercent(value);
    if (MONEY.includes(column)) return formatMoney(value);
    if (HOURS.includes(column)) return translate('estate.repairs.figures.hours', { hours: value });
    return formatCount(value);
  };
  const row = (label: string, line: RepairFigureLine, bold = false) => (
    <TableRow key={label} hover sx={bold ? { '& > *': { fontWeight: 700 }, bgcolor: 'action.hover' } : undefined}>
      <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', fontWeight: bold ? 700 : undefined }}>
        {label}
      </TableCell>
      {COLUMNS.map((column) => (
        <TableCell key={column} align="right" sx={{ whiteSpace: 'nowrap' }}>
          {cell(line, column)}
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid={testId}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      <TableContainer>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell />
              {COLUMNS.map((column) => (
                <TableCell key={column} align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {translate(`estate.repairs.figures.columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line) => row(pick(line.name) || translate('estate.repairs.figures.unassigned'), line))}
            {row(translate('estate.repairs.figures.total'), total, true)}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};

/**
 * REP-7: the monthly summary of repairs per category, register (free / paid) and engineer: orders received,
 * on-time arrival, time to complete (median and 90th percentile), first-time fixes, return visits and their
 * rate, on-time visits, satisfaction, income and cost of paid jobs; a chart, and the CSV and PDF of the report.
 */
export const RepairFigures = () => {
  const translate = useTranslate();
  const { formatDay, pick } = useLocalized();
  const period = usePeriod('date', thisMonth, ['this_month', 'last_month']);
  const { from, to } = period.query;
  const figures = useQuery({ queryKey: ['repairs', 'figures', from, to], queryFn: () => repairsApi.figures(from, to), enabled: period.problem == null });
  const data = figures.data;
  const categories = (data?.byCategory ?? []).map((line) => pick(line.name) || translate('estate.repairs.figures.unassigned'));
  const series = (keys: (keyof RepairFigureLine)[], colors: Tone[]) =>
    keys.map((key, i) => ({ key, label: translate(`estate.repairs.figures.columns.${key}`), data: (data?.byCategory ?? []).map((line) => line[key] as number | null), color: colors[i] }));
  const link = (_series: string, index: number) => listLink('repairs', { category: data?.byCategory[index]?.key, ...periodFilter(period) });
  return (
    <Card sx={FIGURES_CARD}>
      <Title title="estate.repairs.figures.title" />
      <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
        <FiguresBar
          period={period}
          onRefresh={() => void figures.refetch()}
          pending={figures.isFetching}
          error={figures.error}
          files={{ path: '/repairs/figures', query: period.query, name: `repairs-${period.from}-${period.to}` }}
          caption={translate('estate.repairs.figures.period', { from: formatDay(period.from), to: formatDay(period.to) })}
        />
        {!period.problem && data && (
          <>
            <FigureChart
              testId="repair-figures-chart"
              title={translate('estate.repairs.figures.chart_title')}
              categories={categories}
              series={series(['received', 'completed', 'returnVisits'], ['primary', 'success', 'warning'])}
              format="count"
              valueLabel={translate('estate.charts.count')}
              categoryLabel={translate('resources.repairs.fields.category')}
              link={link}
            />
            <FigureChart
              testId="repair-figures-rates-chart"
              title={translate('estate.repairs.figures.rates_chart_title')}
              categories={categories}
              series={series(['returnVisitRate', 'satisfactionRate'], ['info', 'secondary'])}
              format="rate"
              valueLabel={translate('estate.charts.rate')}
              categoryLabel={translate('resources.repairs.fields.category')}
              link={link}
            />
            <FiguresTable title="estate.repairs.figures.by_category" lines={data.byCategory} total={data.total} testId="repair-figures-category" />
            <FiguresTable title="estate.repairs.figures.by_kind" lines={data.byKind} total={data.total} testId="repair-figures-kind" />
            <FiguresTable title="estate.repairs.figures.by_engineer" lines={data.byEngineer} total={data.total} testId="repair-figures-engineer" />
            <Typography variant="caption" color="text.secondary" component="p">
              {translate('estate.repairs.figures.rates_note')}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};
