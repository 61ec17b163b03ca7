import { Typography } from '@mui/material';
import { useCallback } from 'react';
import {
  Create,
  maxLength,
  regex,
  required,
  SimpleForm,
  TextInput,
  useCreate,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { errorMessage, fieldErrors } from '../../common/errors';

/** The business calendar's shape, as an example for the most common policy. */
const CALENDAR_EXAMPLE = JSON.stringify(
  { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5], workStart: '08:30', workEnd: '17:30' },
  null,
  2,
);

const policyKey = regex(/^[a-z][a-z0-9-]{1,39}$/, 'estate.policies.key_invalid');

/** The data is typed as JSON text and must be a JSON object before it is sent. */
const jsonObject = (value: unknown) => {
  if (value == null || value === '') return undefined;
  try {
    const parsed = JSON.parse(String(value));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? undefined : 'estate.policies.json_object';
  } catch (error) {
    return { message: 'estate.policies.json_invalid', args: { error: error instanceof Error ? error.message : '' } };
  }
};

/** The API names errors inside the data `data.workStart`: they all belong under the JSON input. */
const toInput = (field: string) => (field === 'data' || field.startsWith('data.') ? 'dataJson' : field);

const Help = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" component="div" sx={{ mb: 2, maxWidth: 720 }}>
      {translate('estate.policies.help')}
      <Typography component="pre" variant="caption" sx={{ fontFamily: 'monospace', mt: 1, mb: 0 }}>
        calendar: {CALENDAR_EXAMPLE}
      </Typography>
    </Typography>
  );
};

/**
 * A new version of a policy (POST /policies). The API validates the data against the policy's
 * schema; its field errors (`data.workStart: must be HH:MM`) show under the JSON input, prefixed
 * with the field inside the data.
 */
export const PolicyCreate = () => {
  const [create] = useCreate();
  const notify = useNotify();
  const redirect = useRedirect();
  const save = useCallback(
    async (values: FieldValues) => {
      const data = {
        key: String(values.key).trim(),
        data: JSON.parse(String(values.dataJson)) as Record<string, unknown>,
        ...(values.note ? { note: String(values.note) } : {}),
      };
      try {
        await create('policies', { data }, { returnPromise: true });
      } catch (error) {
        const message = errorMessage(error);
        notify(message, { type: 'error', messageArgs: { _: message } });
        const errors = fieldErrors(error);
        if (!errors) return undefined;
        const mapped: Record<string, string> = {};
        for (const [field, text] of Object.entries(errors)) {
          const input = toInput(field);
          const line = field.startsWith('data.') ? `${field.slice(5)}: ${text}` : String(text);
          mapped[input] = mapped[input] ? `${mapped[input]}; ${line}` : line;
        }
        return mapped;
      }
      notify('estate.policies.saved', { type: 'success' });
      redirect('list', 'policies');
      return undefined;
    },
    [create, notify, redirect],
  );
  return (
    <Create>
      <SimpleForm onSubmit={save} sx={{ maxWidth: 860 }}>
        <Help />
        <TextInput source="key" validate={[required(), policyKey]} helperText="estate.policies.key_hint" />
        <TextInput
          source="dataJson"
          label="resources.policies.fields.data"
          validate={[required(), jsonObject]}
          multiline
          minRows={8}
          fullWidth
          sx={{ '& textarea': { fontFamily: 'monospace' } }}
        />
        <TextInput source="note" validate={maxLength(500)} multiline fullWidth helperText="estate.policies.note_hint" />
      </SimpleForm>
    </Create>
  );
};
