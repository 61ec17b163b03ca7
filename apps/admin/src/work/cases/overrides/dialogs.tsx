import { useCallback } from 'react';
import {
  AutocompleteInput,
  DateTimeInput,
  maxLength,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useTranslate,
  type Validator,
} from 'react-admin';
import { choices, PROCESS_TIERS } from '../../../common/enums';
import { useLocalized } from '../../../common/localized';
import { ComplaintTierOption } from '../../../complaints/ComplaintFields';
import type { EstateDataProvider } from '../../../dataProvider';
import { useDeadlineText } from '../../tasks/TaskDeadlines';
import { useCandidateText } from '../../tasks/TaskFields';
import { pendingDeadlines } from '../../tasks/types';
import type { Case, CaseTask } from '../types';
import { OverrideDialog, type OverrideDialogProps } from './OverrideDialog';

interface TaskDialogProps extends OverrideDialogProps {
  task: CaseTask;
}

interface CaseDialogProps extends OverrideDialogProps {
  caseRecord: Case;
}

const useApi = () => useDataProvider<EstateDataProvider>();

/**
 * A later time for ONE pending deadline of an open task (POST /cases/:id/extend-deadline with its
 * `deadlineKey`, the next one by default); the task's other deadlines keep their time.
 */
export const ExtendDeadlineDialog = ({ task, ...dialog }: TaskDialogProps) => {
  const api = useApi();
  const translate = useTranslate();
  const { title } = useLocalized();
  const { pending, choices: deadlineChoices, dueOf } = usePendingDeadlines(task);
  const submit = useCallback(
    (values: { deadlineKey?: string; dueAt: string; reason: string }) =>
      api.overrideCase(task.caseId, 'extend-deadline', {
        taskId: task.id,
        ...(values.deadlineKey ? { deadlineKey: values.deadlineKey } : {}),
        dueAt: new Date(values.dueAt).toISOString(),
        reason: values.reason,
      }),
    [api, task],
  );
  const later = (value: unknown, values: Record<string, unknown>) => {
    if (!value) return undefined;
    const at = new Date(value as string).getTime();
    if (Number.isNaN(at)) return 'estate.overrides.invalid_date';
    const current = dueOf(values.deadlineKey as string | undefined);
    if (at <= Date.now() || (current && at <= new Date(current).getTime())) return 'estate.overrides.due_later';
    return undefined;
  };
  return (
    <OverrideDialog
      {...dialog}
      title="estate.overrides.extend_deadline"
      description={translate('estate.overrides.extend_deadline_help', { title: title(task) })}
      defaultValues={{ deadlineKey: pending[0]?.key, dueAt: pending[0]?.dueAt ?? task.dueAt ?? '' }}
      submit={submit}
      successMessage="estate.overrides.done"
    >
      {pending.length > 0 && (
        <SelectInput source="deadlineKey" label="estate.overrides.deadline" choices={deadlineChoices} validate={required()} fullWidth />
      )}
      <DateTimeInput source="dueAt" label="estate.overrides.new_due_at" validate={[required(), later]} fullWidth />
    </OverrideDialog>
  );
};

/** The task's pending deadlines as choices ("Resolution — 11 Dec 2026, 17:30"), earliest first. */
const usePendingDeadlines = (task: CaseTask) => {
  const { label, formatDateTime } = useDeadlineText();
  const pending = pendingDeadlines(task);
  return {
    pending,
    choices: pending.map((deadline) => ({ id: deadline.key, name: `${label(deadline)} — ${formatDateTime(deadline.dueAt)}` })),
    /** The current time of the chosen deadline (the task's next due time without records). */
    dueOf: (key: string | undefined) => (key ? pending.find((deadline) => deadline.key === key)?.dueAt : undefined) ?? task.dueAt,
  };
};

/** A reassignment names a role, a department or a person (shown under the role and the department). */
const needsTarget = (_value: unknown, values: Record<string, unknown>) =>
  values.role || values.department || values.assigneeId ? undefined : 'estate.overrides.reassign_needs_target';

/** Another role, department or person for an open task (POST /cases/:id/reassign). */
export const ReassignDialog = ({ task, ...dialog }: TaskDialogProps) => {
  const api = useApi();
  const translate = useTranslate();
  const candidate = useCandidateText();
  const { title } = useLocalized();
  const submit = useCallback(
    (values: { role?: string | null; department?: string | null; assigneeId?: number | string | null; reason: string }) =>
      api.overrideCase(task.caseId, 'reassign', {
        taskId: task.id,
        ...(values.role ? { role: values.role } : {}),
        ...(values.department ? { department: values.department } : {}),
        ...(values.assigneeId != null && values.assigneeId !== '' ? { assigneeId: Number(values.assigneeId) } : {}),
        reason: values.reason,
      }),
    [api, task],
  );
  const current =
    candidate(task.candidateRole, task.candidateDepartment, task.assignee?.displayName) || translate('estate.timeline.no_candidate');
  return (
    <OverrideDialog
      {...dialog}
      title="estate.overrides.reassign"
      description={translate('estate.overrides.reassign_help', { title: title(task), current })}
      submit={submit}
      successMessage="estate.overrides.done"
    >
      <SelectInput source="role" label="estate.overrides.role" choices={choices('role')} emptyText="estate.common.none" validate={needsTarget} fullWidth />
      <SelectInput
        source="department"
        label="estate.overrides.department"
        choices={choices('department')}
        emptyText="estate.common.none"
        validate={needsTarget}
        fullWidth
      />
      <ReferenceInput source="assigneeId" reference="staff" filter={{ active: true }} sort={{ field: 'displayName', order: 'ASC' }}>
        <AutocompleteInput
          label="estate.overrides.assignee"
          optionText="displayName"
          filterToQuery={(q: string) => ({ q })}
          helperText="estate.overrides.assignee_hint"
          fullWidth
        />
      </ReferenceInput>
    </OverrideDialog>
  );
};

