import { badRequest } from './errors';

/**
 * What no field of the API takes, whatever its type: checked once for the whole body and query
 * (the global pipe) and for the JSON of a list's `filter`, so that such input is a 400 naming the
 * field instead of an error deep in the database driver or a stack overflow.
 */

/** Deeper than any form the API reads (a policy's data is the deepest, at about 5 levels). */
export const MAX_DEPTH = 32;

/** Keys that would reach an object's prototype when copied or looked up. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A NUL (PostgreSQL text cannot hold it) or half of a UTF-16 surrogate pair (not a character at all). */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'must not contain a lone surrogate (half of a UTF-16 character)';
  return undefined;
}

const join = (prefix: string, key: string | number) => (prefix ? `${prefix}.${key}` : String(key));

/**
 * Throws a 400 naming the first field that holds text no column can store, a prototype key, or
 * nesting deeper than MAX_DEPTH. Walks at most MAX_DEPTH levels, so a body nested 10,000 deep is
 * refused without recursing through it.
 */
export function assertSafeInput(value: unknown, prefix = '', depth = 0): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw badRequest(prefix || 'body', problem);
    return;
  }
  // 1e-7 or 1e21 and beyond: JavaScript writes them with an exponent, which no amount, count or id has
  // (and which class-validator's decimal check cannot read).
  if (typeof value === 'number' && /e/i.test(String(value))) throw badRequest(prefix || 'body', 'is too small or too large a number');
  if (typeof value !== 'object' || value === null) return;
  if (depth >= MAX_DEPTH) throw badRequest(prefix || 'body', `must not be nested more than ${MAX_DEPTH} levels deep`);
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertSafeInput(item, join(prefix, i), depth + 1));
    return;
  }
  // Own keys only: a parsed body has no others, and `__proto__` from JSON.parse is an own key.
  for (const key of Object.keys(value)) {
    const field = join(prefix, key);
    if (textProblem(key)) throw badRequest(prefix || 'body', 'must not have a field name with a NUL character or a lone surrogate');
    if (PROTOTYPE_KEYS.has(key)) throw badRequest(field, 'is not a field the API takes');
    assertSafeInput((value as Record<string, unknown>)[key], field, depth + 1);
  }
}
