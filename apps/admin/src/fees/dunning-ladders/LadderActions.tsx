import EditNoteIcon from '@mui/icons-material/EditNote';
import EventNoteIcon from '@mui/icons-material/EventNote';
import MoneyOffIcon from '@mui/icons-material/MoneyOff';
import PanToolIcon from '@mui/icons-material/PanTool';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import { useState, type ComponentType, type ReactElement } from 'react';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import type { DunningLadder, LadderActions } from '../types';
import {
  AgreementDialog,
  DisputeDialog,
  HoldDialog,
  ReasonDialog,
  ReleaseDialog,
  SkipDialog,
  WaiveDialog,
  type LadderDialogProps,
} from './LadderDialogs';

interface ActionDef {
  action: keyof LadderActions;
  icon: ReactElement;
  dialog: ComponentType<LadderDialogProps>;
  /** When the action makes sense for the ladder (the API answers 409 otherwise). */
  applies: (ladder: DunningLadder) => boolean;
  color?: 'primary' | 'warning' | 'error';
}

const running = (ladder: DunningLadder) => ladder.status !== 'STOPPED';

/**
 * The ladder's actions in the order staff meet them: why not paid and an instalment agreement (the
 * reception, cashiers, clerk, managers), then the managers' dispute hold, hold, release, skip, waive.
 * Who may take each is `authProvider.canAccess('dunning-ladders', action)`.
 */
const ACTIONS: ActionDef[] = [
  { action: 'reason', icon: <EditNoteIcon />, dialog: ReasonDialog, applies: running },
  { action: 'agreement', icon: <EventNoteIcon />, dialog: AgreementDialog, applies: running },
  { action: 'dispute', icon: <ReportProblemIcon />, dialog: DisputeDialog, applies: (l) => running(l) && l.status !== 'HELD' },
  { action: 'hold', icon: <PanToolIcon />, dialog: HoldDialog, applies: (l) => running(l) && l.status !== 'HELD', color: 'warning' },
  { action: 'release', icon: <PlayArrowIcon />, dialog: ReleaseDialog, applies: (l) => l.status === 'HELD' || l.status === 'PAUSED', color: 'warning' },
  { action: 'skip', icon: <SkipNextIcon />, dialog: SkipDialog, applies: (l) => l.status === 'ACTIVE' && l.step !== 'REFERRED', color: 'warning' },
  { action: 'waive', icon: <MoneyOffIcon />, dialog: WaiveDialog, applies: running, color: 'error' },
];

const ActionButton = ({ def, ladder }: { def: ActionDef; ladder: DunningLadder }) => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'dunning-ladders', action: def.action });
  if (!canAccess || !def.applies(ladder)) return null;
  const Dialog = def.dialog;
  return (
    <>
      <Button label={`estate.ladders.actions.${def.action}`} color={def.color ?? 'primary'} onClick={() => setOpen(true)}>
        {def.icon}
      </Button>
      {open && <Dialog ladder={ladder} open onClose={() => setOpen(false)} />}
    </>
  );
};

/** The action buttons of a ladder's page, each opening its dialog. */
export const LadderActionButtons = () => {
  const ladder = useRecordContext<DunningLadder>();
  if (!ladder) return null;
  return (
    <>
      {ACTIONS.map((def) => (
        <ActionButton key={def.action} def={def} ladder={ladder} />
      ))}
    </>
  );
};

