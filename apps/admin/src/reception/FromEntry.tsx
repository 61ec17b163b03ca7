import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useMemo, useRef, type ReactNode } from 'react';
import {
  BooleanInput,
  DateTimeInput,
  Loading,
  maxLength,
  RadioButtonGroupInput,
  required,
  ResourceContextProvider,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useGetOne,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { choices } from '../common/enums';
import { newRequestId } from '../common/requestId';
import { FormHeading, FormRow } from '../common/Section';
import { useFormAction } from '../common/useFormAction';
import { phone } from '../common/validators';
import { complaintTransform } from '../complaints/ComplaintCreate';
import { ComplaintTierOption } from '../complaints/ComplaintFields';
import { ConfirmInput as ComplaintConfirm, DamageWarning, InvalidSection, notInFuture, RequestedByInput } from '../complaints/ComplaintInputs';
import { complaintDepartmentChoices } from '../complaints/types';
import { repairTransform } from '../repairs/RepairCreate';
import { CategoryInput, ConfirmInput as RepairConfirm, OneTabStop, QuoteInput, WindowsInput } from '../repairs/RepairInputs';
import { ReadBack } from '../repairs/RepairReadBack';
import { receptionApi, type ReceptionEntry } from './shared';

const COMPLAINT_CHANNEL = { VISIT: 'FRONT_DESK', PHONE: 'HOTLINE', LETTER: 'LETTER', ONLINE: 'ONLINE' } as const;
const REPAIR_CHANNEL = { VISIT: 'DESK', PHONE: 'HOTLINE', LETTER: 'DESK', ONLINE: 'DESK' } as const;
const REPAIR_CHANNELS = ['HOTLINE', 'DESK'].map((id) => ({ id, name: `estate.repairs.channel.${id}` }));

/** The page around a pre-filled intake: the entry it comes from, then the form. */
const Frame = ({ title, entry, children }: { title: string; entry: ReceptionEntry; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h5" component="h1">
          {translate(title)}
        </Typography>
        <Alert severity="info" sx={{ my: 1, maxWidth: 960 }}>
          {translate('estate.reception.from_entry', { id: entry.id, name: entry.residentName, phone: entry.phone })}
        </Alert>
        {children}
      </CardContent>
    </Card>
  );
};

const SaveBar = ({ label }: { label: string }) => (
  <Toolbar>
    <SaveButton label={label} alwaysEnable />
  </Toolbar>
);

/** The entry of the route, once loaded; an entry already turned into a case goes back to its page. */
const useEntry = () => {
  const { id } = useParams<{ id: string }>();
  const { data, isPending, error } = useGetOne<ReceptionEntry>('reception-entries', { id: id as Identifier });
  return { id: id as Identifier, entry: data, isPending, error };
};

/** Saves through the entry's endpoint and opens what it became. */
const useSave = (post: (values: Record<string, unknown>) => Promise<{ data: Record<string, unknown> }>, target: (entry: ReceptionEntry) => string) => {
  const navigate = useNavigate();
  const saved = useRef<ReceptionEntry | undefined>(undefined);
  return useFormAction(
    async (values: Record<string, unknown>) => {
      saved.current = (await post(values)).data as unknown as ReceptionEntry;
    },
    { successMessage: 'ra.notification.created', onSuccess: () => saved.current && navigate(target(saved.current)) },
  );
};

/** REC-1: the complaint intake, filled in from the entry (who, how, when, what was said); staff add the rest. */
export const ComplaintFromEntry = () => {
  const { id, entry, isPending, error } = useEntry();
  const save = useSave((values) => receptionApi.toComplaint(id, complaintTransform(values)), (e) => `/complaints/${e.complaintId}/show`);
  const defaults = useMemo(
    () =>
      entry && {
        householdId: entry.householdId ?? undefined,
        complainantName: entry.residentName,
        phone: entry.phone,
        channel: COMPLAINT_CHANNEL[entry.channel],
        occurredAt: new Date(entry.receivedAt),
        description: entry.content,
        damageOngoing: false,
        confirmedWithResident: false,
        requestId: newRequestId('reception-complaint'),
      },
    [entry],
  );
  if (isPending) return <Loading />;
  if (error || !entry || !defaults) return <Alert severity="error">{String((error as Error | null)?.message ?? '')}</Alert>;
  return (
    <ResourceContextProvider value="complaints">
      <Frame title="estate.reception.complaint_title" entry={entry}>
        <SimpleForm defaultValues={defaults} onSubmit={save} toolbar={<SaveBar label="estate.reception.save_complaint" />}>
          <FormRow>
            <TextInput source="complainantName" validate={[required(), maxLength(100)]} />
            <TextInput source="phone" validate={[required(), phone]} />
          </FormRow>
          <FormRow>
            <RadioButtonGroupInput source="channel" choices={choices('complaintChannel')} validate={required()} />
            <DateTimeInput source="occurredAt" validate={[required(), notInFuture]} />
          </FormRow>
          <FormHeading title="estate.complaints.sections.what" />
          <FormRow>
            <TextInput source="place" validate={[required(), maxLength(200)]} />
            <TextInput source="subject" helperText="estate.complaints.subject_hint" validate={[required(), maxLength(200)]} />
          </FormRow>
          <RadioButtonGroupInput source="department" choices={complaintDepartmentChoices()} validate={required()} />
          <TextInput source="description" multiline minRows={3} validate={[required(), maxLength(5000)]} sx={{ maxWidth: 960 }} fullWidth />
          <TextInput source="request" multiline minRows={2} validate={[required(), maxLength(2000)]} sx={{ maxWidth: 960 }} fullWidth />
          <FormHeading title="estate.complaints.sections.classification" />
          <RadioButtonGroupInput source="tier" choices={choices('complaintTier')} optionText={<ComplaintTierOption />} row={false} validate={required()} />
          <BooleanInput source="damageOngoing" helperText="estate.complaints.damage_hint" />
          <DamageWarning />
          <RequestedByInput />
          <InvalidSection />
          <ComplaintConfirm />
        </SimpleForm>
      </Frame>
    </ResourceContextProvider>
  );
};

/** REC-1: the repair intake, filled in from the entry (household, name, phone, channel, the problem). */
export const RepairFromEntry = () => {
  const { id, entry, isPending, error } = useEntry();
  const save = useSave((values) => receptionApi.toRepair(id, repairTransform(values)), (e) => `/repairs/${e.repairId}/show`);
  const defaults = useMemo(
    () =>
      entry && {
        householdId: entry.householdId ?? undefined,
        reporterName: entry.residentName,
        phone: entry.phone,
        channel: REPAIR_CHANNEL[entry.channel],
        description: entry.content,
        publicArea: false,
        emergency: false,
        windows: [{ day: null, from: null, to: null }],
        confirmedWithResident: false,
        chargeAccepted: false,
        requestId: newRequestId('reception-repair'),
      },
    [entry],
  );
  if (isPending) return <Loading />;
  if (error || !entry || !defaults) return <Alert severity="error">{String((error as Error | null)?.message ?? '')}</Alert>;
  return (
    <ResourceContextProvider value="repairs">
      <Frame title="estate.reception.repair_title" entry={entry}>
        <SimpleForm defaultValues={defaults} onSubmit={save} toolbar={<SaveBar label="estate.reception.save_repair" />}>
          <Box sx={{ width: '100%' }}>
            <FormRow>
              <TextInput source="reporterName" validate={[required(), maxLength(100)]} />
              <TextInput source="phone" validate={[required(), phone]} />
            </FormRow>
            <OneTabStop source="channel">
              <RadioButtonGroupInput source="channel" choices={REPAIR_CHANNELS} validate={required()} />
            </OneTabStop>
            <FormHeading title="estate.repairs.sections.problem" />
            <CategoryInput />
            <TextInput source="description" multiline minRows={3} validate={[required(), maxLength(5000)]} sx={{ maxWidth: 960 }} fullWidth />
            <BooleanInput source="emergency" helperText="estate.repairs.emergency_hint" />
            <WindowsInput />
            <FormHeading title="estate.repairs.sections.register" />
            <QuoteInput />
            <FormHeading title="estate.repairs.sections.read_back" />
            <ReadBack />
            <RepairConfirm />
          </Box>
        </SimpleForm>
      </Frame>
    </ResourceContextProvider>
  );
};
