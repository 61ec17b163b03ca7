import { Alert, Box, Card, CardContent, Chip, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { pick, titleOf } from '../common/localized';
import { ESTATE_ZONE } from '../repairs/types';
import { supervisionApi } from './api';
import { useLoad } from './useLoad';

/** REC-4: the front-desk records of one day, which the supervisor's daily review signs off. */
export const FrontDeskDay = () => {
  const { day = '' } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error } = useLoad(() => supervisionApi.frontDesk(day), [day]);
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: ESTATE_ZONE, hour: '2-digit', minute: '2-digit' });
  const review = data?.review;
  const task = review?.tasks[0];
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }}>
      <Title title={translate('estate.supervision.frontDesk.title', { day })} />
      {error ? <Alert severity="error">{translate('estate.supervision.loadFailed')}</Alert> : null}
      {review && (
        <Alert severity={review.status === 'CLOSED' ? 'success' : task?.escalationLevel ? 'warning' : 'info'}>
          {review.status === 'CLOSED' && task?.completedBy
            ? translate('estate.supervision.frontDesk.signedOff', { name: task.completedBy.displayName, remarks: task.formData?.remarks ?? '' })
            : translate('estate.supervision.frontDesk.waiting')}{' '}
          <Link component={RouterLink} to={`/cases/${review.id}/show`}>
            {translate('estate.supervision.frontDesk.openReview')}
          </Link>
        </Alert>
      )}
      {data && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" gutterBottom>
                {translate('estate.supervision.frontDesk.cases', { count: data.cases.length })}
              </Typography>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('estate.supervision.frontDesk.time')}</TableCell>
                      <TableCell>{translate('estate.supervision.process')}</TableCell>
                      <TableCell>{translate('estate.supervision.frontDesk.case')}</TableCell>
                      <TableCell>{translate('estate.supervision.frontDesk.status')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.cases.map((c) => (
                      <TableRow key={c.id}>
                        <TableCell>{time.format(new Date(c.openedAt))}</TableCell>
                        <TableCell>{pick(c.processName, locale)}</TableCell>
                        <TableCell>
                          <Link component={RouterLink} to={`/cases/${c.id}/show`}>
                            #{c.id} {titleOf(c, locale)}
                          </Link>
                        </TableCell>
                        <TableCell>
                          <Chip size="small" label={translate(`estate.supervision.caseStatus.${c.status}`)} color={c.status === 'OPEN' ? 'primary' : 'default'} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </CardContent>
          </Card>
          {data.entries && (
            <Card variant="outlined">
              <CardContent>
                <Typography variant="h6" gutterBottom>
                  {translate('estate.supervision.frontDesk.entries', { count: data.entries.length })}
                </Typography>
                {data.entries.map((e) => (
                  <Box key={e.id} sx={{ py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
                    <Typography variant="body2">
                      {time.format(new Date(e.receivedAt))} · {e.residentName} · {e.content}
                    </Typography>
                    {e.caseId && (
                      <Link component={RouterLink} to={`/cases/${e.caseId}/show`} variant="caption">
                        {translate('estate.supervision.frontDesk.linkedCase', { id: e.caseId })}
                      </Link>
                    )}
                  </Box>
                ))}
              </CardContent>
            </Card>
          )}
        </>
      )}
    </Box>
  );
};
