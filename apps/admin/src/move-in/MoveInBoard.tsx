import { Card, CardContent, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { FigureChart, type Tone } from '../common/figures/FigureChart';
import { FIGURES_CARD } from '../common/figures/card';
import { FiguresBar } from '../common/figures/FiguresBar';
import { listLink } from '../common/figures/period';
import { useLocalized } from '../common/localized';
import { moveInApi } from './api';
import { STAGES } from './types';

const TONES: Record<(typeof STAGES)[number], Tone> = { BOOKED: 'info', IN_PROGRESS: 'primary', WAITING_FOR_DEFECTS: 'warning', DONE: 'success' };

/**
 * The move-in board per building (booked, in progress, waiting for defects, done) and the defects found by category
 * with the time to sign-off: charts whose bars open the move-ins or the defects' repair orders they count, the
 * tables, and the workbook and PDF.
 */
export const MoveInBoard = () => {
  const translate = useTranslate();
  const { pick } = useLocalized();
  const board = useQuery({ queryKey: ['move-in-board'], queryFn: moveInApi.board });
  const defects = useQuery({ queryKey: ['move-in-defects'], queryFn: moveInApi.defects });
  const buildings = board.data ?? [];
  const categories = defects.data ?? [];
  const t = (key: string) => translate(`estate.move_in.${key}`);
  return (
    <Card sx={FIGURES_CARD}>
      <Title title="estate.move_in.board" />
      <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
        <FiguresBar
          onRefresh={() => void Promise.all([board.refetch(), defects.refetch()])}
          pending={board.isFetching || defects.isFetching}
          error={board.error ?? defects.error}
          files={{ path: '/move-ins/figures', name: 'move-in' }}
        />
        {board.data && defects.data && (
          <Stack spacing={1}>
            <FigureChart
              testId="move-in-board-chart"
              title={t('board_chart')}
              categories={buildings.map((b) => b.building)}
              series={STAGES.map((stage) => ({ key: stage, label: t(`stage.${stage}`), data: buildings.map((b) => b[stage]), color: TONES[stage], stack: 'stage' }))}
              format="count"
              valueLabel={translate('estate.charts.count')}
              categoryLabel={t('building')}
              link={(stage, index) => listLink('move-ins', { buildingId: buildings[index]?.buildingId, stage })}
            />
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {t('board')}
            </Typography>
            <TableContainer>
              <Table size="small" data-testid="move-in-board" sx={{ '& th, & td': { whiteSpace: 'nowrap' } }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('building')}</TableCell>
                    {STAGES.map((s) => (
                      <TableCell key={s} align="right">
                        {t(`stage.${s}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {buildings.map((b) => (
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
            </TableContainer>
            <FigureChart
              testId="move-in-defects-chart"
              title={t('defects_chart')}
              categories={categories.map((d) => pick({ zh: d.nameZh, en: d.nameEn }))}
              series={[
                { key: 'signedOff', label: t('signed_off'), data: categories.map((d) => d.signedOff), color: 'success', stack: 'defects' },
                { key: 'open', label: t('open'), data: categories.map((d) => d.open), color: 'warning', stack: 'defects' },
              ]}
              format="count"
              valueLabel={translate('estate.charts.count')}
              categoryLabel={t('category')}
              link={(_series, index) => listLink('repairs', { category: categories[index]?.category, channel: 'PROCESS' })}
            />
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {t('defects')}
            </Typography>
            <TableContainer>
              <Table size="small" data-testid="move-in-defects" sx={{ '& th, & td': { whiteSpace: 'nowrap' } }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('category')}</TableCell>
                    <TableCell align="right">{t('found')}</TableCell>
                    <TableCell align="right">{t('signed_off')}</TableCell>
                    <TableCell align="right">{t('open')}</TableCell>
                    <TableCell align="right">{t('days_to_sign_off')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {categories.map((d) => (
                    <TableRow key={d.category}>
                      <TableCell>{pick({ zh: d.nameZh, en: d.nameEn })}</TableCell>
                      <TableCell align="right">{d.found}</TableCell>
                      <TableCell align="right">{d.signedOff}</TableCell>
                      <TableCell align="right">{d.open}</TableCell>
                      <TableCell align="right">{d.averageDaysToSignOff ?? translate('estate.common.none')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
