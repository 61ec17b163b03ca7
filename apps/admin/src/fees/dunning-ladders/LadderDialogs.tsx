import { useCallback, type ComponentProps } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  DateTimeInput,
  ReferenceInput,
  required,
  SimpleFormIterator,
  useDataProvider,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useWatch, type FieldValues } from 'react-hook-form';
import { OverrideDialog, type OverrideDialogProps } from '../../work/cases/overrides/OverrideDialog';
import { estateToday } from '../../common/days';
import { ENUMS, enumLabel } from '../../common/enums';
import { useLocalized } from '../../common/localized';
import type { EstateDataProvider } from '../../dataProvider';
import { MoneyInput } from '../inputs';
import type { DunningLadder, Instalment, LadderActions, LadderStep } from '../types';

export interface LadderDialogProps extends OverrideDialogProps {
  ladder: DunningLadder;
}

/** POST /dunning-ladders/:id/<action> with the dialog's values. */
const useLadderAction = <K extends keyof LadderActions, V extends FieldValues>(
  ladder: DunningLadder,
  action: K,
  toBody: (values: V) => LadderActions[K],
) => {
  const api = useDataProvider<EstateDataProvider>();
  return useCallback((values: V) => api.ladderAction(ladder.id, action, toBody(values)), [api, ladder.id, action, toBody]);
};

/** The API's limit of a reason or a note. */
const REASON_MAX = 500;

/** An action's dialog: the override dialog (a reason kept in the timeline, field errors under their inputs). */
const LadderActionDialog = <Values extends FieldValues>(
  props: Omit<ComponentProps<typeof OverrideDialog<Values>>, 'successMessage'> & { successMessage?: string },
) => (
  <OverrideDialog<Values> successMessage="estate.ladders.done" reasonMaxLength={REASON_MAX} {...props} />
);

const reasonOnly = (values: { reason: string }) => ({ reason: values.reason.trim() });

/** The API names the fields of a list `instalments[0].amount` or `instalments.0.amount`: both show under the input. */
const dotted = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');

/** FEE-3: why the household has not paid, as staff learned it (any staff member). */
export const ReasonDialog = ({ ladder, ...dialog }: LadderDialogProps) => {
  const submit = useLadderAction(ladder, 'reason', reasonOnly);
  return (
    <LadderActionDialog
      {...dialog}
      title="estate.ladders.actions.reason"
      defaultValues={{ reason: ladder.reason ?? '' }}
      submit={submit}
      reasonLabel="resources.dunning-ladders.fields.reason"
      reasonHint="estate.ladders.reason_hint"
      confirmLabel="ra.action.save"
    />
  );
};

const notPast: Validator = (value) => (value && String(value) < estateToday() ? 'estate.ladders.instalment_past' : undefined);

const atLeastOne: Validator = (value) => (Array.isArray(value) && value.length > 0 ? undefined : 'estate.ladders.instalments_required');

/** The instalments' total against the amount overdue. */
const InstalmentTotal = ({ overdue }: { overdue: number }) => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  const instalments = (useWatch({ name: 'instalments' }) ?? []) as Partial<Instalment>[];
  const total = instalments.reduce((sum, row) => sum + Math.round(Number(row?.amount ?? 0) * 100), 0) / 100;
  return (
    <>
      {translate('estate.ladders.instalments_total', { total: formatMoney(total), overdue: formatMoney(overdue) })}
    </>
  );
};

const agreementBody = (values: { instalments: Instalment[]; note?: string | null }) => ({
  instalments: values.instalments.map((row) => ({ dueDate: row.dueDate, amount: Number(row.amount) })),
  note: (values.note ?? '').trim(),
});

/** An instalment agreement (cashier, clerk, managers): the ladder pauses; a missed instalment resumes it. */
export const AgreementDialog = ({ ladder, ...dialog }: LadderDialogProps) => {
  const translate = useTranslate();
  const submit = useLadderAction(ladder, 'agreement', agreementBody);
  return (
    <LadderActionDialog
      {...dialog}
      maxWidth="md"
      title="estate.ladders.actions.agreement"
      description={
        <>
          {translate('estate.ladders.agreement_help')} <InstalmentTotal overdue={ladder.overdueAmount} />
        </>
      }
      defaultValues={{ instalments: ladder.agreement?.instalments ?? ([{ dueDate: '' }] as Instalment[]), note: ladder.agreement?.note ?? '' }}
      submit={submit}
      reasonSource="note"
      reasonLabel="estate.ladders.agreement_note"
      reasonHint="estate.ladders.agreement_note_hint"
      reasonRequired={false}
      renameField={dotted}
    >
      <ArrayInput source="instalments" label="estate.ladders.instalments" validate={atLeastOne}>
        <SimpleFormIterator inline disableReordering>
          <DateInput source="dueDate" label="estate.ladders.due_date" validate={[required(), notPast]} />
          <MoneyInput source="amount" label="estate.ladders.instalment_amount" isRequired />
        </SimpleFormIterator>
      </ArrayInput>
    </LadderActionDialog>
  );
};

