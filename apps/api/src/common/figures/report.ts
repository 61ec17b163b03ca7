import { isRealDate } from '../dates';
import { badRequest } from '../errors';

/**
 * A figures page as a file: the workbook (xlsx) and the PDF of the monthly report are both drawn from one
 * description, written once per area, with every title, column and label in Chinese and English.
 */

export type Lang = 'zh' | 'en';

/** A text in both languages. */
export interface Text {
  zh: string;
  en: string;
}

export const t = (zh: string, en: string): Text => ({ zh, en });

/** How a column's values read: counts and money as numbers, rates as percentages, instants in the estate's time. */
export type Kind = 'text' | 'count' | 'rate' | 'money' | 'hours' | 'days' | 'number' | 'date' | 'datetime';

export interface Column {
  label: Text;
  kind: Kind;
}

/** A cell: a label (in both languages), a number, an instant, or nothing (shown as a dash). */
export type Cell = string | number | Date | Text | null | undefined;

export interface Table {
  title: Text;
  columns: Column[];
  rows: Cell[][];
  /** The last row is a total (set in bold). */
  total?: boolean;
}

export interface FiguresReport {
  /** The file's name without extension, ASCII (e.g. repairs-2026-11-01-2026-11-30). */
  file: string;
  title: Text;
  /** What the figures cover: a period, or "as of" a moment. */
  period: Text;
  tables: Table[];
  notes?: Text[];
}

export type ReportFormat = 'xlsx' | 'pdf';

const HOUR = 3_600_000;
/** The estate keeps China Standard Time (UTC+8, no daylight saving). */
const ESTATE_OFFSET = 8 * HOUR;

/** `?lang=zh|en`: the language of the file's titles; Chinese when not given. */
export function reportLang(value: unknown): Lang {
  if (value === undefined || value === '') return 'zh';
  if (value === 'zh' || value === 'en') return value;
  throw badRequest('lang', 'must be one of zh, en');
}

/** The estate's calendar day of an instant, "YYYY-MM-DD". */
export const estateDay = (at: Date): string => new Date(at.getTime() + ESTATE_OFFSET).toISOString().slice(0, 10);

/** The estate's wall-clock time of an instant, "YYYY-MM-DD HH:mm". */
export const estateDateTime = (at: Date): string => new Date(at.getTime() + ESTATE_OFFSET).toISOString().slice(0, 16).replace('T', ' ');

/**
 * An instant moved so that its UTC fields read the estate's wall-clock time: a workbook has no time zones, and
 * Excel shows a date's UTC fields, so this is how an instant shows in the estate's time.
 */
export const estateWallClock = (at: Date): Date => new Date(at.getTime() + ESTATE_OFFSET);

/**
 * `from` and `to` of a figures report: local days (or instants), `to` excluded and after `from`. A plain day is the
 * start of that day at the estate: 2026-11-01 to 2026-12-01 is November.
 */
export function reportPeriod(from: unknown, to: unknown): [Date, Date] {
  if (typeof from !== 'string' || !isRealDate(from)) throw badRequest('from', 'must be a date');
  if (typeof to !== 'string' || !isRealDate(to)) throw badRequest('to', 'must be a date');
  const local = (d: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00+08:00` : d);
  const [start, end] = [local(from), local(to)];
  if (end <= start) throw badRequest('to', 'must be after from');
  return [start, end];
}

/** The days a report covers, both included: the last is the day before `to` (which is excluded). */
export function periodText(from: Date, to: Date): Text {
  const first = estateDay(from);
  const last = estateDay(new Date(to.getTime() - 1));
  return first === last ? t(first, first) : t(`${first} 至 ${last}`, `${first} to ${last}`);
}

/** Months "YYYY-MM", both included. */
export function monthsText(from: string, to: string): Text {
  return from === to ? t(from, from) : t(`${from} 至 ${to}`, `${from} to ${to}`);
}

/** What the figures of the present moment cover. */
export function asOfText(at: Date): Text {
  return t(`截至 ${estateDateTime(at)}（北京时间）`, `As of ${estateDateTime(at)} (China Standard Time)`);
}

export const isText = (cell: Cell): cell is Text => typeof cell === 'object' && cell !== null && !(cell instanceof Date);

/** A cell as words, for the PDF (the workbook keeps numbers as numbers). */
export function cellText(cell: Cell, kind: Kind, lang: Lang): string {
  if (cell === null || cell === undefined || cell === '') return '—';
  if (isText(cell)) return cell[lang] || cell.zh || cell.en;
  if (cell instanceof Date) return kind === 'date' ? estateDay(cell) : estateDateTime(cell);
  if (typeof cell === 'string') return cell;
  switch (kind) {
    case 'rate':
      return `${(cell * 100).toFixed(1)}%`;
    case 'money':
      return `¥${cell.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    case 'hours':
    case 'days':
      return cell.toLocaleString('en-US', { maximumFractionDigits: 1 });
    default:
      return cell.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
}

/** The line under the title: what the figures cover and when the file was made. */
export function madeAt(lang: Lang, at = new Date()): string {
  return lang === 'zh' ? `生成于 ${estateDateTime(at)}（北京时间）` : `Made ${estateDateTime(at)} (China Standard Time)`;
}
