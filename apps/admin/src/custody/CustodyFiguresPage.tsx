import { Box, Card, CardContent, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, Title, useTranslate } from 'react-admin';
import { FigureChart } from '../common/figures/FigureChart';
import { FIGURES_CARD } from '../common/figures/card';
import { FiguresBar } from '../common/figures/FiguresBar';
import { listLink } from '../common/figures/period';
import { useLocalized } from '../common/localized';
import { custodyApi } from './api';
import type { CustodyFigures } from './types';

const COLUMNS = ['unit', 'owner', 'startedAt', 'waterUsed', 'electricityUsed', 'alerts', 'openAlerts', 'patrolsDone', 'patrolsOpen', 'rainPatrols', 'problemsFound', 'repairOrders', 'lastPatrolAt'] as const;
const TOTALS = ['inCustody', 'alerts', 'openAlerts', 'patrolsDone', 'patrolsOpen', 'problemsFound'] as const;

const UnitTable = ({ figures }: { figures: CustodyFigures }) => {
  const translate = useTranslate();
  const { formatDay, formatDateTime } = useLocalized();
  return (
    <TableContainer>
      <Table size="small" data-testid="custody-figures-units">
        <TableHead>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>
                {translate(`estate.custody.figures.${c}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {figures.units.map((u) => (
            <TableRow key={u.custodyId}>
              <TableCell>
                <Link to={`/custody/${u.custodyId}/show`}>{u.unit}</Link>
              </TableCell>
              <TableCell>{u.owner}</TableCell>
              <TableCell>{formatDay(u.startedAt)}</TableCell>
              {(['waterUsed', 'electricityUsed', 'alerts', 'openAlerts', 'patrolsDone', 'patrolsOpen', 'rainPatrols', 'problemsFound', 'repairOrders'] as const).map((key) => (
                <TableCell key={key} align="right">
                  {u[key]}
                </TableCell>
              ))}
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{u.lastPatrolAt ? formatDateTime(u.lastPatrolAt) : translate('estate.common.none')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};

/** MOV-7: the units in custody with their alerts and patrols, as charts (a bar opens the unit's custody) and a table. */
export const CustodyFiguresPage = () => {
  const translate = useTranslate();
  const query = useQuery({ queryKey: ['custody', 'figures'], queryFn: custodyApi.figures });
  const figures = query.data;
  const f = (key: string) => translate(`estate.custody.figures.${key}`);
  const units = figures?.units ?? [];
  const link = (_series: string, index: number) => (units[index] ? listLink('custody', { q: units[index].unitNumber, status: 'ACTIVE' }) : null);
  return (
    <Card sx={FIGURES_CARD}>
      <Title title="estate.custody.figures.title" />
      <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
        <FiguresBar onRefresh={() => void query.refetch()} pending={query.isFetching} error={query.error} files={{ path: '/custody/figures', name: 'custody' }} />
        {figures && (
          <>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: 1.5, mb: 3 }}>
              {TOTALS.map((key) => (
                <Card key={key} variant="outlined">
                  <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
                    <Typography variant="h5">{figures[key]}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {f(key)}
                    </Typography>
                  </CardContent>
                </Card>
              ))}
            </Box>
            <FigureChart
              testId="custody-figures-patrol-chart"
              title={f('patrol_chart')}
              categories={units.map((u) => u.unit)}
              series={[
                { key: 'alerts', label: f('alerts'), data: units.map((u) => u.alerts), color: 'error' },
                { key: 'patrolsDone', label: f('patrolsDone'), data: units.map((u) => u.patrolsDone), color: 'success' },
                { key: 'patrolsOpen', label: f('patrolsOpen'), data: units.map((u) => u.patrolsOpen), color: 'warning' },
              ]}
              format="count"
              valueLabel={translate('estate.charts.count')}
              categoryLabel={f('unit')}
              link={link}
            />
            <FigureChart
              testId="custody-figures-meter-chart"
              title={f('meter_chart')}
              categories={units.map((u) => u.unit)}
              series={[
                { key: 'waterUsed', label: f('waterUsed'), data: units.map((u) => u.waterUsed), color: 'info' },
                { key: 'electricityUsed', label: f('electricityUsed'), data: units.map((u) => u.electricityUsed), color: 'secondary' },
              ]}
              format="count"
              valueLabel={f('used')}
              categoryLabel={f('unit')}
              link={link}
            />
            <UnitTable figures={figures} />
          </>
        )}
      </CardContent>
    </Card>
  );
};
