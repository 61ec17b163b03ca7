import { Box, Chip, Tab, Tabs, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useListContext, useStore, useTranslate } from 'react-admin';
import { useTaskCounts, type TaskCounts } from './api';

/** The inbox's views, as the API's `filter.view`, in the order the inbox looks for work. */
export const VIEWS = ['mine', 'queue', 'escalated', 'overdue', 'dueToday', 'all'] as const;
export type InboxView = (typeof VIEWS)[number];

/** Without a view the API lists every task visible to the staff member, like "All". */
export const viewOf = (value: unknown): InboxView => (VIEWS.includes(value as InboxView) ? (value as InboxView) : 'all');

/** The view the staff member chose last (kept until they sign out). */
export const PICKED_VIEW_KEY = 'tasks.inbox.view';

/** Where the inbox opens: the first view holding work (my tasks, my queue, escalated to me, overdue, due today), else my tasks. */
export const firstViewWithWork = (counts: TaskCounts | undefined): InboxView => {
  if (!counts) return 'mine';
  return VIEWS.find((view) => view !== 'all' && counts.views[view] > 0) ?? 'mine';
};

/** How many tasks a view holds, for its tab (not for "All": for managers it is every task ever); live. */
const ViewCount = ({ view }: { view: InboxView }) => {
  const { data } = useTaskCounts();
  const total = view === 'all' ? 0 : (data?.views[view] ?? 0);
  if (!total) return null;
  return (
    <Chip
      size="small"
      label={total}
      data-testid={`view-count-${view}`}
      color={view === 'overdue' || view === 'escalated' ? 'error' : view === 'dueToday' ? 'warning' : 'primary'}
      sx={{ ml: 1, height: 20, fontSize: 12 }}
    />
  );
};

/** The list is read again when the counts change (a task arrived, was claimed or done elsewhere). */
const useFollowCounts = (refetch: () => unknown) => {
  const { data } = useTaskCounts();
  const signature = data ? JSON.stringify([data.views, data.newest?.id ?? 0]) : '';
  const last = useRef(signature);
  useEffect(() => {
    if (signature && last.current && signature !== last.current) void refetch();
    last.current = signature;
  }, [signature, refetch]);
};

/** The views as tabs, each with its live count; the one clicked is remembered, so the inbox opens on it next time. */
export const ViewTabs = () => {
  const { filterValues, setFilters, displayedFilters, refetch } = useListContext();
  useFollowCounts(refetch);
  const [, setPicked] = useStore<InboxView | null>(PICKED_VIEW_KEY, null);
  const translate = useTranslate();
  const current = viewOf(filterValues.view);
  return (
    <Tabs
      value={current}
      variant="scrollable"
      scrollButtons="auto"
      allowScrollButtonsMobile
      onChange={(_event, view: InboxView) => {
        setPicked(view);
        setFilters({ ...filterValues, view }, displayedFilters);
      }}
      sx={{ borderBottom: 1, borderColor: 'divider', px: { xs: 0, sm: 1 } }}
    >
      {VIEWS.map((view) => (
        <Tab
          key={view}
          value={view}
          data-view={view}
          sx={{ px: { xs: 1.5, sm: 2 }, minWidth: 0 }}
          label={
            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap' }}>
              {translate(`estate.inbox.views.${view}`)}
              <ViewCount view={view} />
            </Box>
          }
        />
      ))}
    </Tabs>
  );
};

export const EmptyView = () => {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate(`estate.inbox.empty.${viewOf(filterValues.view)}`)}
    </Typography>
  );
};
