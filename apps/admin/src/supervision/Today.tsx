import { Alert, Box, Card, CardContent, Link, List, ListItem, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { pick } from '../common/localized';
import { ESTATE_ZONE } from '../repairs/types';
import { listLink, supervisionApi, type Overview } from './api';
import { Bars, Figure } from './Bars';
import { DepartmentFigures } from './Figures';
import { frontDeskPath } from './paths';
import { useLoad } from './useLoad';

/** Colours of the age buckets, young to old. */
const AGE_COLORS = ['#90caf9', '#42a5f5', '#1e88e5', '#f57c00', '#d32f2f'];

/** Open cases of a process (file loans have their own register). */
const processList = (process: string) => (process === 'file-loan' ? listLink('file-loans', {}) : listLink('cases', { process, status: 'OPEN' }));

/** One process's open work by age: a stacked bar of Boxes. */
const AgeBar = ({ byAge, buckets, max }: { byAge: Record<string, number>; buckets: string[]; max: number }) => (
  <Box sx={{ display: 'flex', height: 14, minWidth: 80, width: '100%', bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden' }}>
    {buckets.map((b, i) => (
      <Box key={b} title={`${b}: ${byAge[b] ?? 0}`} sx={{ width: `${((byAge[b] ?? 0) / Math.max(1, max)) * 100}%`, bgcolor: AGE_COLORS[i] }} />
    ))}
  </Box>
);

const OpenWork = ({ data }: { data: Overview }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const max = Math.max(1, ...data.processes.map((p) => p.open));
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('estate.supervision.openWork')}
        </Typography>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('estate.supervision.process')}</TableCell>
                <TableCell align="right">{translate('estate.supervision.open')}</TableCell>
                <TableCell align="right">{translate('estate.supervision.overdue')}</TableCell>
                <TableCell align="right">{translate('estate.supervision.openedToday')}</TableCell>
                <TableCell sx={{ width: '40%' }}>{translate('estate.supervision.byAge')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.processes.map((p) => (
                <TableRow key={p.process}>
                  <TableCell>{pick(p.name, locale)}</TableCell>
                  <TableCell align="right">
                    <Link component={RouterLink} to={processList(p.process)} sx={{ fontWeight: 600 }}>
                      {p.open}
                    </Link>
                  </TableCell>
                  <TableCell align="right">
                    <Link component={RouterLink} to={p.process === 'file-loan' ? listLink('file-loans', { status: 'OVERDUE' }) : listLink('cases', { process: p.process, status: 'OPEN' })} color={p.overdue ? 'error' : 'inherit'}>
                      {p.overdue}
                    </Link>
                  </TableCell>
                  <TableCell align="right">
                    <Link component={RouterLink} to={frontDeskPath(data.today)}>
                      {p.openedToday}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <AgeBar byAge={p.byAge} buckets={data.ageBuckets} max={max} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mt: 1 }}>
          {data.ageBuckets.map((b, i) => (
            <Box key={b} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <Box sx={{ width: 12, height: 12, bgcolor: AGE_COLORS[i], borderRadius: 0.5 }} />
              <Typography variant="caption">{translate('estate.supervision.days', { range: b })}</Typography>
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};

const Owners = ({ data }: { data: Overview }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('estate.supervision.byOwner')}
        </Typography>
        <Bars
          rows={data.owners.map((o, i) => ({
            key: String(i),
            label: pick(o.owner, locale),
            value: o.open,
            color: o.overdue ? 'warning.main' : undefined,
            hint: translate('estate.supervision.overdueOf', { overdue: o.overdue, open: o.open }),
            to: o.assigneeId
              ? listLink('tasks', { assigneeId: o.assigneeId, status: 'OPEN' })
              : listLink('tasks', { status: 'OPEN', ...(o.role ? { candidateRole: o.role } : {}), ...(o.department ? { candidateDepartment: o.department } : {}) }),
          }))}
        />
      </CardContent>
    </Card>
  );
};

const EscalatedToday = ({ data }: { data: Overview }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: ESTATE_ZONE, hour: '2-digit', minute: '2-digit' });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate('estate.supervision.escalatedToday')}</Typography>
        {data.escalatedToday.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('estate.supervision.noneEscalated')}
          </Typography>
        ) : (
          <List dense>
            {data.escalatedToday.map((e) => (
              <ListItem key={`${e.taskId}-${e.missedAt}`} disableGutters>
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={`/cases/${e.caseId}/show`}>
                      #{e.caseId} {pick(e.task, locale)}
                    </Link>
                  }
                  secondary={translate('estate.supervision.missed', { deadline: pick(e.deadline, locale), time: e.missedAt ? time.format(new Date(e.missedAt)) : '', level: e.level })}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};

/** The page to start the day on (REC-4): for supervisors and the director. Refreshed every minute. */
export const Today = () => {
  const translate = useTranslate();
  const { data, error } = useLoad(() => supervisionApi.overview(), [], 60_000);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }}>
      <Title title={translate('estate.supervision.today')} />
      {error ? <Alert severity="error">{translate('estate.supervision.loadFailed')}</Alert> : null}
      {data && (
        <>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 1.5 }}>
            <Figure label={translate('estate.supervision.totals.open')} value={String(data.totals.open)} to={listLink('cases', { status: 'OPEN' })} />
            <Figure label={translate('estate.supervision.totals.overdue')} value={String(data.totals.overdue)} to={listLink('tasks', { view: 'overdue' })} tone={data.totals.overdue ? 'error' : undefined} />
            <Figure label={translate('estate.supervision.totals.escalatedToday')} value={String(data.totals.escalatedToday)} to="/escalations" tone={data.totals.escalatedToday ? 'warning' : undefined} />
            <Figure label={translate('estate.supervision.totals.openedToday')} value={String(data.totals.openedToday)} to={frontDeskPath(data.today)} />
            <Figure label={translate('estate.supervision.totals.receptionToday')} value={String(data.totals.receptionToday)} to={frontDeskPath(data.today)} />
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
            <OpenWork data={data} />
            <Owners data={data} />
            <DepartmentFigures today={data.today} />
            <EscalatedToday data={data} />
          </Box>
        </>
      )}
    </Box>
  );
};
