import { isDeepStrictEqual } from 'node:util';
import { badRequest } from './errors';

/** An ISO 8601 date-time as the API writes it ("2026-11-23T08:00:00.000Z"). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as the client saw it in a JSON answer (dates as ISO strings, no undefined). */
const asJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** The same value as stored: equal as JSON, or the same instant written another way. */
function same(given: unknown, stored: unknown): boolean {
  const saw = asJson(stored);
  if (isDeepStrictEqual(asJson(given), saw)) return true;
  return typeof given === 'string' && typeof saw === 'string' && DATE_TIME.test(saw) && Date.parse(given) === Date.parse(saw);
}

export interface AskedOptions {
  /**
   * Records of other resources that GET attaches for reading (a household's unit, a complaint's case).
   * They are never written through this record, so whatever a client sends back under them is left out.
   */
  attached?: readonly string[];
}

/**
 * What a PUT asks to change. `ra-data-simple-rest`'s `update` sends the whole record it read (its id,
 * timestamps and attached records included), not only the edited fields. Compared with the stored record
 * as GET answers it, a field that still holds the stored value is no change and is left out; what is left
 * is what the client asks to change, and is validated as such (a field that is not the record's, unknown
 * to the DTO, is still refused by the validation). A body that is not a JSON object is refused here.
 */
export function askedChanges(body: unknown, stored: object, options: AskedOptions = {}): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('body', 'must be a JSON object');
  const record = stored as Record<string, unknown>;
  const attached = new Set(options.attached ?? []);
  return Object.fromEntries(
    Object.entries(body).filter(([field, value]) => !attached.has(field) && !(field in record && same(value, record[field]))),
  );
}
