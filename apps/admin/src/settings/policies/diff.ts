import type { z } from 'zod';
import { describe, shapeOf, type Described } from './schema';
import type { Words } from './words';

/** One change of a new version, in words: where (the labels down to it), what it was, what it becomes. */
export interface Change {
  where: string[];
  kind: 'changed' | 'added' | 'removed';
  from?: string;
  to?: string;
}

const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined).map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
      : value;

export const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

interface Labels {
  zh: string;
  en: string;
  row: (n: number) => string;
}

/** What changes from `before` to `after`, field by field, rows matched by their code (or their place). */
export function diffPolicy(schema: z.ZodType, before: unknown, after: unknown, words: Words, labels: Labels): Change[] {
  const changes: Change[] = [];

  const walk = (d: Described, a: unknown, b: unknown, where: string[]) => {
    if (same(a, b)) return;
    const shape = shapeOf(d);
    const absent = a === undefined || b === undefined || a === null || b === null;
    if (d.meta?.input === 'bilingual' && !absent) {
      const x = a as { zh?: string; en?: string };
      const y = b as { zh?: string; en?: string };
      if (x.zh !== y.zh) changes.push({ where: [...where, labels.zh], kind: 'changed', from: x.zh, to: y.zh });
      if (x.en !== y.en) changes.push({ where: [...where, labels.en], kind: 'changed', from: x.en, to: y.en });
      return;
    }
    if (shape.kind === 'leaf' || shape.kind === 'variants' || absent) {
      changes.push({ where, kind: 'changed', from: words.value(d, a), to: words.value(d, b) });
      return;
    }
    if (shape.kind === 'object') {
      for (const [key, field] of shape.fields) {
        const f = describe(field);
        walk(f, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...where, words.label(f.meta, key)]);
      }
      return;
    }
    if (shape.kind === 'list') {
      const rows = describe(shape.row);
      const x = a as unknown[];
      const y = b as unknown[];
      const coded = [...x, ...y].every((r) => r && typeof r === 'object' && typeof (r as { code?: unknown }).code === 'string');
      if (!coded && shapeOf(rows).kind === 'leaf' && rows.meta?.input !== 'bilingual') {
        changes.push({ where, kind: 'changed', from: words.value(d, a), to: words.value(d, b) });
        return;
      }
      const keyOf = (row: unknown, i: number) => (coded ? (row as { code: string }).code : String(i));
      const before = new Map(x.map((row, i) => [keyOf(row, i), row]));
      const afterKeys = new Set(y.map(keyOf));
      y.forEach((row, i) => {
        const key = keyOf(row, i);
        const title = coded ? words.rowTitle(row, i) : labels.row(i + 1);
        if (!before.has(key)) changes.push({ where, kind: 'added', to: words.rowTitle(row, i) });
        else walk(rows, before.get(key), row, [...where, title]);
      });
      x.forEach((row, i) => {
        if (!afterKeys.has(keyOf(row, i))) changes.push({ where, kind: 'removed', from: words.rowTitle(row, i) });
      });
      return;
    }
    if (shape.kind === 'map') {
      const entries = describe(shape.value);
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      for (const key of Object.keys(y)) {
        if (!(key in x)) changes.push({ where, kind: 'added', to: words.entryTitle(d.meta, key, y[key]) });
        else walk(entries, x[key], y[key], [...where, words.entryTitle(d.meta, key, y[key])]);
      }
      for (const key of Object.keys(x)) if (!(key in y)) changes.push({ where, kind: 'removed', from: words.entryTitle(d.meta, key, x[key]) });
    }
  };

  walk(describe(schema), before, after, []);
  return changes;
}
