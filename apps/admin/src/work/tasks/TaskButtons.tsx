import PanToolIcon from '@mui/icons-material/PanTool';
import UndoIcon from '@mui/icons-material/Undo';
import { useCallback } from 'react';
import { Button } from '@mui/material';
import { useDataProvider, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { useAsyncAction } from '../../common/useAsyncAction';
import type { EstateDataProvider } from '../../dataProvider';
import { getStaff } from '../../session';
import { mayClaim, mayRelease } from './rules';
import type { Task } from './types';

// The buttons keep their words on a phone too (react-admin's own shrink to an icon there): they are the work's first
// step; on a phone they are tall enough for a thumb.
const BUTTON_SX = { whiteSpace: 'nowrap', minHeight: { xs: 44, sm: 0 } };

/**
 * "Claim": the task becomes this staff member's (POST /tasks/:id/claim). Shown on open, unclaimed
 * tasks of the staff member's role or department; waits for the API (409 if someone was faster).
 * From a list (`opens`), the claimed task's page opens: claiming is the start of doing it.
 */
export const ClaimTaskButton = ({ variant = 'text', opens = false }: { variant?: 'text' | 'contained' | 'outlined'; opens?: boolean }) => {
  const task = useRecordContext<Task>();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const redirect = useRedirect();
  const id = task?.id;
  const openTask = useCallback(() => {
    if (opens && id != null) redirect('show', 'tasks', id);
  }, [opens, id, redirect]);
  const { run, pending } = useAsyncAction(() => dataProvider.claimTask(task!.id), {
    successMessage: 'estate.tasks.claimed',
    onSuccess: openTask,
  });
  const translate = useTranslate();
  if (!task || !mayClaim(task, getStaff())) return null;
  return (
    <Button
      variant={variant}
      size="small"
      disabled={pending}
      startIcon={<PanToolIcon />}
      sx={BUTTON_SX}
      onClick={(event) => {
        event.stopPropagation();
        void run();
      }}
    >
      {translate('estate.tasks.claim')}
    </Button>
  );
};

/** "Release": back to the queue of its role or department (POST /tasks/:id/unclaim). */
export const ReleaseTaskButton = () => {
  const task = useRecordContext<Task>();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const { run, pending } = useAsyncAction(() => dataProvider.unclaimTask(task!.id), {
    successMessage: 'estate.tasks.released',
  });
  const translate = useTranslate();
  if (!task || !mayRelease(task, getStaff())) return null;
  return (
    <Button
      size="small"
      disabled={pending}
      startIcon={<UndoIcon />}
      sx={BUTTON_SX}
      onClick={(event) => {
        event.stopPropagation();
        void run();
      }}
    >
      {translate('estate.tasks.release')}
    </Button>
  );
};
