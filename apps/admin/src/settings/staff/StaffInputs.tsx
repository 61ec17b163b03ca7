import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanInput,
  email,
  maxLength,
  minLength,
  PasswordInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { choices } from '../../common/enums';
import { pickWritable } from '../../common/transform';
import { phone, username } from '../../common/validators';

const FIELDS = ['displayName', 'role', 'department', 'phone', 'email', 'language', 'taskNotice', 'active'] as const;

/** Create takes the username and the initial password (at least 8 characters). */
export const staffCreateTransform = pickWritable(['username', 'password', ...FIELDS]);

const pickEdit = pickWritable(['password', ...FIELDS]);
/** The username never changes; a new password is sent only when one was typed. */
export const staffEditTransform = (data: Record<string, unknown>) => {
  const body = pickEdit(data);
  if (!body.password) delete body.password;
  return body;
};

export const staffDefaults = { language: 'zh', active: true, department: 'CS', taskNotice: 'NONE' };

const Grid = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
      columnGap: 2,
      width: '100%',
      maxWidth: 860,
    }}
  >
    {children}
  </Box>
);

export const StaffInputs = ({ edit = false }: { edit?: boolean }) => (
  <Grid>
    <TextInput source="username" validate={[required(), username]} readOnly={edit} autoComplete="off" />
    <TextInput source="displayName" validate={[required(), maxLength(64)]} />
    {edit ? (
      <PasswordInput
        source="password"
        label="estate.staff.new_password"
        validate={minLength(8)}
        helperText="estate.staff.new_password_hint"
        autoComplete="new-password"
      />
    ) : (
      <PasswordInput
        source="password"
        validate={[required(), minLength(8)]}
        helperText="estate.staff.password_hint"
        autoComplete="new-password"
      />
    )}
    <span />
    <SelectInput source="role" choices={choices('role')} validate={required()} />
    <SelectInput source="department" choices={choices('department')} validate={required()} />
    <TextInput source="phone" validate={phone} />
    <TextInput source="email" type="email" validate={email()} />
    <SelectInput source="language" choices={choices('language')} validate={required()} />
    <SelectInput source="taskNotice" choices={choices('taskNotice')} validate={required()} />
    <BooleanInput source="active" />
  </Grid>
);
