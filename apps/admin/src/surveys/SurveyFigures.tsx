import DownloadIcon from '@mui/icons-material/Download';
import { Box, Card, CardContent, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { addDays, isDay, localDay } from '../common/days';
import { errorMessage } from '../common/errors';
import { useLocalized } from '../common/localized';
import { PeriodPicker } from '../common/PeriodPicker';
import { saveBlob } from '../http';
import { surveysApi } from './api';
import { FiguresChart } from './FiguresChart';
import type { Tally } from './types';

interface Period {
  from: string;
  to: string;
}
const monthsBack = (months: number, now = new Date()): Period => ({
  from: localDay(new Date(now.getFullYear(), now.getMonth() - months, 1)),
  to: localDay(new Date(now.getFullYear(), now.getMonth() + 1, 0)),
});
const PRESETS = [
  { key: 'this_month', period: () => monthsBack(0) },
  { key: 'last_month', period: () => ({ from: localDay(new Date(new Date().getFullYear(), new Date().getMonth() - 1, 1)), to: localDay(new Date(new Date().getFullYear(), new Date().getMonth(), 0)) }) },
];

const TallyTable = ({ title, lines, name, responses, testId }: { title: string; lines: Tally[]; name: (key: string) => string; responses?: boolean; testId: string }) => {
  const translate = useTranslate();
  const { formatPercent, formatCount } = useLocalized();
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid={testId}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      <TableContainer>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('estate.surveys.figures.name')}</TableCell>
              {responses && <TableCell align="right">{translate('estate.surveys.figures.responses')}</TableCell>}
              <TableCell align="right">{translate('estate.surveys.figures.rated')}</TableCell>
              <TableCell align="right">{translate('estate.surveys.figures.satisfied')}</TableCell>
              <TableCell align="right">{translate('estate.surveys.figures.rate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((l) => (
              <TableRow key={l.key} hover>
                <TableCell component="th" scope="row">
                  {name(l.key)}
                </TableCell>
                {responses && <TableCell align="right">{formatCount(l.responses ?? 0)}</TableCell>}
                <TableCell align="right">{formatCount(l.rated)}</TableCell>
                <TableCell align="right">{formatCount(l.satisfied)}</TableCell>
                <TableCell align="right">{l.rate === null ? '—' : formatPercent(l.rate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};

/**
 * SAT-1: satisfaction rates per channel (reception, telephone service, return visits, and the other services
 * rated), per survey method (visit, phone, opinion form, SMS link) and per month, with the return visits of
 * complaints and repairs; a chart and the CSV.
 */
export const SurveyFigures = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { formatDay } = useLocalized();
  const [period, setPeriod] = useState<Period>(() => monthsBack(0));
  const problem = !isDay(period.from) || !isDay(period.to) ? 'estate.figures.pick_dates' : period.to < period.from ? 'estate.figures.to_before_from' : null;
  const figures = useQuery({
    queryKey: ['surveys', 'figures', period.from, period.to],
    queryFn: () => surveysApi.figures(period.from, addDays(period.to, 1)),
    enabled: problem == null,
  });
  const topic = (key: string) => translate(`estate.surveys.topic.${key}`);
  const method = (key: string) => translate(`estate.surveys.method.${key}`);
  const source = (key: string) => translate(`estate.surveys.source.${key}`);
  const csv = async () => {
    try {
      saveBlob(await surveysApi.figuresCsv(period.from, addDays(period.to, 1)), `satisfaction-${period.from}-${period.to}.csv`);
    } catch (error) {
      const text = errorMessage(error);
      notify(text, { type: 'error', messageArgs: { _: text } });
    }
  };
  const data = figures.data;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="estate.surveys.figures.title" />
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
                {translate('estate.surveys.figures.period', { from: formatDay(period.from), to: formatDay(period.to) })}
              </Typography>
              <Button label="estate.surveys.figures.csv" onClick={() => void csv()}>
                <DownloadIcon />
              </Button>
            </Box>
            {data.total.rated === 0 && <Typography color="text.secondary">{translate('estate.surveys.figures.nothing')}</Typography>}
            <FiguresChart lines={data.channels} name={topic} />
            <TallyTable title="estate.surveys.figures.by_channel" lines={data.channels} name={topic} testId="survey-figures-channels" />
            <TallyTable title="estate.surveys.figures.by_method" lines={data.methods} name={method} responses testId="survey-figures-methods" />
            <TallyTable title="estate.surveys.figures.return_visits" lines={data.returnVisits} name={source} testId="survey-figures-return-visits" />
            {data.months.length > 1 && (
              <TallyTable
                title="estate.surveys.figures.by_month"
                lines={data.months.map((m) => ({ key: m.month, ...m.total, responses: m.responses }))}
                name={(key) => key}
                responses
                testId="survey-figures-months"
              />
            )}
            <Typography variant="caption" color="text.secondary" component="p">
              {translate('estate.surveys.figures.note')}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};
