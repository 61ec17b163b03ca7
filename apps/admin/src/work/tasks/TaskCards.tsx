import { Box, Card, CardActionArea, CardActions, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { ListCards } from '../../common/ListCards';
import { RecordContextProvider } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { PRIORITY_COLORS } from '../../common/enums';
import { EnumField } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { getStaff } from '../../session';
import { mayClaim } from './rules';
import { ClaimTaskButton } from './TaskButtons';
import { AssigneeField, CandidateField, DueAtField, EscalatedToField, EscalationLevelField } from './TaskFields';
import { overdueTaskSx, type Task } from './types';

/** One task as a card: tapping it opens the task, as a table's row does; its claim button stays within reach of a thumb. */
const TaskCard = ({ task }: { task: Task }) => {
  const { title } = useLocalized();
  const navigate = useNavigate();
  const claimable = mayClaim(task, getStaff());
  return (
    <RecordContextProvider value={task}>
      <Card variant="outlined" sx={overdueTaskSx(task)} data-testid="task-card" data-task-id={task.id}>
        <CardActionArea onClick={() => navigate(`/tasks/${task.id}/show`)}>
          <CardContent sx={{ pb: 1 }}>
            <Typography variant="subtitle1" component="div" sx={{ fontWeight: 600, lineHeight: 1.4 }} data-testid="record-title">
              {title(task)}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {task.case ? `${title(task.case)} ` : ''}#{task.caseId}
            </Typography>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.5, rowGap: 0.5 }}>
              <DueAtField />
              <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
              {task.escalationLevel > 0 && <EscalationLevelField />}
            </Box>
            <Box sx={{ mt: 0.5 }}>
              {task.assigneeId != null ? <AssigneeField /> : <CandidateField />}
              <EscalatedToField />
            </Box>
          </CardContent>
        </CardActionArea>
        {claimable && (
          <CardActions sx={{ px: 2, pb: 1.5, pt: 0 }}>
            <ClaimTaskButton variant="contained" opens />
          </CardActions>
        )}
      </Card>
    </RecordContextProvider>
  );
};

/** The inbox on a phone or a portrait tablet: a list of cards instead of a table. */
export const TaskCards = ({ empty }: { empty: ReactNode }) => (
  <ListCards<Task> empty={empty} card={(task) => <TaskCard key={task.id} task={task} />} />
);
