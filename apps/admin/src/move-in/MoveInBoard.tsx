import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useLocaleState, useTranslate } from 'react-admin';
import { moveInApi } from './api';
import { STAGES } from './types';

/** The move-in board per building (booked, in progress, waiting for defects, done) and the defects found by category with the time to sign-off. */
export const MoveInBoard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const board = useQuery({ queryKey: ['move-in-board'], queryFn: moveInApi.board });
  const defects = useQuery({ queryKey: ['move-in-defects'], queryFn: moveInApi.defects });
  if (board.isPending || defects.isPending) return <Loading />;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title="estate.move_in.board" />
      <Card>
        <CardContent>
          <Typography variant="h6">{translate('estate.move_in.board')}</Typography>
          <Table size="small" data-testid="move-in-board">
            <TableHead>
              <TableRow>
                <TableCell>{translate('estate.move_in.building')}</TableCell>
                {STAGES.map((s) => (
                  <TableCell key={s} align="right">
                    {translate(`estate.move_in.stage.${s}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {(board.data ?? []).map((b) => (
                <TableRow key={b.buildingId}>
                  <TableCell>{b.building}</TableCell>
                  {STAGES.map((s) => (
                    <TableCell key={s} align="right">
                      {b[s]}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6">{translate('estate.move_in.defects')}</Typography>
          <Table size="small" data-testid="move-in-defects">
            <TableHead>
              <TableRow>
                <TableCell>{translate('estate.move_in.category')}</TableCell>
                <TableCell align="right">{translate('estate.move_in.found')}</TableCell>
                <TableCell align="right">{translate('estate.move_in.signed_off')}</TableCell>
                <TableCell align="right">{translate('estate.move_in.open')}</TableCell>
                <TableCell align="right">{translate('estate.move_in.days_to_sign_off')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(defects.data ?? []).map((d) => (
                <TableRow key={d.category}>
                  <TableCell>{locale === 'zh' ? d.nameZh : d.nameEn}</TableCell>
                  <TableCell align="right">{d.found}</TableCell>
                  <TableCell align="right">{d.signedOff}</TableCell>
                  <TableCell align="right">{d.open}</TableCell>
                  <TableCell align="right">{d.averageDaysToSignOff ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Stack>
  );
};
