import DownloadIcon from '@mui/icons-material/Download';
import { Box, Card, CardContent, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { addDays, isDay, localDay } from '../common/days';
import { errorMessage } from '../common/errors';
import { useLocalized } from '../common/localized';
import { PdfButton } from '../common/PdfButton';
import { PeriodPicker } from '../common/PeriodPicker';
import { repairsApi, saveBlob } from './api';
import { FiguresChart } from './FiguresChart';
import type { RepairFigureLine } from './types';

interface Period {
  from: string;
  to: string;
}

const monthOf = (offset: number, now = new Date()): Period => ({
  from: localDay(new Date(now.getFullYear(), now.getMonth() + offset, 1)),
  to: localDay(new Date(now.getFullYear(), now.getMonth() + offset + 1, 0)),
});

const PRESETS = [
  { key: 'this_month', period: () => monthOf(0) },
  { key: 'last_month', period: () => monthOf(-1) },
];

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

/** The CSV for the monthly report, saved as a file. */
const CsvButton = ({ period }: { period: Period }) => {
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    try {
      saveBlob(await repairsApi.figuresFile('csv', period.from, addDays(period.to, 1)), `repairs-${period.from}-${period.to}.csv`);
    } catch (error) {
      const text = errorMessage(error);
      notify(text, { type: 'error', messageArgs: { _: text } });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button label="estate.repairs.figures.csv" disabled={pending} onClick={() => void download()}>
      <DownloadIcon />
    </Button>
  );
};

/**
 * REP-7: the monthly summary of repairs per category, register (free / paid) and engineer: orders received,
 * on-time arrival, time to complete (median and 90th percentile), first-time fixes, return visits and their
 * rate, on-time visits, satisfaction, income and cost of paid jobs; a chart, and the CSV and PDF of the report.
 */
export const RepairFigures = () => {
  const translate = useTranslate();
  const { formatDay } = useLocalized();
  const [period, setPeriod] = useState<Period>(() => monthOf(0));
  const problem = !isDay(period.from) || !isDay(period.to) ? 'estate.figures.pick_dates' : period.to < period.from ? 'estate.figures.to_before_from' : null;
  // The API counts from `from` (included) to `to` (excluded): the last day of the period is sent as the day after it.
  const figures = useQuery({
    queryKey: ['repairs', 'figures', period.from, period.to],
    queryFn: () => repairsApi.figures(period.from, addDays(period.to, 1)),
    enabled: problem == null,
  });
  const data = figures.data;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="estate.repairs.figures.title" />
      <CardContent>
        <PeriodPicker
          type="date"
          from={period.from}
          to={period.to}
          labels={{ from: 'estate.figures.from', to: 'estate.figures.to' }}
          onChange={(field, value) => setPeriod((previous) => ({ ...previous, [field]: value }))}
          presets={PRESETS.map((preset) => ({ label: translate(`estate.figures.presets.${preset.key}`), onClick: () => setPeriod(preset.period()) }))}
          onRefresh={() => void figures.refetch()}
          pending={figures.isFetching}
          problem={problem}
          error={figures.error}
        />
        {!problem && data && (
          <>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
              <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 240 }}>
                {translate('estate.repairs.figures.period', { from: formatDay(period.from), to: formatDay(period.to) })}
              </Typography>
              <CsvButton period={period} />
              <PdfButton label="estate.repairs.figures.pdf" load={() => repairsApi.figuresFile('pdf', period.from, addDays(period.to, 1))} />
            </Box>
            <FiguresChart lines={data.byCategory} />
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
