import {
  Box,
  Card,
  CardContent,
  LinearProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { addMonths, estatePeriod } from '../common/days';
import { ENUMS, enumLabel } from '../common/enums';
import { useLocalized } from '../common/localized';
import { FIGURES_CARD } from '../common/figures/card';
import { FiguresBar } from '../common/figures/FiguresBar';
import { usePeriod } from '../common/figures/period';
import { Section } from '../common/Section';
import { FeeCharts } from './FeeCharts';
import { useFeeFigures } from './queries';
import type { FeeFigureLine, FeeFigures as Figures } from './endpoints';

/** The collection rate as a bar and a percentage; red under 80%, amber under 95%. */
const RateBar = ({ rate }: { rate: number | null }) => {
  const { formatPercent } = useLocalized();
  const translate = useTranslate();
  if (rate == null) return <>{translate('estate.common.none')}</>;
  const color = rate < 0.8 ? 'error' : rate < 0.95 ? 'warning' : 'success';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 160 }}>
      <LinearProgress variant="determinate" value={Math.min(100, rate * 100)} color={color} sx={{ flex: 1, height: 8, borderRadius: 1 }} />
      <Typography variant="body2" sx={{ minWidth: 52, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {formatPercent(rate)}
      </Typography>
    </Box>
  );
};

interface Column<T> {
  label: string;
  align?: 'right';
  cell: (row: T) => ReactNode;
}

