import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, Loading, Title, useTranslate } from 'react-admin';
import { custodyApi } from './api';
import type { CustodyFigures } from './types';

const COLUMNS = ['unit', 'owner', 'startedAt', 'waterUsed', 'electricityUsed', 'alerts', 'openAlerts', 'patrolsDone', 'patrolsOpen', 'rainPatrols', 'problemsFound', 'repairOrders', 'lastPatrolAt'] as const;

/** MOV-7: the units in custody with their alerts and patrols. */
export const CustodyFiguresPage = () => {
  const translate = useTranslate();
  const [figures, setFigures] = useState<CustodyFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    custodyApi.figures().then(setFigures, (e: Error) => setError(e.message));
  }, []);
  if (error) return <Typography color="error">{error}</Typography>;
  if (!figures) return <Loading />;
  const total = (key: 'inCustody' | 'alerts' | 'openAlerts' | 'patrolsDone' | 'patrolsOpen' | 'problemsFound') => (
    <Card key={key} variant="outlined" sx={{ minWidth: 140 }}>
      <CardContent>
        <Typography variant="h5">{figures[key]}</Typography>
        <Typography variant="body2" color="text.secondary">{translate(`estate.custody.figures.${key}`)}</Typography>
      </CardContent>
    </Card>
  );
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : '—');
  return (
    <Box sx={{ p: 2 }}>
      <Title title="estate.custody.figures.title" />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>{(['inCustody', 'alerts', 'openAlerts', 'patrolsDone', 'patrolsOpen', 'problemsFound'] as const).map(total)}</Box>
      <Table size="small">
        <TableHead>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableCell key={c}>{translate(`estate.custody.figures.${c}`)}</TableCell>
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
              <TableCell>{date(u.startedAt)}</TableCell>
              <TableCell>{u.waterUsed}</TableCell>
              <TableCell>{u.electricityUsed}</TableCell>
              <TableCell>{u.alerts}</TableCell>
              <TableCell>{u.openAlerts}</TableCell>
              <TableCell>{u.patrolsDone}</TableCell>
              <TableCell>{u.patrolsOpen}</TableCell>
              <TableCell>{u.rainPatrols}</TableCell>
              <TableCell>{u.problemsFound}</TableCell>
              <TableCell>{u.repairOrders}</TableCell>
              <TableCell>{date(u.lastPatrolAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