/** Drop ONE pending deadline of an open task and its escalation (POST /cases/:id/cancel-escalation). */
export const CancelEscalationDialog = ({ task, ...dialog }: TaskDialogProps) => {
  const api = useApi();
  const translate = useTranslate();
  const { title } = useLocalized();
  const { pending, choices: deadlineChoices } = usePendingDeadlines(task);
  const submit = useCallback(
    (values: { deadlineKey?: string; reason: string }) =>
      api.overrideCase(task.caseId, 'cancel-escalation', {
        taskId: task.id,
        ...(values.deadlineKey ? { deadlineKey: values.deadlineKey } : {}),
        reason: values.reason,
      }),
    [api, task],
  );
  return (
    <OverrideDialog
      {...dialog}
      title="estate.overrides.cancel_escalation"
      description={translate('estate.overrides.cancel_escalation_help', { title: title(task) })}
      defaultValues={{ deadlineKey: pending[0]?.key }}
      submit={submit}
      successMessage="estate.overrides.done"
    >
      {pending.length > 0 && (
        <SelectInput source="deadlineKey" label="estate.overrides.deadline" choices={deadlineChoices} validate={required()} fullWidth />
      )}
    </OverrideDialog>
  );
};

/** POST /cases/:id/priority. */
export const PriorityDialog = ({ caseRecord, ...dialog }: CaseDialogProps) => {
  const api = useApi();
  const submit = useCallback(
    (values: { priority: string; reason: string }) =>
      api.overrideCase(caseRecord.id, 'priority', { priority: values.priority, reason: values.reason }),
    [api, caseRecord],
  );
  return (
    <OverrideDialog
      {...dialog}
      title="estate.overrides.change_priority"
      defaultValues={{ priority: caseRecord.priority }}
      submit={submit}
      successMessage="estate.overrides.done"
    >
      <SelectInput source="priority" label="estate.overrides.priority" choices={choices('priority')} validate={required()} fullWidth />
    </OverrideDialog>
  );
};

/**
 * POST /cases/:id/tier: the tiers are the process's own; the API refuses an unknown one. For a
 * process whose tiers the back office knows (a complaint: major, important, minor) they are the
 * choices, which is how a supervisor reclassifies a complaint; otherwise the tier is typed.
 */
export const TierDialog = ({ caseRecord, ...dialog }: CaseDialogProps) => {
  const api = useApi();
  const tiers = PROCESS_TIERS[caseRecord.process];
  const submit = useCallback(
    (values: { tier: string; reason: string }) =>
      api.overrideCase(caseRecord.id, 'tier', { tier: String(values.tier).trim(), reason: values.reason }),
    [api, caseRecord],
  );
  return (
    <OverrideDialog
      {...dialog}
      title="estate.overrides.change_tier"
      defaultValues={{ tier: caseRecord.tier ?? '' }}
      submit={submit}
      successMessage="estate.overrides.done"
    >
      {tiers ? (
        <RadioButtonGroupInput
          source="tier"
          label="estate.overrides.tier"
          choices={choices(tiers)}
          optionText={caseRecord.process === 'complaint' ? <ComplaintTierOption /> : undefined}
          row={caseRecord.process !== 'complaint'}
          validate={[required(), differs(caseRecord.tier)]}
        />
      ) : (
        <TextInput
          source="tier"
          label="estate.overrides.tier"
          helperText="estate.overrides.tier_hint"
          validate={[required(), maxLength(40)]}
          fullWidth
        />
      )}
    </OverrideDialog>
  );
};

/** A reclassification must change the tier. */
const differs =
  (current: string | null): Validator =>
  (value) =>
    current != null && value === current ? 'estate.overrides.tier_unchanged' : undefined;

/** POST /cases/:id/close with a justification; open tasks are cancelled (CMP-7: closed with a reason). */
export const CloseCaseDialog = ({ caseRecord, ...dialog }: CaseDialogProps) => {
  const api = useApi();
  const submit = useCallback(
    (values: { justification: string }) => api.overrideCase(caseRecord.id, 'close', { justification: values.justification }),
    [api, caseRecord],
  );
  return (
    <OverrideDialog
      {...dialog}
      title="estate.overrides.close"
      description={<CloseWarning />}
      submit={submit}
      successMessage="estate.overrides.closed"
      reasonSource="justification"
      reasonLabel="estate.overrides.justification"
      reasonMaxLength={2000}
      confirmLabel="estate.overrides.close_confirm"
    />
  );
};

const CloseWarning = () => {
  const translate = useTranslate();
  return <>{translate('estate.overrides.close_help')}</>;
};
