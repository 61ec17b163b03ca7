import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { FIGURES_CARD } from '../common/figures/card';
import { FiguresBar } from '../common/figures/FiguresBar';
import { thisMonth, usePeriod, type Period } from '../common/figures/period';
import { ENUMS, enumLabel, type EnumName } from '../common/enums';
import { useLocalized } from '../common/localized';
import type { ComplaintFigureLine, EstateDataProvider } from '../dataProvider';
import { intlLocale } from '../i18n';
import { ComplaintCharts } from './ComplaintCharts';
import { COMPLAINT_DEPARTMENTS } from './types';

/** GET /complaints/figures for a period: the API counts complaints received from `from` (included) to `to` (excluded). */
const useFigures = (period: Period) => {
  const api = useDataProvider<EstateDataProvider>();
  const { from, to } = period.query;
  return useQuery({ queryKey: ['complaints', 'figures', from, to], queryFn: () => api.getComplaintFigures(from, to), enabled: period.problem == null });
};

const EMPTY_LINE: ComplaintFigureLine = {
  received: 0,
  resolved: 0,
  onTime: 0,
  late: 0,
  pending: 0,
  invalid: 0,
  returnVisits: 0,
  returnVisitRate: null,
  satisfactionRate: null,
};

const COUNTS = ['received', 'resolved', 'onTime', 'late', 'pending', 'invalid', 'returnVisits'] as const;
const RATES = ['returnVisitRate', 'satisfactionRate'] as const;

/** Every value of an enumeration, then any other key the API answered (a value this app does not know). */
const rowsOf = (values: readonly string[], lines: Partial<Record<string, ComplaintFigureLine>>) => [
  ...values.map((value) => ({ key: value, line: lines[value] ?? EMPTY_LINE })),
  ...Object.entries(lines)
    .filter(([key, line]) => !values.includes(key) && line)
    .map(([key, line]) => ({ key, line: line as ComplaintFigureLine })),
];

const FiguresTable = ({
  title,
  enumName,
  values,
  lines,
  total,
}: {
  title: string;
  enumName: EnumName;
  values: readonly string[];
  lines: Partial<Record<string, ComplaintFigureLine>>;
  total: ComplaintFigureLine;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const percent = useMemo(
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }),
    [locale],
  );
  const count = useMemo(() => new Intl.NumberFormat(intlLocale(locale)), [locale]);
  const cells = (line: ComplaintFigureLine) => (
    <>
      {COUNTS.map((name) => (
        <TableCell key={name} align="right" sx={name === 'late' && line.late > 0 ? { color: 'error.main', fontWeight: 600 } : undefined}>
          {count.format(line[name] ?? 0)}
        </TableCell>
      ))}
      {RATES.map((name) => (
        <TableCell key={name} align="right">
          {line[name] == null ? translate('estate.common.none') : percent.format(line[name] as number)}
        </TableCell>
      ))}
    </>
  );
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid={`figures-${enumName}`}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      <TableContainer>
        <Table size="small" sx={{ '& th, & td': { whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              <TableCell />
              {[...COUNTS, ...RATES].map((name) => (
                <TableCell key={name} align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {translate(`estate.figures.columns.${name}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rowsOf(values, lines).map(({ key, line }) => (
              <TableRow key={key} hover>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  {translate(enumLabel(enumName, key), { _: key })}
                </TableCell>
                {cells(line)}
              </TableRow>
            ))}
            <TableRow sx={{ '& > *': { fontWeight: 700 }, bgcolor: 'action.hover' }}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                {translate('estate.figures.total')}
              </TableCell>
              {cells(total)}
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};

/**
 * The complaint figures of a period (CMP-9): received, resolved on time and late, pending, invalid,
 * return visits with the return-visit rate and the satisfaction rate, per tier and per department.
 */
export const ComplaintFigures = () => {
  const translate = useTranslate();
  const { formatDay } = useLocalized();
  const period = usePeriod('date', thisMonth, ['this_month', 'last_month', 'this_year']);
  const { data, error, isFetching, refetch } = useFigures(period);
  return (
    <Card sx={FIGURES_CARD}>
      <Title title="estate.figures.title" />
      <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
        <FiguresBar
          period={period}
          onRefresh={() => void refetch()}
          pending={isFetching}
          error={error}
          files={{ path: '/complaints/figures', query: period.query, name: `complaints-${period.from}-${period.to}` }}
          caption={translate('estate.figures.period', { from: formatDay(period.from), to: formatDay(period.to) })}
        />
        {!period.problem && data && (
          <>
            <ComplaintCharts data={data} period={period} />
            <FiguresTable title="estate.figures.by_tier" enumName="complaintTier" values={ENUMS.complaintTier} lines={data.byTier ?? {}} total={data.total ?? EMPTY_LINE} />
            <FiguresTable title="estate.figures.by_department" enumName="department" values={COMPLAINT_DEPARTMENTS} lines={data.byDepartment ?? {}} total={data.total ?? EMPTY_LINE} />
            <Typography variant="caption" color="text.secondary" component="p">
              {translate('estate.figures.rates_note')}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};
