import type { RaRecord } from 'react-admin';
import { enumLabel } from '../enums';
import type { Display, ExportColumn, ExportContext, ExportSpec } from './spec';

/** What a cell of the workbook holds: text, a number, or a date (Excel's, without a time zone). */
export type Cell = string | number | Date | null;

/** The referenced records fetched for the export, by resource and id. */
export type Related = Record<string, Map<string, RaRecord>>;

/** The value at a dot path ("household.unit.number"). */
export const valueAt = (record: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), record);

const clocks = new Map<string, Intl.DateTimeFormat>();

const clockOf = (timeZone: string | undefined): Intl.DateTimeFormat => {
  const key = timeZone ?? '';
  let clock = clocks.get(key);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(key, clock);
  }
  return clock;
};

/**
 * An instant as the clock on the wall reads it in `timeZone` (the browser's when none), to the second,
 * as a Date whose UTC fields are that reading: Excel's dates have no time zone, and exceljs writes a
 * Date's UTC fields. The page shows the same time.
 */
export const wallClock = (instant: Date, timeZone?: string): Date => {
  const parts: Record<string, number> = {};
  for (const part of clockOf(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second));
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const instantOf = (value: unknown): Date | null => {
  if (!(value instanceof Date) && typeof value !== 'string' && typeof value !== 'number') return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
};

/** A calendar day "YYYY-MM-DD" as itself; an instant as its day on the wall clock. */
const dayOf = (value: unknown, timeZone?: string): Date | null => {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const at = instantOf(value);
  if (!at) return null;
  const clock = wallClock(at, timeZone);
  return new Date(Date.UTC(clock.getUTCFullYear(), clock.getUTCMonth(), clock.getUTCDate()));
};

const monthOf = (value: unknown): Date | null => {
  const match = typeof value === 'string' ? MONTH.exec(value) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
};

/** A referenced record's name. */
export const nameOf = (record: RaRecord, display: Display, context: ExportContext): string =>
  typeof display === 'function' ? display(record, context) : String(record[display] ?? '');

const isTrue = (value: unknown) => value === true || value === 'true';

/** One value as text: a list of them joined, an object never shown (it would read as JSON). */
const textOf = (value: unknown): string | null => {
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join('、') || null;
  if (typeof value === 'object') return null;
  return String(value);
};

/** The cell of a column for a record: the same words, names and times the page shows, as Excel values. */
export const cellOf = (column: ExportColumn, record: unknown, context: ExportContext, related: Related = {}): Cell => {
  const raw = column.get ? column.get(record, context) : valueAt(record, column.source);
  if (raw == null || raw === '') return null;
  const { translate } = context;
  switch (column.kind) {
    case 'datetime': {
      const at = instantOf(raw);
      return at ? wallClock(at, column.timeZone) : textOf(raw);
    }
    case 'date':
      return dayOf(raw, column.timeZone) ?? textOf(raw);
    case 'month':
      return monthOf(raw) ?? textOf(raw);
    case 'money': {
      const amount = Number(raw);
      return Number.isFinite(amount) ? Math.round(amount * 100) / 100 : textOf(raw);
    }
    case 'count':
    case 'number': {
      const number = Number(raw);
      return Number.isFinite(number) ? number : textOf(raw);
    }
    case 'enum': {
      const labelOf = (code: unknown) => {
        const key = column.enumName ? enumLabel(column.enumName, String(code)) : `${column.prefix}.${String(code)}`;
        return translate(key, { _: String(code) });
      };
      return Array.isArray(raw) ? raw.map(labelOf).join('、') : labelOf(raw);
    }
    case 'boolean':
      return translate(isTrue(raw) ? (column.yes ?? 'ra.boolean.true') : (column.no ?? 'ra.boolean.false'));
    case 'reference': {
      const nameFor = (id: unknown) => {
        const found = related[column.reference ?? '']?.get(String(id));
        return (found && column.display ? nameOf(found, column.display, context) : '') || `#${String(id)}`;
      };
      return Array.isArray(raw) ? raw.map(nameFor).join('、') : nameFor(raw);
    }
    default:
      return textOf(raw);
  }
};

/** The title of a column or a filter: the page's label, or react-admin's `resources.<resource>.fields.<source>`. */
export const labelOf = (column: ExportColumn, resource: string): string => column.label ?? `resources.${resource}.fields.${column.source}`;

/** How a filter without a declaration is read: a flag as yes / no, anything else as it is. */
const undeclared = (source: string, value: unknown): ExportColumn =>
  source === 'q' ? { kind: 'text', source, label: 'ra.action.search' } : { kind: typeof value === 'boolean' ? 'boolean' : 'text', source };

/** A filter's value as words, in the UI's language. */
const filterText = (cell: Cell, column: ExportColumn, locale: string): string => {
  if (cell == null) return '';
  if (cell instanceof Date) {
    const options: Intl.DateTimeFormatOptions =
      column.kind === 'datetime' ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } : column.kind === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', options).format(cell);
  }
  return String(cell);
};

/** "Filters: Tier: Major; Channel: Hotline", from the list's filter values; "none" without any. */
export const describeFilters = (
  spec: Pick<ExportSpec, 'filters' | 'resource'>,
  filterValues: Record<string, unknown>,
  context: ExportContext,
  related: Related = {},
): string => {
  const { translate } = context;
  const parts: string[] = [];
  for (const [source, value] of Object.entries(filterValues)) {
    if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const column = spec.filters?.find((filter) => filter.source === source) ?? undeclared(source, value);
    const text = filterText(cellOf(column, filterValues, context, related), column, context.locale);
    if (!text) continue;
    parts.push(translate('estate.export.filter', { name: translate(labelOf(column, spec.resource), { _: source }), value: text }));
  }
  return parts.length ? translate('estate.export.filters', { filters: parts.join(translate('estate.export.separator')) }) : translate('estate.export.no_filters');
};

/** How wide a text looks in a spreadsheet: Chinese characters take two columns. */
export const displayWidth = (text: string): number => {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
};

/** A file name without the characters file systems refuse. */
export const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
