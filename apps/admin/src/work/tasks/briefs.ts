import type { ComponentType } from 'react';
import type { EnumName } from '../../common/enums';
import { CategoryField, RepairStatusField } from '../../repairs/RepairFields';

/**
 * How a field of a process's record is shown on the task page: as text, a long text (its own line), a time,
 * a day, yes/no, money, a translated code (`enumName`, or `labels` as the prefix of its messages), or one of
 * the area's own fields (`field`, which reads the record from its context).
 */
export interface BriefField {
  source: string;
  /** The label's message; by default `resources.<route>.fields.<source>`. */
  label?: string;
  show?: 'text' | 'long' | 'datetime' | 'date' | 'bool' | 'money';
  enumName?: EnumName;
  labels?: string;
  field?: ComponentType;
}

/**
 * What the task page shows of each process's record: what happened and where, what is asked for, by when.
 * The person to reach and the household are shown apart for every process (CaseBrief).
 */
export const BRIEFS: Record<string, BriefField[]> = {
  // CMP-1: time, place, the person or department complained about, what happened, what the resident asks for.
  complaint: [
    { source: 'place' },
    { source: 'occurredAt', show: 'datetime' },
    { source: 'subject' },
    { source: 'department', enumName: 'department' },
    { source: 'channel', enumName: 'complaintChannel' },
    { source: 'tier', enumName: 'complaintTier' },
    { source: 'requestedBy', show: 'datetime' },
    { source: 'damageOngoing', show: 'bool' },
    { source: 'description', show: 'long' },
    { source: 'request', show: 'long' },
  ],
  // REP-1: the address, the problem and the convenient time; REP-2: the charge stated up front.
  repair: [
    { source: 'serial' },
    { source: 'location' },
    { source: 'category', field: CategoryField },
    { source: 'status', field: RepairStatusField },
    { source: 'appointmentFrom', show: 'datetime' },
    { source: 'emergency', show: 'bool' },
    { source: 'charge', show: 'money' },
    { source: 'description', show: 'long' },
  ],
  'move-in': [
    { source: 'applicantKind', labels: 'estate.move_in.applicant' },
    { source: 'appointmentAt', show: 'datetime' },
    { source: 'stage', labels: 'estate.move_in.stage' },
  ],
  decoration: [
    { source: 'permitNumber' },
    { source: 'status', labels: 'estate.decoration.status' },
    { source: 'worksFrom', show: 'date' },
    { source: 'worksTo', show: 'date' },
    { source: 'contractorName' },
    { source: 'contractorPhone' },
    { source: 'structuralChange', show: 'bool' },
    { source: 'loadIncrease', show: 'bool' },
    { source: 'plan', show: 'long' },
  ],
  custody: [
    { source: 'agreementNo' },
    { source: 'signedOn', show: 'date' },
    { source: 'status', labels: 'estate.custody.status' },
    { source: 'startWater' },
    { source: 'startElectricity' },
    { source: 'notes', show: 'long' },
  ],
  // FEE-3: the amount, how old the debt is, why it is not paid, what was promised.
  dunning: [
    { source: 'step', enumName: 'ladderStep' },
    { source: 'status', enumName: 'ladderStatus' },
    { source: 'overdueAmount', show: 'money' },
    { source: 'oldestDueDate', show: 'date' },
    { source: 'promisedDate', show: 'date' },
    { source: 'pausedUntil', show: 'datetime' },
    { source: 'reason', show: 'long' },
  ],
  // REC-5: the work contact form to another department.
  'contact-form': [
    { source: 'number' },
    { source: 'toDepartment', enumName: 'department' },
    { source: 'replyBy', show: 'datetime' },
    { source: 'subject' },
    { source: 'content', show: 'long' },
  ],
  // REC-2: the resident's question, the department asked, the promised time.
  'specialist-question': [
    { source: 'receivedAt', show: 'datetime' },
    { source: 'promisedBy', label: 'estate.tasks.job.promised_by', show: 'datetime' },
    { source: 'department', label: 'estate.tasks.job.department', enumName: 'department' },
    { source: 'question', label: 'estate.tasks.job.question', show: 'long' },
  ],
  survey: [
    { source: 'name' },
    { source: 'closesAt', show: 'datetime' },
  ],
};
