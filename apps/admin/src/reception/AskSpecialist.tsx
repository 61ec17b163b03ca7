import HelpCenterIcon from '@mui/icons-material/HelpCenter';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  DateTimeInput,
  Form,
  maxLength,
  ReferenceInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  usePermissions,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { permitted } from '../common/permissions';
import { useFormAction } from '../common/useFormAction';
import { DEPARTMENTS, keyed, receptionApi, type ReceptionEntry } from './shared';

const oneOf: Validator = (_value, values) => ((values.department ? 1 : 0) + (values.specialistId ? 1 : 0) === 1 ? undefined : 'estate.reception.question.one_of');

/** REC-2: a consultation the desk cannot answer goes to a specialist with the time promised to the resident. */
export const AskSpecialistButton = () => {
  const record = useRecordContext<ReceptionEntry>();
  const { permissions } = usePermissions<string | undefined>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const submit = useFormAction(
    (values: { question: string; department?: string; specialistId?: number; promisedBy?: string }) =>
      receptionApi.askSpecialist(record!.id, {
        question: values.question.trim(),
        ...(values.department ? { department: values.department } : {}),
        ...(values.specialistId ? { specialistId: Number(values.specialistId) } : {}),
        ...(values.promisedBy ? { promisedBy: new Date(values.promisedBy).toISOString() } : {}),
      }),
    { successMessage: 'ra.notification.created', onSuccess: () => setOpen(false) },
  );
  if (!record || record.caseId || !permitted(permissions, 'reception-entries', 'create')) return null;
  return (
    <>
      <Button label="estate.reception.ask_specialist" onClick={() => setOpen(true)}>
        <HelpCenterIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('estate.reception.question.title')}</DialogTitle>
        {open && (
          <Form record={{ question: record.content }} onSubmit={submit}>
            <DialogContent sx={{ pt: 0 }}>
              <TextInput source="question" label="estate.reception.question.text" multiline minRows={3} validate={[required(), maxLength(5000)]} fullWidth />
              <SelectInput source="department" label="estate.reception.question.department" choices={keyed(DEPARTMENTS, 'estate.reception.department')} validate={oneOf} fullWidth />
              <ReferenceInput source="specialistId" reference="staff" filter={{ active: true }}>
                <AutocompleteInput label="estate.reception.question.specialist" optionText="displayName" filterToQuery={(q: string) => ({ q })} validate={oneOf} fullWidth />
              </ReferenceInput>
              <DateTimeInput source="promisedBy" label="estate.reception.question.promised" helperText="estate.reception.question.promised_hint" fullWidth />
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
              <SaveButton label="estate.reception.ask_specialist" alwaysEnable />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </>
  );
};
