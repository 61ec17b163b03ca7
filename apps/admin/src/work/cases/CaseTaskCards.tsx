import { Box, Card, CardActionArea, CardActions, CardContent, Stack, Typography } from '@mui/material';
import { Link, RecordContextProvider, useRecordContext } from 'react-admin';
import { PRIORITY_COLORS, TASK_STATUS_COLORS } from '../../common/enums';
import { DateTimeField, EnumField } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { EmptyLine } from '../../common/SubRecordsTab';
import { ClaimTaskButton } from '../tasks/TaskButtons';
import { DeadlinesSummary } from '../tasks/TaskDeadlines';
import { AssigneeField, CandidateField, DueAtField, EscalatedToField, EscalationLevelField } from '../tasks/TaskFields';
import { overdueTaskSx } from '../tasks/types';
import { TaskOverrideMenu } from './overrides/OverrideActions';
import type { Case, CaseTask } from './types';

/** One task of the case as a card: tapping it opens the task; claiming and the managers' overrides stay under it. */
const CaseTaskCard = ({ task }: { task: CaseTask }) => {
  const { title } = useLocalized();
  return (
    <RecordContextProvider value={task}>
      <Card variant="outlined" sx={overdueTaskSx(task)} data-testid="case-task-card" data-task-id={task.id}>
        <CardActionArea component={Link} to={`/tasks/${task.id}/show`} sx={{ color: 'inherit' }}>
          <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, py: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Typography variant="subtitle2" component="div" sx={{ fontWeight: 600 }}>
              {title(task) || `#${task.id}`}
            </Typography>
            <DeadlinesSummary />
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.5, rowGap: 0.5 }}>
              <EnumField source="status" enumName="taskStatus" colors={TASK_STATUS_COLORS} />
              <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
              {task.status === 'OPEN' && <DueAtField />}
              {task.escalationLevel > 0 && <EscalationLevelField />}
            </Box>
            <Box>
              {task.assigneeId != null ? <AssigneeField /> : <CandidateField />}
              <EscalatedToField />
            </Box>
            {task.completedAt && <DateTimeField source="completedAt" />}
          </CardContent>
        </CardActionArea>
        {task.status === 'OPEN' && (
          <CardActions sx={{ px: 1.5, pt: 0, flexWrap: 'wrap', '&:empty': { display: 'none' } }}>
            <ClaimTaskButton />
            <TaskOverrideMenu task={task} />
          </CardActions>
        )}
      </Card>
    </RecordContextProvider>
  );
};

/** The case's tasks on a phone: one card each, in the case's order, instead of the table. */
export const CaseTaskCards = () => {
  const record = useRecordContext<Case>();
  const tasks = record?.tasks ?? [];
  if (!tasks.length) return <EmptyLine message="estate.cases.no_tasks" />;
  return (
    <Stack spacing={1}>
      {tasks.map((task) => (
        <CaseTaskCard key={task.id} task={task} />
      ))}
    </Stack>
  );
};
