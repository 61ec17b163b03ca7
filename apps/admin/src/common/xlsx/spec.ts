import type { RaRecord } from 'react-admin';
import type { EnumName } from '../enums';

/**
 * How a list's records become a workbook: its columns, declared once beside the list, each with the
 * translation key of the title the page shows and the kind of value it holds.
 *
 * - text: as it is; masked: an identity number as the API gives it (masked for a role without the right;
 *   the export never asks for the full number);
 * - datetime: an instant, as a real Excel date in the time the page shows it (the browser's, or `timeZone`);
 * - date: a calendar day "YYYY-MM-DD" (or the local day of an instant); month: a billing period "YYYY-MM";
 * - money: yuan, a number with two decimals; count and number: numbers;
 * - enum: a code shown by its label (`estate.enums.<enumName>.<code>`, or `<prefix>.<code>`);
 * - boolean: yes / no (or the two keys given);
 * - reference: an id shown by the referenced record's name (fetched with `getMany`).
 */
export type ColumnKind = 'text' | 'masked' | 'datetime' | 'date' | 'month' | 'money' | 'count' | 'number' | 'enum' | 'boolean' | 'reference';

/** What a column's `get` may use: the UI's language and its translations. */
export interface ExportContext {
  locale: string;
  translate: (key: string, options?: Record<string, unknown>) => string;
  /** What the spec's `load` fetched before the rows were written (a catalogue's names...). */
  loaded?: unknown;
}

/** How a referenced record is named: one of its fields, or a function of it. */
export type Display = string | ((record: RaRecord, context: ExportContext) => string);

export interface ExportColumn<R = any> {
  kind: ColumnKind;
  /** Where the value is in the record (a dot path); also the default title `resources.<resource>.fields.<source>`. */
  source: string;
  /** The translation key of the column's title, as the list page uses it. */
  label?: string;
  /** The value, when it is not simply the record's value at `source`. */
  get?: (record: R, context: ExportContext) => unknown;
  /** enum: the enumeration of `estate.enums`, or the prefix of the labels' keys. */
  enumName?: EnumName;
  prefix?: string;
  /** boolean: the keys of the two labels (yes / no by default). */
  yes?: string;
  no?: string;
  /** reference: the resource whose records the ids name, and how each is named. */
  reference?: string;
  display?: Display;
  /** datetime: the time zone the page shows the instant in (the browser's by default). */
  timeZone?: string;
}

/** A list's workbook. `filters` describe the list's filter values the same way (their `source` is the filter's name). */
export interface ExportSpec {
  /** The resource the list shows (its fields' titles are `resources.<resource>.fields.<source>`). */
  resource: string;
  columns: ExportColumn[];
  filters?: ExportColumn[];
  /** The translation key of the list's title, when the page gives one (else the resource's name). */
  title?: string;
  /** Fetched once before the rows are written, for the columns' `get` (as `context.loaded`). */
  load?: () => Promise<unknown>;
}

type Options<R> = Omit<Partial<ExportColumn<R>>, 'kind' | 'source'>;

const column =
  (kind: ColumnKind) =>
  <R = any>(source: string, options: Options<R> = {}): ExportColumn<R> => ({ kind, source, ...options });

/** The columns' and filters' builders: `col.datetime('createdAt')`, `col.enum('tier', 'complaintTier')`... */
export const col = {
  text: column('text'),
  masked: column('masked'),
  datetime: column('datetime'),
  date: column('date'),
  month: column('month'),
  money: column('money'),
  count: column('count'),
  number: column('number'),
  boolean: column('boolean'),
  enum: <R = any>(source: string, enumName: EnumName, options: Options<R> = {}): ExportColumn<R> => ({ kind: 'enum', source, enumName, ...options }),
  /** A code whose labels are `<prefix>.<code>` (the areas' own enumerations). */
  choice: <R = any>(source: string, prefix: string, options: Options<R> = {}): ExportColumn<R> => ({ kind: 'enum', source, prefix, ...options }),
  reference: <R = any>(source: string, reference: string, display: Display, options: Options<R> = {}): ExportColumn<R> => ({
    kind: 'reference',
    source,
    reference,
    display,
    ...options,
  }),
};

/** The staff are named by their display name everywhere. */
export const staffName: Display = 'displayName';

/** The estate's time zone: the pages that show China time whatever the browser's (the reception log, the gate). */
export const CHINA_TIME = 'Asia/Shanghai';

/**
 * A list's pair of day filters over instants (`to` excluded: "until 30 Nov" is sent as the start of 1 Dec),
 * worded as the days the page shows, both included; in the estate's time when the page picks its days so.
 */
export const dayRange = (from = 'from', to = 'to', timeZone?: string): ExportColumn[] => [
  col.date(from, { timeZone }),
  col.date(to, {
    timeZone,
    get: (values: Record<string, unknown>) => (values[to] ? new Date(new Date(String(values[to])).getTime() - 1) : null),
  }),
];
