import type { FieldValues } from 'react-hook-form';

/** The API's message of a failed call (the data provider puts it in `error.message`). */
export const errorMessage = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

/**
 * The field errors of a 400, as the data provider folded them (`body.errors = { field: message }`),
 * without the `root` entry: a form's submit handler returns them and react-admin shows each one
 * under its input. A field the form has no input for (e.g. `data.workStart`) can be renamed with `rename`.
 */
export const fieldErrors = (
  error: unknown,
  rename: (field: string) => string = (field) => field,
): FieldValues | undefined => {
  const errors = (error as { body?: { errors?: unknown } } | null)?.body?.errors;
  if (!errors || typeof errors !== 'object') return undefined;
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors as Record<string, unknown>)) {
    if (field === 'root' || typeof message !== 'string') continue;
    const name = rename(field);
    result[name] = result[name] ? `${result[name]}; ${message}` : message;
  }
  return Object.keys(result).length ? result : undefined;
};
