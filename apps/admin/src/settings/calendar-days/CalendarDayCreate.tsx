import { BooleanInput, Create, DateInput, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { pickWritable } from '../../common/transform';

/** POST /calendar-days takes exactly these fields; the id is the date. */
const transform = pickWritable(['date', 'workday', 'nameZh', 'nameEn'] as const);

export const CalendarDayCreate = () => (
  <Create transform={transform} redirect="list">
    <SimpleForm defaultValues={{ workday: false }} sx={{ maxWidth: 720 }}>
      <DateInput source="date" validate={required()} />
      <BooleanInput source="workday" helperText="estate.calendar.workday_hint" />
      <TextInput source="nameZh" validate={[required(), maxLength(60)]} />
      <TextInput source="nameEn" validate={[required(), maxLength(60)]} />
    </SimpleForm>
  </Create>
);
