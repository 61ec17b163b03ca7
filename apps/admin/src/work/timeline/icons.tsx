import AlarmIcon from '@mui/icons-material/Alarm';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import StickyNote2Icon from '@mui/icons-material/StickyNote2';
import AssignmentIcon from '@mui/icons-material/Assignment';
import BuildIcon from '@mui/icons-material/Build';
import BalanceIcon from '@mui/icons-material/Balance';
import CircleOutlinedIcon from '@mui/icons-material/CircleOutlined';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EmailIcon from '@mui/icons-material/Email';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import EventIcon from '@mui/icons-material/Event';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import GavelIcon from '@mui/icons-material/Gavel';
import HandshakeIcon from '@mui/icons-material/Handshake';
import LocalPostOfficeIcon from '@mui/icons-material/LocalPostOffice';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import LockIcon from '@mui/icons-material/Lock';
import MoneyOffIcon from '@mui/icons-material/MoneyOff';
import PanToolIcon from '@mui/icons-material/PanTool';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PaymentsIcon from '@mui/icons-material/Payments';
import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import ReplayIcon from '@mui/icons-material/Replay';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import WaterDropIcon from '@mui/icons-material/WaterDrop';
import SmsIcon from '@mui/icons-material/Sms';
import StairsIcon from '@mui/icons-material/Stairs';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import UndoIcon from '@mui/icons-material/Undo';
import type { ReactElement } from 'react';
import type { TimelineEntry } from './types';

/** The icon of a timeline entry, by its type (and a message's channel). */
export const iconOf = (entry: TimelineEntry): ReactElement => {
  const channel = (entry.data as { channel?: string } | null)?.channel;
  switch (entry.type) {
    case 'CASE_OPENED':
      return <FolderOpenIcon fontSize="small" />;
    case 'TASK_OPENED':
      return <AssignmentIcon fontSize="small" />;
    case 'TASK_CLAIMED':
      return <PanToolIcon fontSize="small" />;
    case 'TASK_UNCLAIMED':
    case 'TASK_CANCELLED':
      return <UndoIcon fontSize="small" />;
    case 'TASK_COMPLETED':
      return <TaskAltIcon fontSize="small" color="success" />;
    case 'DEADLINE_MISSED':
      return <AlarmIcon fontSize="small" color="error" />;
    case 'ESCALATED':
      return <TrendingUpIcon fontSize="small" color="error" />;
    case 'OVERRIDE':
      return <GavelIcon fontSize="small" color="warning" />;
    case 'MESSAGE_FAILED':
      return <ErrorOutlineIcon fontSize="small" color="error" />;
    case 'MESSAGE_QUEUED':
    case 'MESSAGE_SENT':
      return channel === 'SMS' ? (
        <SmsIcon fontSize="small" />
      ) : channel === 'LETTER' ? (
        <LocalPostOfficeIcon fontSize="small" />
      ) : (
        <EmailIcon fontSize="small" />
      );
    case 'CASE_CLOSED':
      return <LockIcon fontSize="small" />;
    case 'COMPLAINT_REOPENED':
      return <ReplayIcon fontSize="small" color="warning" />;
    case 'NOTE_ADDED':
      return <StickyNote2Icon fontSize="small" color="info" />;
    case 'ATTACHMENT_ADDED':
      return <AttachFileIcon fontSize="small" />;
    default:
      return repairIconOf(entry) ?? feeIconOf(entry.type);
  }
};

/** The dunning ladder's and the payments' entries (FEE-2..6), and any other type. */
const feeIconOf = (type: string): ReactElement => {
  switch (type) {
    case 'LADDER_STARTED':
      return <MoneyOffIcon fontSize="small" color="warning" />;
    case 'STEP_CHANGED':
    case 'STEP_SKIPPED':
      return <StairsIcon fontSize="small" color="warning" />;
    case 'REMINDER_DEFERRED':
      return <EventIcon fontSize="small" />;
    case 'NOTICE_GIVEN':
      return <PhoneInTalkIcon fontSize="small" />;
    case 'LETTER_POSTED':
      return <LocalShippingIcon fontSize="small" />;
    case 'VISIT_SKIPPED':
      return <DirectionsWalkIcon fontSize="small" />;
    case 'LADDER_PAUSED':
    case 'LADDER_HELD':
      return <PauseCircleIcon fontSize="small" color="warning" />;
    case 'LADDER_RESUMED':
    case 'DISPUTE_RESOLVED':
      return <PlayCircleIcon fontSize="small" />;
    case 'ARREARS_WAIVED':
      return <GavelIcon fontSize="small" color="warning" />;
    case 'AGREEMENT_MADE':
    case 'AGREEMENT_KEPT':
    case 'AGREEMENT_BROKEN':
      return <HandshakeIcon fontSize="small" color={type === 'AGREEMENT_BROKEN' ? 'error' : type === 'AGREEMENT_KEPT' ? 'success' : 'inherit'} />;
    case 'REASON_RECORDED':
      return <EditNoteIcon fontSize="small" />;
    case 'LEGAL_DECLINED':
    case 'LEGAL_REFERRED':
      return <BalanceIcon fontSize="small" color={type === 'LEGAL_REFERRED' ? 'error' : 'inherit'} />;
    case 'LADDER_STOPPED':
      return <LockIcon fontSize="small" />;
    case 'PAYMENT_RECEIVED':
      return <PaymentsIcon fontSize="small" color="success" />;
    default:
      return <CircleOutlinedIcon fontSize="small" />;
  }
};

/** The repair process's entries (REP-4..6): a late arrival and a failed leak test stand out. */
const repairIconOf = (entry: TimelineEntry): ReactElement | undefined => {
  const data = (entry.data ?? {}) as { onTime?: boolean; passed?: boolean; satisfaction?: string };
  switch (entry.type) {
    case 'REPAIR_ARRIVED':
      return <DirectionsWalkIcon fontSize="small" color={data.onTime === false ? 'warning' : 'inherit'} />;
    case 'REPAIR_WORK_DONE':
      return <BuildIcon fontSize="small" color="success" />;
    case 'REPAIR_LEAK_TESTED':
      return <WaterDropIcon fontSize="small" color={data.passed === false ? 'error' : 'success'} />;
    case 'REPAIR_RECTIFICATION':
      return <ReplayIcon fontSize="small" color="warning" />;
    case 'REPAIR_RETURN_VISIT':
      return <SupportAgentIcon fontSize="small" color={data.satisfaction === 'SATISFIED' ? 'success' : 'warning'} />;
    default:
      return undefined;
  }
};
