import PanToolIcon from '@mui/icons-material/PanTool';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, useDataProvider, useRecordContext } from 'react-admin';
import { useAsyncAction } from '../../common/useAsyncAction';
import type { EstateDataProvider } from '../../dataProvider';
import { getStaff } from '../../session';
import { mayClaim, mayRelease } from './rules';
import type { Task } from './types';

/**
 * "Claim": the task becomes this staff member's (POST /tasks/:id/claim). Shown on open, unclaimed
 * tasks of the staff member's role or department; waits for the API (409 if someone was faster).
 */
export const ClaimTaskButton = ({ variant = 'text' }: { variant?: 'text' | 'contained' | 'outlined' }) => {
  const task = useRecordContext<Task>();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const { run, pending } = useAsyncAction(() => dataProvider.claimTask(task!.id), {
    successMessage: 'estate.tasks.claimed',
  });
  if (!task || !mayClaim(task, getStaff())) return null;
  return (
    <Button
      label="estate.tasks.claim"
      variant={variant}
      disabled={pending}
      sx={{ whiteSpace: 'nowrap' }}
      onClick={(event) => {
        event.stopPropagation();
        void run();
      }}
    >
      <PanToolIcon />
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
  if (!task || !mayRelease(task, getStaff())) return null;
  return (
    <Button
      label="estate.tasks.release"
      disabled={pending}
      sx={{ whiteSpace: 'nowrap' }}
      onClick={(event) => {
        event.stopPropagation();
        void run();
      }}
    >
      <UndoIcon />
    </Button>
  );
};
