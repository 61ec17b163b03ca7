import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { addDays, isDay, localDay } from '../../common/days';
import { PeriodPicker } from '../../common/PeriodPicker';
import { Section } from '../../common/Section';
import { decorationApi } from '../api';

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
  const [period, setPeriod] = useState<Period>(() => monthOf(0));
  const problem = !isDay(period.from) || !isDay(period.to) ? 'estate.figures.pick_dates' : period.to < period.from ? 'estate.figures.to_before_from' : null;
  const figures = useQuery({ queryKey: ['decorations', 'figures', period.from, period.to], queryFn: () => decorationApi.figures(period.from, addDays(period.to, 1)), enabled: problem == null });
  const data = figures.data;
  const f = (key: string) => `estate.decoration.figures.${key}`;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="estate.decoration.figures.title" />
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
          <Box>
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
