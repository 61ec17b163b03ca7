import { Box, Card, CardContent, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { FigureChart } from '../common/figures/FigureChart';
import { FIGURES_CARD } from '../common/figures/card';
import { FiguresBar } from '../common/figures/FiguresBar';
import { listLink, periodFilter, thisMonth, usePeriod } from '../common/figures/period';
import { useLocalized } from '../common/localized';
import { surveysApi } from './api';
import type { Tally } from './types';

const TallyTable = ({ title, lines, name, responses, testId }: { title: string; lines: Tally[]; name: (key: string) => string; responses?: boolean; testId: string }) => {
  const translate = useTranslate();
  const { formatPercent, formatCount } = useLocalized();
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid={testId}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      <TableContainer>
        <Table size="small" sx={{ '& th, & td': { whiteSpace: 'nowrap' } }}>
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
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
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
 * complaints and repairs; charts that open the answers they count, and the workbook and PDF.
 */
export const SurveyFigures = () => {
  const translate = useTranslate();
  const { formatDay } = useLocalized();
  const period = usePeriod('date', thisMonth, ['this_month', 'last_month', 'this_year']);
  const { from, to } = period.query;
  const figures = useQuery({ queryKey: ['surveys', 'figures', from, to], queryFn: () => surveysApi.figures(from, to), enabled: period.problem == null });
  const topic = (key: string) => translate(`estate.surveys.topic.${key}`);
  const method = (key: string) => translate(`estate.surveys.method.${key}`);
  const source = (key: string) => translate(`estate.surveys.source.${key}`);
  const data = figures.data;
  const within = periodFilter(period);
  return (
    <Card sx={FIGURES_CARD}>
      <Title title="estate.surveys.figures.title" />
      <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
        <FiguresBar
          period={period}
          onRefresh={() => void figures.refetch()}
          pending={figures.isFetching}
          error={figures.error}
          files={{ path: '/surveys/figures', query: period.query, name: `satisfaction-${period.from}-${period.to}` }}
          caption={translate('estate.surveys.figures.period', { from: formatDay(period.from), to: formatDay(period.to) })}
        />
        {!period.problem && data && (
          <>
            {data.total.rated === 0 && <Typography color="text.secondary">{translate('estate.surveys.figures.nothing')}</Typography>}
            <FigureChart
              testId="survey-figures-chart"
              title={translate('estate.surveys.figures.chart_title')}
              categories={data.channels.map((line) => topic(line.key))}
              series={[{ key: 'rate', label: translate('estate.surveys.figures.rate'), data: data.channels.map((line) => line.rate), color: 'success' }]}
              format="rate"
              valueLabel={translate('estate.surveys.figures.rate')}
              categoryLabel={translate('estate.surveys.figures.name')}
              link={() => listLink('survey-responses', within)}
            />
            <FigureChart
              testId="survey-figures-method-chart"
              title={translate('estate.surveys.figures.method_chart_title')}
              categories={data.methods.map((line) => method(line.key))}
              series={[{ key: 'rate', label: translate('estate.surveys.figures.rate'), data: data.methods.map((line) => line.rate), color: 'info' }]}
              format="rate"
              valueLabel={translate('estate.surveys.figures.rate')}
              categoryLabel={translate('resources.survey-responses.fields.method')}
              link={(_series, index) => listLink('survey-responses', { method: data.methods[index]?.key, ...within })}
            />
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
