import type { FormField } from './types';

export interface FieldError {
  field: string;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks completion data against a task's form: required fields, types, choices, no unknown fields. */
/** A refusal's message: its field errors as "field: reason; field: reason" (the API's 400s read the same). */
export const fieldSummary = (errors: FieldError[]): string => errors.map((e) => `${e.field}: ${e.message}`).join('; ');

export function validateForm(form: FormField[], data: unknown): FieldError[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [{ field: 'formData', message: 'must be an object' }];
  const values = data as Record<string, unknown>;
  const errors: FieldError[] = [];
  const known = new Set(form.map((f) => f.name));
  for (const name of Object.keys(values)) if (!known.has(name)) errors.push({ field: name, message: 'is not a field of this form' });
  for (const field of form) {
    const value = values[field.name];
    const empty = value === undefined || value === null || value === '';
    if (empty) {
      if (field.required) errors.push({ field: field.name, message: 'is required' });
      continue;
    }
    const wrong = (message: string) => errors.push({ field: field.name, message });
    switch (field.type) {
      case 'text':
      case 'textarea':
        if (typeof value !== 'string') wrong('must be text');
        else if (value.length > 5000) wrong('must be at most 5000 characters');
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) wrong('must be a number');
        break;
      case 'boolean':
        if (typeof value !== 'boolean') wrong('must be true or false');
        // A required box is a confirmation: it must be ticked.
        else if (field.required && !value) wrong('must be confirmed');
        break;
      case 'date':
        if (typeof value !== 'string' || !DATE.test(value)) wrong('must be a date (YYYY-MM-DD)');
        break;
      case 'select':
        if (!field.options?.some((o) => o.value === value)) wrong(`must be one of ${field.options?.map((o) => o.value).join(', ')}`);
        break;
    }
  }
  return errors;
}
