import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Alert, Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useCallback, useMemo } from 'react';
import {
  BooleanInput,
  DateInput,
  Form,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { useLocalized } from '../../common/localized';
import { useFormAction } from '../../common/useFormAction';
import type { EstateDataProvider } from '../../dataProvider';
import { getStaff } from '../../session';
import { mayComplete } from './rules';
import type { FormFieldDef, Task } from './types';

/**
 * The form's inputs are named `field_<index>`, not by the process's field names, so that a name
 * with a dot or a clash with react-admin's own names cannot change the form's shape.
 */
const inputName = (index: number) => `field_${index}`;

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const pad = (n: number) => String(n).padStart(2, '0');
const toDay = (value: unknown): string =>
  value instanceof Date
    ? `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`
    : String(value).slice(0, 10);

/**
 * The body of POST /tasks/:id/complete: `{ <name>: value }` with numbers as numbers, booleans as
 * booleans, dates as "YYYY-MM-DD"; empty optional fields are left out (the API checks required ones).
 */
export const toFormData = (form: FormFieldDef[], values: FieldValues): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  form.forEach((field, index) => {
    const value = values[inputName(index)];
    if (field.type === 'boolean') {
      data[field.name] = value === true;
      return;
    }
    if (isEmpty(value)) return;
    switch (field.type) {
      case 'number': {
        const number = typeof value === 'number' ? value : Number(value);
        if (!Number.isNaN(number)) data[field.name] = number;
        break;
      }
      case 'date':
        data[field.name] = toDay(value);
        break;
      case 'text':
      case 'textarea':
        data[field.name] = String(value).trim();
        break;
      default:
        data[field.name] = value;
    }
  });
  return data;
};

const FieldInput = ({ field, index, disabled }: { field: FormFieldDef; index: number; disabled: boolean }) => {
  const { pick } = useLocalized();
  const source = inputName(index);
  const label = pick(field.label) || field.name;
  const validate = field.required && field.type !== 'boolean' ? required() : undefined;
  const common = { source, label, validate, disabled, fullWidth: true } as const;
  switch (field.type) {
    case 'textarea':
      return <TextInput {...common} multiline minRows={3} />;
    case 'number':
      return <NumberInput {...common} />;
    case 'boolean':
      return <BooleanInput source={source} label={label} disabled={disabled} />;
    case 'date':
      return <DateInput {...common} />;
    case 'select':
      return (
        <SelectInput
          {...common}
          translateChoice={false}
          choices={(field.options ?? []).map((option) => ({ id: option.value, name: pick(option.label) || option.value }))}
        />
      );
    default:
      return <TextInput {...common} />;
  }
};

/** Why the form is read-only for this staff member, if it is. */
const Hint = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  if (task.assigneeId != null) {
    return (
      <Alert severity="info">
        {translate('estate.tasks.assigned_to_other', { name: task.assignee?.displayName ?? `#${task.assigneeId}` })}
      </Alert>
    );
  }
  return <Alert severity="info">{translate('estate.tasks.not_a_candidate')}</Alert>;
};

/**
 * The completion form of an open task, built from the task's `form` definition. Completing waits
 * for the API; its field errors show under the inputs and its message as a notification.
 */
export const TaskCompleteForm = () => {
  const task = useRecordContext<Task>();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const form = useMemo(() => (Array.isArray(task?.form) ? task.form : []), [task?.form]);
  const allowed = !!task && mayComplete(task, getStaff());
  const defaults = useMemo(() => {
    const values: Record<string, unknown> = {};
    form.forEach((field, index) => {
      if (field.type === 'boolean') values[inputName(index)] = false;
    });
    return values;
  }, [form]);
  const names = useMemo(() => new Map(form.map((field, index) => [field.name, inputName(index)])), [form]);
  const renameField = useCallback((field: string) => names.get(field) ?? field, [names]);
  const complete = useCallback(
    (values: FieldValues) => dataProvider.completeTask(task!.id, toFormData(form, values)),
    [dataProvider, task, form],
  );
  const onSubmit = useFormAction(complete, { successMessage: 'estate.tasks.completed', renameField });
  if (!task) return null;
  return (
    <Box sx={{ maxWidth: 720 }}>
      {!allowed && <Hint task={task} />}
      <Form key={task.id} record={defaults} onSubmit={onSubmit}>
        <Box sx={{ pt: 1 }}>
          {form.map((field, index) => (
            <FieldInput key={`${field.name}-${index}`} field={field} index={index} disabled={!allowed} />
          ))}
          {form.length === 0 && <NoFields />}
        </Box>
        {allowed && (
          <SaveButton label="estate.tasks.complete" icon={<TaskAltIcon />} alwaysEnable sx={{ minHeight: { xs: 44, sm: 0 } }} />
        )}
      </Form>
    </Box>
  );
};

const NoFields = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate('estate.tasks.no_fields')}
    </Typography>
  );
};

/** One value of completed form data, readable: options by their label, yes/no, dates in the UI's language. */
export const useFormatFormValue = () => {
  const translate = useTranslate();
  const { pick, formatDay } = useLocalized();
  return (field: FormFieldDef | undefined, value: unknown): string => {
    if (value === undefined || value === null || value === '') return translate('estate.common.none');
    if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
    if (field?.type === 'select') {
      const option = field.options?.find((o) => o.value === value);
      if (option) return pick(option.label) || option.value;
    }
    if (field?.type === 'date') return formatDay(value);
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
};

/** The labelled values of completed form data; fields the form no longer defines keep their name. */
export const FormDataTable = ({ form, data }: { form: FormFieldDef[] | null | undefined; data: Record<string, unknown> }) => {
  const { pick } = useLocalized();
  const format = useFormatFormValue();
  const fields = Array.isArray(form) ? form : [];
  const names = [...fields.map((f) => f.name).filter((name) => name in data), ...Object.keys(data).filter((name) => !fields.some((f) => f.name === name))];
  if (names.length === 0) return null;
  return (
    <Table size="small" sx={{ maxWidth: 720, '& td': { verticalAlign: 'top' } }}>
      <TableBody>
        {names.map((name) => {
          const field = fields.find((f) => f.name === name);
          return (
            <TableRow key={name}>
              <TableCell sx={{ color: 'text.secondary', width: '35%' }}>{field ? pick(field.label) || name : name}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{format(field, data[name])}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

/** A completed task: what was entered, by whom, when (read-only). */
export const CompletedTaskData = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  if (!task) return null;
  return (
    <Box>
      <Alert severity="success" sx={{ mb: 1, maxWidth: 720 }}>
        {translate('estate.tasks.completed_by', {
          name: task.completedBy?.displayName ?? (task.completedById != null ? `#${task.completedById}` : translate('estate.timeline.system')),
          at: formatDateTime(task.completedAt),
        })}
      </Alert>
      <FormDataTable form={task.form} data={task.formData ?? {}} />
    </Box>
  );
};
