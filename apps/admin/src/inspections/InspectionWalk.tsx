import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import { Loading, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { PdfButton } from '../common/PdfButton';
import { inspectionsApi } from './api';
import { ConfirmPanel } from './ConfirmPanel';
import { ItemRow } from './ItemRow';
import { MetersPanel } from './MetersPanel';
import type { Inspection, InspectionItem } from './types';

/**
 * The inspection on a tablet, walking the flat room by room (the core's, embedded by move-in, custody and
 * decoration): a tab per room with how many items are done, large buttons per item, the next room at the end of each,
 * the meters, each party's confirmation and the printable report. Works from 360 px wide.
 */
export const InspectionWalk = ({ inspectionId }: { inspectionId: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, refetch } = useGetOne<Inspection & { id: number }>('inspections', { id: inspectionId });
  const [room, setRoom] = useState(0);
  const tabs = useRef<HTMLDivElement>(null);
  const rooms = useMemo(() => {
    const byRoom = new Map<string, { code: string; name: string; items: InspectionItem[] }>();
    for (const item of data?.items ?? []) {
      if (!byRoom.has(item.roomCode)) byRoom.set(item.roomCode, { code: item.roomCode, name: locale === 'zh' ? item.roomZh : item.roomEn, items: [] });
      byRoom.get(item.roomCode)!.items.push(item);
    }
    return [...byRoom.values()];
  }, [data, locale]);
  if (isPending || !data) return <Loading />;
  const locked = data.confirmations.length > 0;
  const done = data.items.filter((i) => i.condition).length;
  const defects = data.items.filter((i) => i.condition === 'DEFECT').length;
  const currentIndex = Math.min(room, rooms.length - 1);
  const current = rooms[currentIndex];
  // Walking the flat, the next room is a tap away at the end of this one (no need to go back up to the tabs).
  const next = rooms[currentIndex + 1];
  const reload = () => void refetch();
  return (
    <Stack spacing={2} data-testid="inspection-walk" data-status={data.status}>
      <Box>
        <Typography variant="h6">{locale === 'zh' ? data.titleZh : data.titleEn}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('estate.inspections.progress', { done, total: data.items.length, defects })}
        </Typography>
        <LinearProgress variant="determinate" value={data.items.length ? (100 * done) / data.items.length : 0} sx={{ mt: 1, height: 8, borderRadius: 4 }} />
      </Box>
      {locked && <Alert severity="info">{translate(data.status === 'CONFIRMED' ? 'estate.inspections.all_confirmed' : 'estate.inspections.locked')}</Alert>}
      <Tabs ref={tabs} value={currentIndex} onChange={(_, v: number) => setRoom(v)} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile>
        {rooms.map((r) => (
          <Tab key={r.code} data-room={r.code} sx={{ minHeight: 56, fontSize: '1rem' }} label={`${r.name} ${r.items.filter((i) => i.condition).length}/${r.items.length}`} />
        ))}
      </Tabs>
      {current && (
        <Card variant="outlined">
          <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
            {current.items.map((item) => (
              <ItemRow key={item.id} inspectionId={data.id} item={item} locked={locked} onChange={reload} />
            ))}
            {next && (
              <Button
                fullWidth
                variant="outlined"
                size="large"
                endIcon={<ArrowForwardIcon />}
                data-next-room={next.code}
                sx={{ mt: 2, minHeight: 56 }}
                onClick={() => {
                  setRoom(currentIndex + 1);
                  tabs.current?.scrollIntoView({ block: 'nearest' });
                }}
              >
                {translate('estate.inspections.next_room', { room: next.name })}
              </Button>
            )}
          </CardContent>
        </Card>
      )}
      <Typography variant="subtitle1">{translate('estate.inspections.meters')}</Typography>
      <MetersPanel inspection={data} locked={locked} onChange={reload} />
      <Typography variant="subtitle1">{translate('estate.inspections.confirmations')}</Typography>
      <ConfirmPanel inspection={data} onChange={reload} />
      <Box>
        <PdfButton label="estate.inspections.report" load={() => inspectionsApi.report(data.id)} variant="outlined" />
      </Box>
    </Stack>
  );
};