/** A small table of figures with a header row, one row per line. */
const FigureTable = <T,>({ rows, columns, rowKey }: { rows: T[]; columns: Column<T>[]; rowKey: (row: T) => string }) => {
  const translate = useTranslate();
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('estate.fee_figures.nothing')}
      </Typography>
    );
  }
  // On a phone the table scrolls sideways within its box, its words kept on one line.
  return (
    <TableContainer>
      <Table size="small" sx={{ '& th, & td': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.label} align={column.align}>
                {translate(column.label)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} hover>
              {columns.map((column) => (
                <TableCell key={column.label} align={column.align}>
                  {column.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};

/** The billed / collected / rate columns shared by periods and buildings. */
const useRateColumns = <T extends FeeFigureLine>(): Column<T>[] => {
  const { formatMoney } = useLocalized();
  return [
    { label: 'estate.fee_figures.billed', align: 'right', cell: (row) => formatMoney(row.billed) },
    { label: 'estate.fee_figures.collected', align: 'right', cell: (row) => formatMoney(row.collected) },
    { label: 'estate.fee_figures.rate', cell: (row) => <RateBar rate={row.rate} /> },
  ];
};

const Total = ({ total }: { total: FeeFigureLine }) => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3, display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
      {(['billed', 'collected'] as const).map((name) => (
        <Box key={name}>
          <Typography variant="caption" color="text.secondary">
            {translate(`estate.fee_figures.${name}`)}
          </Typography>
          <Typography variant="h6">{formatMoney(total[name])}</Typography>
        </Box>
      ))}
      <Box sx={{ flex: 1, minWidth: 220 }}>
        <Typography variant="caption" color="text.secondary">
          {translate('estate.fee_figures.rate')}
        </Typography>
        <RateBar rate={total.rate} />
      </Box>
    </Paper>
  );
};

type StepLine = Figures['steps'][number];

/** Open dunning by step, and how many households paid at each step of all that reached it. */
const useStepColumns = (steps: StepLine[]): Column<StepLine>[] => {
  const translate = useTranslate();
  const { formatCount } = useLocalized();
  const withRates = steps.some((line) => line.rate !== undefined);
  return [
    { label: 'resources.dunning-ladders.fields.step', cell: (row) => translate(enumLabel('ladderStep', row.step)) },
    ...useCountColumns<StepLine>('estate.fee_figures.at_step_now'),
    ...(withRates
      ? [
          { label: 'estate.fee_figures.reached', align: 'right' as const, cell: (row: StepLine) => formatCount(row.reached) },
          { label: 'estate.fee_figures.paid_at_step', align: 'right' as const, cell: (row: StepLine) => formatCount(row.paid) },
          { label: 'estate.fee_figures.step_rate', cell: (row: StepLine) => <RateBar rate={row.rate ?? null} /> },
        ]
      : []),
  ];
};

/** Households and amount, the columns of the step table. */
const useCountColumns = <T extends { households: number; amount: number }>(householdsLabel: string): Column<T>[] => {
  const { formatMoney, formatCount } = useLocalized();
  return [
    { label: householdsLabel, align: 'right', cell: (row) => formatCount(row.households) },
    { label: 'estate.fee_figures.amount', align: 'right', cell: (row) => formatMoney(row.amount) },
  ];
};

type AgeLine = Figures['aging'][number];

/** Overdue bills by age: the bills (what the bills list filtered by age shows), the households owing them, the amount. */
const useAgeColumns = (): Column<AgeLine>[] => {
  const translate = useTranslate();
  const { formatMoney, formatCount } = useLocalized();
  return [
    { label: 'estate.fees.days_overdue', cell: (row) => translate(enumLabel('agingBucket', row.bucket)) },
    { label: 'estate.fee_figures.bills', align: 'right', cell: (row) => formatCount(row.bills) },
    { label: 'estate.fee_figures.households_owing', align: 'right', cell: (row) => formatCount(row.households) },
    { label: 'estate.fee_figures.amount', align: 'right', cell: (row) => formatMoney(row.amount) },
  ];
};

const Arrears = ({ data }: { data: Figures }) => {
  const steps = ENUMS.ladderStep.map((step) => data.steps.find((line) => line.step === step) ?? { step, households: 0, amount: 0 });
  const aging = ENUMS.agingBucket.map((bucket) => data.aging.find((line) => line.bucket === bucket) ?? { bucket, bills: 0, households: 0, amount: 0 });
  const stepColumns = useStepColumns(steps);
  const agingColumns = useAgeColumns();
  return (
    <>
      <Section title="estate.fee_figures.by_step">
        <FigureTable rows={steps} rowKey={(row) => row.step} columns={stepColumns} />
      </Section>
      <Box sx={{ maxWidth: 720 }}>
        <Section title="estate.fee_figures.aging">
          <FigureTable rows={aging} rowKey={(row) => row.bucket} columns={agingColumns} />
        </Section>
      </Box>
    </>
  );
};

const Results = ({ data }: { data: Figures }) => {
  const { formatPeriod } = useLocalized();
  const periodColumns = useRateColumns<Figures['periods'][number]>();
  const buildingColumns = useRateColumns<Figures['buildings'][number]>();
  return (
    <>
      <Total total={data.total} />
      <FeeCharts data={data} />
      <Section title="estate.fee_figures.by_period">
        <FigureTable
          rows={data.periods}
          rowKey={(row) => row.period}
          columns={[{ label: 'resources.bills.fields.period', cell: (row) => formatPeriod(row.period) }, ...periodColumns]}
        />
      </Section>
      <Section title="estate.fee_figures.by_building">
        <FigureTable
          rows={data.buildings}
          rowKey={(row) => String(row.buildingId)}
          columns={[{ label: 'resources.buildings.fields.name', cell: (row) => row.name }, ...buildingColumns]}
        />
      </Section>
      <Arrears data={data} />
    </>
  );
};

/**
 * The fee figures (FEE-7): the collection rate of the bills of a range of periods, by period and
 * by building, and today's arrears by dunning step and by age.
 */
export const FeeFigures = () => {
  const translate = useTranslate();
  const { formatPeriod } = useLocalized();
  const period = usePeriod('month', () => ({ from: addMonths(estatePeriod(), -5), to: estatePeriod() }), ['this_year', 'last_12_months', 'last_month']);
  const { data, error, isFetching, refetch } = useFeeFigures(period.from, period.to, period.problem == null);
  return (
    <Card sx={FIGURES_CARD}>
      <Title title="estate.fee_figures.title" />
      <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
        <FiguresBar
          period={period}
          onRefresh={() => void refetch()}
          pending={isFetching}
          error={error}
          files={{ path: '/fees/figures', query: period.query, name: `fees-${period.from}-${period.to}` }}
          caption={translate('estate.fee_figures.period', { from: formatPeriod(period.from), to: formatPeriod(period.to) })}
        />
        {!period.problem && data && <Results data={data} />}
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('estate.fee_figures.note')}
        </Typography>
      </CardContent>
    </Card>
  );
};
