import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { FIGURES_CARD } from '../../common/figures/card';
import { FiguresBar } from '../../common/figures/FiguresBar';
import { thisMonth, usePeriod } from '../../common/figures/period';
import { useLocalized } from '../../common/localized';
import { Section } from '../../common/Section';
import { decorationApi } from '../api';
import { DecorationCharts } from './DecorationCharts';

const Rows = ({ rows, testId }: { rows: [string, string | number][]; testId: string }) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid={testId} sx={{ maxWidth: 640 }}>
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell sx={{ color: 'text.secondary' }}>{translate(label)}</TableCell>
            <TableCell align="right">{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * DEC-7: the decoration figures of a period: applications, time to approval (on the spot, within 3 days, late;
 * the department's own time and the applicant's waiting apart), violations and stops, active decorations per
 * building (now) and the workers' passes checked at the gate.
 */
export const DecorationFigures = () => {
  const translate = useTranslate();
  const { formatDay } = useLocalized();
  const period = usePeriod('date', thisMonth, ['this_month', 'last_month', 'this_year']);
  const { from, to } = period.query;
  const figures = useQuery({ queryKey: ['decorations', 'figures', from, to], queryFn: () => decorationApi.figures(from, to), enabled: period.problem == null });
  const data = figures.data;
  const f = (key: string) => `estate.decoration.figures.${key}`;
  return (
    <Card sx={FIGURES_CARD}>
      <Title title="estate.decoration.figures.title" />
      <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
        <FiguresBar
          period={period}
          onRefresh={() => void figures.refetch()}
          pending={figures.isFetching}
          error={figures.error}
          files={{ path: '/decorations/figures', query: period.query, name: `decorations-${period.from}-${period.to}` }}
          caption={translate(f('period'), { from: formatDay(period.from), to: formatDay(period.to) })}
        />
        {!period.problem && data && (
          <Box>
            <DecorationCharts data={data} period={period} />
            <Section title={f('approvals')}>
              <Rows
                testId="decoration-figures-approvals"
                rows={[
                  [f('applications'), data.applications],
                  [f('approved'), data.approved],
                  [f('on_the_spot'), data.timing.ON_THE_SPOT],
                  [f('within_3_days'), data.timing.WITHIN_3_DAYS],
                  [f('late'), data.timing.LATE],
                  [f('department_hours'), data.averageDepartmentHours ?? '—'],
                  [f('applicant_hours'), data.averageApplicantHours ?? '—'],
                ]}
              />
            </Section>
            <Section title={f('supervision')}>
              <Rows
                testId="decoration-figures-supervision"
                rows={[
                  [f('violations'), data.violations],
                  [f('stops_lifted'), data.stopsLifted],
                  [f('stopped_now'), data.stoppedNow],
                  [f('gate_checks'), data.gateChecks],
                  ...Object.entries(data.gateChecksByResult).map(([result, n]) => [`estate.gate.result.${result}`, n] as [string, number]),
                ]}
              />
            </Section>
            <Section title={f('by_building')}>
              {data.activeByBuilding.length ? (
                <Table size="small" sx={{ maxWidth: 640 }} data-testid="decoration-figures-buildings">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate(f('building'))}</TableCell>
                      <TableCell align="right">{translate(f('active'))}</TableCell>
                      <TableCell align="right">{translate(f('stopped'))}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.activeByBuilding.map((b) => (
                      <TableRow key={b.buildingId}>
                        <TableCell>{b.building}</TableCell>
                        <TableCell align="right">{b.active}</TableCell>
                        <TableCell align="right">{b.stopped}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              ) : (
                <Typography variant="body2" color="text.secondary">{translate(f('none_active'))}</Typography>
              )}
            </Section>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
