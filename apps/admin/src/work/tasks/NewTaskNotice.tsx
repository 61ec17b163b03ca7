import { Button, Snackbar } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { useLocalized } from '../../common/localized';
import { getStaff } from '../../session';
import { useTaskCounts, type TaskCounts } from './api';

/** How long the notice stays when nobody acts on it. */
const SHOWN_MS = 12_000;

/**
 * Tells the signed-in staff member, wherever they are in the back office, that a task has arrived for them
 * or their queue since they last looked (the counts' newest task grew), with a link that opens it. Rendered
 * beside the app's notifications, so it works on every page, the sign-in page excepted.
 */
export const NewTaskNotice = () => {
  // Read on every route change: the staff member signs in and out without this component remounting.
  useLocation();
  const staffId = getStaff()?.id;
  const { data } = useTaskCounts();
  const translate = useTranslate();
  const { title } = useLocalized();
  const seen = useRef<{ staffId: number; newest: number } | null>(null);
  const [notice, setNotice] = useState<TaskCounts['newest']>(null);

  useEffect(() => {
    if (!data || staffId == null) return;
    const newest = data.newest?.id ?? 0;
    // The first answer after signing in is what was already there: nothing new yet.
    if (seen.current?.staffId !== staffId) {
      seen.current = { staffId, newest };
      return;
    }
    if (newest > seen.current.newest) {
      seen.current.newest = newest;
      setNotice(data.newest);
    }
  }, [data, staffId]);

  if (staffId == null) return null;
  return (
    <Snackbar
      open={notice != null}
      autoHideDuration={SHOWN_MS}
      onClose={(_event, reason) => reason !== 'clickaway' && setNotice(null)}
      anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
      data-testid="new-task-notice"
      message={notice ? translate('estate.inbox.new_task', { title: title(notice) }) : ''}
      action={
        notice ? (
          <Button component={Link} to={`/tasks/${notice.id}/show`} color="secondary" size="small" onClick={() => setNotice(null)}>
            {translate('estate.inbox.open_task')}
          </Button>
        ) : undefined
      }
    />
  );
};
