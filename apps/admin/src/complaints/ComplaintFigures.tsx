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
import { useEffect, useMemo, useState } from 'react';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { addDays, isDay, localDay } from '../common/days';
import { ENUMS, enumLabel, type EnumName } from '../common/enums';
import { useLocalized } from '../common/localized';
import { PeriodPicker } from '../common/PeriodPicker';
import type { ComplaintFigureLine, ComplaintFigures as Figures, EstateDataProvider } from '../dataProvider';
import { intlLocale } from '../i18n';
import { COMPLAINT_DEPARTMENTS } from './types';

/** A period of calendar days, both included, as "YYYY-MM-DD". */
interface Period {
  from: string;
  to: string;
}

const monthOf = (offset: number, now = new Date()): Period => ({
  from: localDay(new Date(now.getFullYear(), now.getMonth() + offset, 1)),
  to: localDay(new Date(now.getFullYear(), now.getMonth() + offset + 1, 0)),
});

const PRESETS: { key: string; period: () => Period }[] = [
  { key: 'this_month', period: () => monthOf(0) },
  { key: 'last_month', period: () => monthOf(-1) },
  {
    key: 'this_year',
    period: () => {
      const now = new Date();
      return { from: `${now.getFullYear()}-01-01`, to: `${now.getFullYear()}-12-31` };
    },
  },
];

/**
 * GET /complaints/figures for a period: the API counts complaints received from `from` (included)
 * to `to` (excluded), so the last day of the period is sent as the day after it.
 */
const useFigures = (period: Period, enabled: boolean) => {
  const api = useDataProvider<EstateDataProvider>();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ data?: Figures; error?: unknown; pending: boolean }>({ pending: enabled });
  useEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    setState((previous) => ({ data: previous.data, pending: true }));
    api.getComplaintFigures(period.from, addDays(period.to, 1)).then(
      (data) => !cancelled && setState({ data, pending: false }),
      (error: unknown) => !cancelled && setState({ error, pending: false }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, period.from, period.to, enabled, version]);
  return { ...state, reload: () => setVersion((v) => v + 1) };
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
        <Table size="small">
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
                <TableCell component="th" scope="row">
                  {translate(enumLabel(enumName, key), { _: key })}
                </TableCell>
                {cells(line)}
              </TableRow>
            ))}
            <TableRow sx={{ '& > *': { fontWeight: 700 }, bgcolor: 'action.hover' }}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
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
  const [period, setPeriod] = useState<Period>(() => monthOf(0));
  const problem =
    !isDay(period.from) || !isDay(period.to)
      ? 'estate.figures.pick_dates'
      : period.to < period.from
        ? 'estate.figures.to_before_from'
        : null;
  const { data, error, pending, reload } = useFigures(period, problem == null);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="estate.figures.title" />
      <CardContent>
        <PeriodPicker
          type="date"
          from={period.from}
          to={period.to}
          labels={{ from: 'estate.figures.from', to: 'estate.figures.to' }}
          onChange={(field, value) => setPeriod((previous) => ({ ...previous, [field]: value }))}
          presets={PRESETS.map((preset) => ({
            label: translate(`estate.figures.presets.${preset.key}`),
            onClick: () => setPeriod(preset.period()),
          }))}
          onRefresh={reload}
          pending={pending}
          problem={problem}
          error={error}
        />
        {!problem && data && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('estate.figures.period', { from: formatDay(period.from), to: formatDay(period.to) })}
            </Typography>
            <FiguresTable
              title="estate.figures.by_tier"
              enumName="complaintTier"
              values={ENUMS.complaintTier}
              lines={data.byTier ?? {}}
              total={data.total ?? EMPTY_LINE}
            />
            <FiguresTable
              title="estate.figures.by_department"
              enumName="department"
              values={COMPLAINT_DEPARTMENTS}
              lines={data.byDepartment ?? {}}
              total={data.total ?? EMPTY_LINE}
            />
            <Typography variant="caption" color="text.secondary" component="p">
              {translate('estate.figures.rates_note')}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};
