import { Alert, Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { email, Form, RadioButtonGroupInput, SaveButton, SelectInput, TextInput, Title, useNotify, useTranslate, type Validator } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { choices } from '../../common/enums';
import { errorMessage, fieldErrors } from '../../common/errors';
import { phone } from '../../common/validators';
import { API_URL, httpClient } from '../../http';

interface MyNoticeSettings {
  id: number;
  displayName: string;
  taskNotice: 'NONE' | 'EMAIL' | 'SMS' | 'BOTH';
  email: string | null;
  phone: string | null;
  language: 'zh' | 'en';
}

const KEY = ['me', 'notices'];

/** A choice needs its address: the same rule as the API's, said before saving. */
const needed = (channel: 'EMAIL' | 'SMS', message: string): Validator => (value, values) =>
  !value && (values.taskNotice === channel || values.taskNotice === 'BOTH') ? message : undefined;

/** Empty inputs are sent as "none" (null), as the API takes them. */
const body = (values: FieldValues) => ({
  taskNotice: values.taskNotice,
  email: values.email?.trim() || null,
  phone: values.phone?.trim() || null,
  language: values.language,
});

/**
 * "My notification settings": how the signed-in staff member is told of a task that arrives for them or
 * their queue (none, e-mail, SMS, both), where, and in which language. Their own account only (PUT /me/notices);
 * an administrator sets the same choice on the staff page.
 */
export const MyNotices = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const { data, isPending, error } = useQuery({ queryKey: KEY, queryFn: async () => (await httpClient(`${API_URL}/me/notices`)).json as MyNoticeSettings });

  const save = async (values: FieldValues) => {
    try {
      const { json } = await httpClient(`${API_URL}/me/notices`, { method: 'PUT', body: JSON.stringify(body(values)) });
      client.setQueryData(KEY, json);
      notify('estate.my_notices.saved', { type: 'success' });
    } catch (failure) {
      const errors = fieldErrors(failure);
      if (errors) return errors;
      notify(errorMessage(failure), { type: 'error', messageArgs: { _: errorMessage(failure) } });
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="estate.my_notices.title" />
      <CardContent>
        <Typography variant="h6" component="h1">
          {translate('estate.my_notices.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('estate.my_notices.intro')}
        </Typography>
        {isPending && <CircularProgress size={24} />}
        {error != null && <Alert severity="error">{translate('estate.my_notices.load_failed')}</Alert>}
        {data && (
          <Form key={data.id} defaultValues={{ taskNotice: data.taskNotice, email: data.email ?? '', phone: data.phone ?? '', language: data.language }} onSubmit={save} noValidate>
            <RadioButtonGroupInput source="taskNotice" label="estate.my_notices.choice" choices={choices('taskNotice')} row={false} />
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
              <TextInput source="email" type="email" label="resources.staff.fields.email" helperText="estate.my_notices.email_hint" validate={[email(), needed('EMAIL', 'estate.my_notices.email_needed')]} />
              <TextInput source="phone" type="tel" label="resources.staff.fields.phone" helperText="estate.my_notices.phone_hint" validate={[phone, needed('SMS', 'estate.my_notices.phone_needed')]} />
              <SelectInput source="language" label="estate.my_notices.language" helperText="estate.my_notices.language_hint" choices={choices('language')} />
            </Box>
            <SaveButton />
          </Form>
        )}
      </CardContent>
    </Card>
  );
};