const complaintText = (record: { id: number; subject?: string }) => (record ? `#${record.id} ${record.subject ?? ''}`.trim() : '');

const disputeBody = (values: { complaintId: number | string; reason: string }) => ({
  complaintId: Number(values.complaintId),
  reason: values.reason.trim(),
});

/** The household disputes the fees: the ladder waits for its complaint to be resolved (any staff member). */
export const DisputeDialog = ({ ladder, ...dialog }: LadderDialogProps) => {
  const translate = useTranslate();
  const submit = useLadderAction(ladder, 'dispute', disputeBody);
  return (
    <LadderActionDialog
      {...dialog}
      title="estate.ladders.actions.dispute"
      description={translate('estate.ladders.dispute_help')}
      submit={submit}
    >
      <ReferenceInput
        source="complaintId"
        reference="complaints"
        filter={{ householdId: ladder.householdId }}
        sort={{ field: 'createdAt', order: 'DESC' }}
      >
        <AutocompleteInput
          label="estate.ladders.complaint"
          optionText={complaintText}
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          helperText="estate.ladders.complaint_hint"
          fullWidth
        />
      </ReferenceInput>
    </LadderActionDialog>
  );
};

const future: Validator = (value) => {
  if (!value) return undefined;
  const at = new Date(value as string).getTime();
  if (Number.isNaN(at)) return 'estate.overrides.invalid_date';
  return at <= Date.now() ? 'estate.ladders.until_future' : undefined;
};

const holdBody = (values: { reason: string; until?: string | null }) => ({
  reason: values.reason.trim(),
  ...(values.until ? { until: new Date(values.until).toISOString() } : {}),
});

/** A manager holds the ladder (until a date, or until released). */
export const HoldDialog = ({ ladder, ...dialog }: LadderDialogProps) => {
  const translate = useTranslate();
  const submit = useLadderAction(ladder, 'hold', holdBody);
  return (
    <LadderActionDialog
      {...dialog}
      title="estate.ladders.actions.hold"
      description={translate('estate.ladders.hold_help')}
      submit={submit}
    >
      <DateTimeInput source="until" label="estate.ladders.until" helperText="estate.ladders.until_hint" validate={future} fullWidth />
    </LadderActionDialog>
  );
};

/** A manager releases a held or paused ladder: dunning goes on from its step. */
export const ReleaseDialog = ({ ladder, ...dialog }: LadderDialogProps) => {
  const translate = useTranslate();
  const submit = useLadderAction(ladder, 'release', reasonOnly);
  return (
    <LadderActionDialog
      {...dialog}
      title="estate.ladders.actions.release"
      description={translate('estate.ladders.release_help')}
      submit={submit}
    />
  );
};

const nextStep = (step: LadderStep): LadderStep | undefined => ENUMS.ladderStep[ENUMS.ladderStep.indexOf(step) + 1];

/** A manager moves the ladder to its next step now, without waiting. */
export const SkipDialog = ({ ladder, ...dialog }: LadderDialogProps) => {
  const translate = useTranslate();
  const submit = useLadderAction(ladder, 'skip', reasonOnly);
  const next = nextStep(ladder.step);
  return (
    <LadderActionDialog
      {...dialog}
      title="estate.ladders.actions.skip"
      description={translate('estate.ladders.skip_help', {
        from: translate(enumLabel('ladderStep', ladder.step)),
        to: next ? translate(enumLabel('ladderStep', next)) : translate('estate.common.none'),
      })}
      submit={submit}
    />
  );
};

/** A manager writes off the overdue bills; the ladder stops. */
export const WaiveDialog = ({ ladder, ...dialog }: LadderDialogProps) => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  const submit = useLadderAction(ladder, 'waive', reasonOnly);
  return (
    <LadderActionDialog
      {...dialog}
      title="estate.ladders.actions.waive"
      description={translate('estate.ladders.waive_help', { amount: formatMoney(ladder.overdueAmount) })}
      submit={submit}
      successMessage="estate.approvals.waiting"
      confirmLabel="estate.ladders.waive_confirm"
    />
  );
};
