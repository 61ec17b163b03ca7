import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { chineseOf, describe, inputPathOf, schemaAt, shapeOf } from './schema';
import type { Words } from './words';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Issue = z.core.$ZodIssue;

/**
 * A refusal in the staff's words, beside the field it concerns: the limits in the field's unit ("不能少于
 * 1 小时"), the schema's own sentences in Chinese, and a deadline or a duration that is not filled in.
 */
export function issueText(issue: Issue, root: z.ZodType, translate: Translate, words: Words, locale: string): string {
  const at = schemaAt(root, issue.path as (string | number)[]);
  // A deadline or a length of time is one input: whatever is wrong inside it, it asks for the whole.
  const input = schemaAt(root, inputPathOf(root, issue.path as (string | number)[]));
  const kind = input && shapeOf(input).kind === 'leaf' ? (shapeOf(input) as { input: string }).input : undefined;
  if (kind === 'due' || kind === 'duration') return translate(`estate.policies.check.${kind}`);
  const bound = (value: unknown) => (typeof value === 'number' && at ? words.value({ ...at, optional: false, nullable: false }, value) : String(value));
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return translate('estate.policies.check.rows_min', { smart_count: Number(issue.minimum) });
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? translate('ra.validation.required') : translate('ra.validation.minLength', { min: Number(issue.minimum) });
      return translate('estate.policies.check.min', { min: bound(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return translate('estate.policies.check.rows_max', { smart_count: Number(issue.maximum) });
      if (issue.origin === 'string') return translate('ra.validation.maxLength', { max: Number(issue.maximum) });
      return translate('estate.policies.check.max', { max: bound(issue.maximum) });
    case 'invalid_type':
      if (issue.expected === 'int') return translate('estate.policies.check.integer');
      return translate('ra.validation.required');
    case 'invalid_value':
    case 'invalid_union':
      return translate('estate.policies.check.choose');
    default:
      return (locale === 'zh' ? chineseOf(issue.message) : undefined) ?? issue.message;
  }
}

/** Puts `error` at `path` in a react-hook-form error tree; a list, a map or a group keeps its own under `root`. */
function place(tree: Record<string, unknown>, path: (string | number)[], error: { type: string; message: string }, leaf: boolean) {
  let node = tree;
  for (const step of path) {
    node[step] ??= {};
    node = node[step] as Record<string, unknown>;
  }
  const slot = leaf ? node : ((node.root ??= {}) as Record<string, unknown>);
  if (slot.message === undefined) Object.assign(slot, error);
}

/** The errors of a policy's data as react-hook-form shows them, each at the input that edits it. */
export function errorTree(issues: Issue[], root: z.ZodType, text: (issue: Issue) => string): FieldErrors {
  const tree: Record<string, unknown> = {};
  for (const issue of issues) {
    const path = inputPathOf(root, issue.path as (string | number)[]);
    const at = schemaAt(root, path);
    const leaf = !at || (shapeOf(at).kind !== 'object' && shapeOf(at).kind !== 'list' && shapeOf(at).kind !== 'map') || !path.length;
    place(tree, path.length ? path : ['root'], { type: issue.code, message: text(issue) }, leaf);
  }
  return tree as FieldErrors;
}

/**
 * The data a form holds, as the API takes it: an optional number left empty is left out (the default
 * applies), a nullable one left empty is null.
 */
export function toPolicyData(schema: z.ZodType, value: unknown): unknown {
  const d = describe(schema);
  if (value === '' || value === null || value === undefined) return d.optional ? undefined : d.nullable ? null : value;
  const shape = shapeOf(d);
  if (shape.kind === 'object' && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of shape.fields) {
      const v = toPolicyData(field, (value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  if (shape.kind === 'list' && Array.isArray(value)) return value.map((row) => toPolicyData(shape.row, row));
  if (shape.kind === 'map' && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toPolicyData(shape.value, entry)]));
  }
  return value;
}

/** The form's resolver: the schema the API validates with, checked before the changes are shown. */
export const policyResolver =
  (schema: z.ZodType, text: (issue: Issue) => string, noteTooLong: string): Resolver<FieldValues> =>
  async (values) => {
    const data = toPolicyData(schema, values.data);
    const result = schema.safeParse(data);
    const errors: Record<string, unknown> = {};
    if (!result.success) errors.data = errorTree(result.error.issues, schema, text);
    if (typeof values.note === 'string' && values.note.length > 500) errors.note = { type: 'too_big', message: noteTooLong };
    return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors } : { values: { ...values, data }, errors: {} };
  };
