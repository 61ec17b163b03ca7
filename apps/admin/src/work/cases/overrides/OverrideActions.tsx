import AlarmAddIcon from '@mui/icons-material/AlarmAdd';
import AlarmOffIcon from '@mui/icons-material/AlarmOff';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import GavelIcon from '@mui/icons-material/Gavel';
import LayersIcon from '@mui/icons-material/Layers';
import LockIcon from '@mui/icons-material/Lock';
import LowPriorityIcon from '@mui/icons-material/LowPriority';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Box, Divider, ListItemIcon, ListItemText, ListSubheader, Menu, MenuItem } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { useLocalized } from '../../../common/localized';
import { useIsManager } from '../../../common/permissions';
import { pendingDeadlines } from '../../tasks/types';
import { openTasks, type Case, type CaseTask } from '../types';
import {
  CancelEscalationDialog,
  CloseCaseDialog,
  ExtendDeadlineDialog,
  PriorityDialog,
  ReassignDialog,
  TierDialog,
} from './dialogs';

/** Which override dialog is open, and for which task. */
type Target =
  | { kind: 'extendDeadline' | 'reassign' | 'cancelEscalation'; task: CaseTask }
  | { kind: 'priority' | 'tier' | 'close' };

const OverrideDialogs = ({ target, caseRecord, onClose }: { target: Target | null; caseRecord?: Case; onClose: () => void }) => {
  if (!target) return null;
  const dialog = { open: true, onClose };
  switch (target.kind) {
    case 'extendDeadline':
      return <ExtendDeadlineDialog {...dialog} task={target.task} />;
    case 'reassign':
      return <ReassignDialog {...dialog} task={target.task} />;
    case 'cancelEscalation':
      return <CancelEscalationDialog {...dialog} task={target.task} />;
    case 'priority':
      return caseRecord ? <PriorityDialog {...dialog} caseRecord={caseRecord} /> : null;
    case 'tier':
      return caseRecord ? <TierDialog {...dialog} caseRecord={caseRecord} /> : null;
    case 'close':
      return caseRecord ? <CloseCaseDialog {...dialog} caseRecord={caseRecord} /> : null;
  }
};

/** Extend and cancel-escalation act on a pending deadline: only tasks with a due time have one. */
const hasDeadline = (task: CaseTask) => task.dueAt != null || pendingDeadlines(task).length > 0;

const taskItems = (task: CaseTask): { kind: 'extendDeadline' | 'reassign' | 'cancelEscalation'; label: string; icon: ReactElement }[] => [
  ...(hasDeadline(task)
    ? [{ kind: 'extendDeadline' as const, label: 'estate.overrides.extend_deadline', icon: <AlarmAddIcon fontSize="small" /> }]
    : []),
  { kind: 'reassign' as const, label: 'estate.overrides.reassign', icon: <SwapHorizIcon fontSize="small" /> },
  ...(hasDeadline(task)
    ? [{ kind: 'cancelEscalation' as const, label: 'estate.overrides.cancel_escalation', icon: <AlarmOffIcon fontSize="small" /> }]
    : []),
];

const CASE_ITEMS = [
  { kind: 'priority' as const, label: 'estate.overrides.change_priority', icon: <LowPriorityIcon fontSize="small" /> },
  { kind: 'tier' as const, label: 'estate.overrides.change_tier', icon: <LayersIcon fontSize="small" /> },
  { kind: 'close' as const, label: 'estate.overrides.close', icon: <LockIcon fontSize="small" /> },
];

const stop = (event: React.SyntheticEvent) => event.stopPropagation();

/**
 * The case-wide overrides as buttons (the case page's toolbar): priority, tier, close.
 * Managers only (CS supervisor, office director, administrator), open cases only.
 */
export const CaseOverrideButtons = () => {
  const caseRecord = useRecordContext<Case>();
  const manager = useIsManager();
  const [target, setTarget] = useState<Target | null>(null);
  if (!caseRecord || !manager || caseRecord.status !== 'OPEN') return null;
  return (
    <>
      {/* Only a process with tiers (complaints) can be reclassified. */}
      {CASE_ITEMS.filter((item) => item.kind !== 'tier' || caseRecord.tier != null).map((item) => (
        <Button
          key={item.kind}
          label={item.label}
          color={item.kind === 'close' ? 'error' : 'primary'}
          onClick={() => setTarget({ kind: item.kind })}
        >
          {item.icon}
        </Button>
      ))}
      <OverrideDialogs target={target} caseRecord={caseRecord} onClose={() => setTarget(null)} />
    </>
  );
};

/** The overrides of one open task, in a menu (a row of the case's task table). Managers only. */
export const TaskOverrideMenu = ({ task }: { task: CaseTask }) => {
  const manager = useIsManager();
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  if (!manager || task.status !== 'OPEN') return null;
  return (
    <Box component="span" onClick={stop}>
      <Button label="estate.overrides.menu" onClick={(event) => setAnchor(event.currentTarget)} sx={{ whiteSpace: 'nowrap' }}>
        <GavelIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor != null} onClose={() => setAnchor(null)}>
        {taskItems(task).map((item) => (
          <MenuItem
            key={item.kind}
            onClick={() => {
              setAnchor(null);
              setTarget({ kind: item.kind, task });
            }}
          >
            <ListItemIcon>{item.icon}</ListItemIcon>
            <ListItemText>{translate(item.label)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
      <OverrideDialogs target={target} onClose={() => setTarget(null)} />
    </Box>
  );
};

/**
 * Every override of a case in one menu: per open task (extend, reassign, cancel the escalation),
 * then the case's priority, tier and closing. Used on the escalations list. Managers only.
 */
export const CaseOverrideMenu = () => {
  const caseRecord = useRecordContext<Case>();
  const manager = useIsManager();
  const translate = useTranslate();
  const { title } = useLocalized();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  if (!caseRecord || !manager || caseRecord.status !== 'OPEN') return null;
  const choose = (next: Target) => {
    setAnchor(null);
    setTarget(next);
  };
  return (
    <Box component="span" onClick={stop}>
      <Button label="estate.overrides.menu" onClick={(event) => setAnchor(event.currentTarget)} sx={{ whiteSpace: 'nowrap' }}>
        <ArrowDropDownIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor != null} onClose={() => setAnchor(null)}>
        {openTasks(caseRecord).flatMap((task) => [
          <ListSubheader key={`task-${task.id}`} sx={{ lineHeight: 2.5 }}>
            {title(task) || `#${task.id}`}
          </ListSubheader>,
          ...taskItems(task).map((item) => (
            <MenuItem key={`${task.id}-${item.kind}`} onClick={() => choose({ kind: item.kind, task })}>
              <ListItemIcon>{item.icon}</ListItemIcon>
              <ListItemText>{translate(item.label)}</ListItemText>
            </MenuItem>
          )),
        ])}
        {openTasks(caseRecord).length > 0 && <Divider />}
        {/* Only a process with tiers (complaints) can be reclassified. */}
      {CASE_ITEMS.filter((item) => item.kind !== 'tier' || caseRecord.tier != null).map((item) => (
          <MenuItem key={item.kind} onClick={() => choose({ kind: item.kind })}>
            <ListItemIcon>{item.icon}</ListItemIcon>
            <ListItemText>{translate(item.label)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
      <OverrideDialogs target={target} caseRecord={caseRecord} onClose={() => setTarget(null)} />
    </Box>
  );
};
