import type { z } from 'zod';
import { policyMeta, type FieldMeta, type InputKind } from '../../../../api/src/policies/fields';

export { POLICY_KINDS, policyKind, type PolicyKind } from '../../../../api/src/policies/kinds';
export { chineseOf, ISO_DURATION, WEEKDAY_NAMES, type Bilingual, type FieldMeta, type Unit } from '../../../../api/src/policies/fields';

/**
 * Reading a policy's schema (the API's own, imported): what a value is, what it is called, its limits.
 * The form, the words of a value and the list of changes are all built from this.
 */

type Schema = z.ZodType;
// zod keeps a schema's parts in its `def`; these are the parts the policies use.
interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  options?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean } } }[];
}
const defOf = (schema: Schema) => (schema as unknown as { def: Def }).def;

/** The kinds of value a form lays out. */
export type Shape =
  | { kind: 'leaf'; input: InputKind | 'number' | 'text' | 'enum' | 'boolean' }
  | { kind: 'object'; fields: [string, Schema][] }
  | { kind: 'list'; row: Schema }
  | { kind: 'map'; value: Schema; keyPattern?: RegExp }
  | { kind: 'variants'; options: Schema[] };

export interface Described {
  schema: Schema;
  meta: FieldMeta | undefined;
  optional: boolean;
  nullable: boolean;
}

/** Through `.optional()` and `.nullable()`, to the schema that carries the description. */
export function describe(schema: Schema): Described {
  let current = schema;
  let optional = false;
  let nullable = false;
  let meta = policyMeta.get(current);
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') optional = true;
    else if (def.type === 'nullable') nullable = true;
    else break;
    current = def.innerType!;
    meta ??= policyMeta.get(current);
  }
  return { schema: current, meta, optional, nullable };
}

const ATOMIC: InputKind[] = ['duration', 'due', 'time', 'weekdays', 'percent', 'enumList', 'bilingual'];

export function shapeOf(described: Described): Shape {
  const { schema, meta } = described;
  if (meta?.input && ATOMIC.includes(meta.input)) return { kind: 'leaf', input: meta.input };
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return { kind: 'object', fields: Object.entries(def.shape ?? {}) };
    case 'array':
      return { kind: 'list', row: def.element! };
    case 'record':
      return { kind: 'map', value: def.valueType!, keyPattern: patternOf(def.keyType!) };
    case 'union':
      return { kind: 'variants', options: def.options ?? [] };
    case 'enum':
      return { kind: 'leaf', input: 'enum' };
    case 'number':
      return { kind: 'leaf', input: 'number' };
    case 'boolean':
      return { kind: 'leaf', input: 'boolean' };
    default:
      return { kind: 'leaf', input: meta?.input ?? 'text' };
  }
}

const checksOf = (schema: Schema) => (defOf(schema).checks ?? []).map((c) => c._zod.def);

/** A number's or a list's limits, a text's lengths. */
export function limitsOf(schema: Schema): { min?: number; max?: number; integer: boolean } {
  const number = schema as unknown as { minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  if (defOf(schema).type === 'number') {
    return { min: number.minValue ?? undefined, max: number.maxValue ?? undefined, integer: !!number.isInt };
  }
  const limits: { min?: number; max?: number; integer: boolean } = { integer: false };
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') limits.min = check.minimum;
    if (check.check === 'max_length') limits.max = check.maximum;
  }
  return limits;
}

function patternOf(schema: Schema): RegExp | undefined {
  const found = (defOf(schema).checks ?? []).map((c) => (c._zod.def as { pattern?: RegExp }).pattern).find(Boolean);
  return found ?? undefined;
}

/** An object's fields, whatever its description makes of it (a text in both languages is one input). */
export const partsOf = (schema: Schema): Record<string, Schema> => defOf(schema).shape ?? {};

/** An enum's values. */
export const valuesOf = (schema: Schema): string[] => Object.values(defOf(schema).entries ?? {});

/** The part of a schema at a path of the data, or undefined where the path leaves it. */
export function schemaAt(root: Schema, path: (string | number)[]): Described | undefined {
  let here = describe(root);
  for (const step of path) {
    const shape = shapeOf(here);
    let next: Schema | undefined;
    if (shape.kind === 'object') next = shape.fields.find(([key]) => key === String(step))?.[1];
    else if (shape.kind === 'list') next = shape.row;
    else if (shape.kind === 'map') next = shape.value;
    if (!next) return undefined;
    here = describe(next);
  }
  return here;
}

/**
 * Where an error at a path of the data is shown: at the input that edits it (a deadline is one input, so
 * an error inside it is shown on the deadline as a whole).
 */
export function inputPathOf(root: Schema, path: (string | number)[]): (string | number)[] {
  let here = describe(root);
  const kept: (string | number)[] = [];
  for (const step of path) {
    // A text in both languages is two inputs: each shows its own error.
    if (here.meta?.input === 'bilingual') {
      kept.push(step);
      break;
    }
    const shape = shapeOf(here);
    if (shape.kind === 'leaf' || shape.kind === 'variants') break;
    const next = schemaAt(here.schema, [step]);
    if (!next) break;
    kept.push(step);
    here = next;
  }
  return kept;
}

/** The variant of a union a value is (the one whose keys it has), for the deadline-like choices. */
export function variantOf(options: Schema[], value: unknown): number {
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const index = options.findIndex((option) => {
      const shape = shapeOf(describe(option));
      return shape.kind === 'object' && shape.fields.some(([key]) => keys.includes(key));
    });
    if (index >= 0) return index;
  }
  return 0;
}
