import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, Button, Stack, Typography } from '@mui/material';
import { Link, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { useLocalized } from '../common/localized';
import { openTasks, type Case } from '../work/cases/types';
import type { RepairOrder } from './types';

/**
 * What is still to be done on a running order (arrive, the work, the leak test, the check-in, the return visit), as
 * large buttons at the top of the page: on a phone the engineer opens the task (and its work record) with one tap,
 * without looking for it in the case's list further down.
 */
export const RepairOpenTasks = () => {
  const record = useRecordContext<RepairOrder>();
  const translate = useTranslate();
  const { title } = useLocalized();
  const running = !!record && record.caseId != null && !['CLOSED', 'VOIDED'].includes(record.status);
  // The same query as the case section below (one request, refreshed with it).
  const { data } = useGetOne<Case>('cases', { id: record?.caseId ?? undefined }, { enabled: running });
  const tasks = openTasks(data);
  if (!running || !tasks.length) return null;
  return (
    <Box sx={{ mb: 2 }} data-testid="repair-open-tasks">
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('estate.repairs.open_tasks')}
      </Typography>
      <Stack spacing={1} sx={{ maxWidth: 720 }}>
        {tasks.map((task) => (
          <Button
            key={task.id}
            component={Link}
            to={`/tasks/${task.id}/show`}
            variant="contained"
            size="large"
            endIcon={<ChevronRightIcon />}
            data-task-id={task.id}
            sx={{ minHeight: 48, justifyContent: 'space-between', textAlign: 'left', textTransform: 'none' }}
          >
            {title(task) || `#${task.id}`}
          </Button>
        ))}
      </Stack>
    </Box>
  );
};
