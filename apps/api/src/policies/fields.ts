import { z } from 'zod';

/**
 * The building blocks of the policies' schemas, each with its label in both languages, its unit and the
 * input that edits it. One description serves three readers: the API validates a new version with it, the
 * back office builds its form from it (labels, units, inputs, limits) and words a change with it.
 * Nothing here may import Node, Nest or Prisma: the back office bundles it.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

export const t = (zh: string, en: string): Bilingual => ({ zh, en });

/** What a number counts, shown beside it. */
export type Unit = 'minutes' | 'hours' | 'days' | 'months' | 'years' | 'yuan' | 'yuanPerSqm' | 'percent' | 'cubicMetres' | 'kwh' | 'points' | 'events' | 'pieces';

/** The inputs the back office has for a value; objects, lists and maps are laid out from their parts. */
export type InputKind = 'duration' | 'due' | 'time' | 'weekdays' | 'percent' | 'bilingual' | 'multiline' | 'code' | 'url' | 'enumList';

export interface FieldMeta {
  label: Bilingual;
  help?: Bilingual;
  unit?: Unit;
  input?: InputKind;
  /** A choice's values in words. */
  options?: Record<string, Bilingual>;
  /** A map's known keys in words (a map keyed by codes a manager types has none). */
  keyLabels?: Record<string, Bilingual>;
  /** The label of a map's key input. */
  keyLabel?: Bilingual;
}

/** Where each schema's description lives: `policyMeta.get(schema)`. */
export const policyMeta = z.registry<FieldMeta>();

export const described = <S extends z.ZodType>(schema: S, label: Bilingual, more: Omit<FieldMeta, 'label'> = {}): S => {
  policyMeta.add(schema as z.ZodType, { label, ...more });
  return schema;
};

// ---- messages in both languages -----------------------------------------------------------

const CHINESE = new Map<string, string>();

/** A refusal's English text (what zod and the API carry), its Chinese kept for the back office and the API's table. */
export const say = (zh: string, en: string): string => {
  CHINESE.set(en, zh);
  return en;
};

/** The Chinese of a message written with `say`, if it is one. */
export const chineseOf = (en: string): string | undefined => CHINESE.get(en);
export const policyMessages = (): [string, string][] => [...CHINESE];

// ---- values ------------------------------------------------------------------------------

/** ISO 8601 durations in days, hours, minutes and seconds: "P2D", "PT4H", "PT30M", "PT30S". */
export const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const DURATION = say('须为时长，例如 1 小时或 2 天', 'must be an ISO 8601 duration such as PT1H or P2D');
const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** A length of time, in calendar time. */
export const duration = (label: Bilingual, help?: Bilingual) => described(z.string().regex(ISO_DURATION, DURATION), label, { input: 'duration', help });

const dueAfter = () => z.object({ after: z.string().regex(ISO_DURATION, DURATION), business: z.boolean().optional() });

/** A deadline from the moment a task opens: within a duration (calendar or business time), or by the end of the (business) day. */
export const due = (label: Bilingual, help?: Bilingual) =>
  described(z.union([dueAfter(), z.object({ endOfBusinessDay: z.literal(true) }), z.object({ endOfDay: z.literal(true) })]), label, { input: 'due', help });

const HHMM = say('须为时间（时:分），例如 08:30', 'must be HH:MM');
/** A local time of day, "08:30"; `upTo24` also takes "24:00" (the end of a working day at midnight). */
export const timeOfDay = (label: Bilingual, upTo24 = false, help?: Bilingual) =>
  described(z.string().regex(upTo24 ? /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/ : /^([01]\d|2[0-3]):[0-5]\d$/, HHMM), label, { input: 'time', help });

/** A whole number between limits. */
export const count = (label: Bilingual, min: number, max: number, unit?: Unit, help?: Bilingual) => described(z.number().int().min(min).max(max), label, { unit, help });

/** An amount (yuan, m³, kWh...) between limits, decimals allowed. */
export const amount = (label: Bilingual, min: number, max: number, unit: Unit, help?: Bilingual) => described(z.number().min(min).max(max), label, { unit, help });

/** A share from 0 to 1, edited and shown as a percentage. */
export const ratio = (label: Bilingual, help?: Bilingual) => described(z.number().min(0).max(1), label, { input: 'percent', unit: 'percent', help });

export const text = (label: Bilingual, min: number, max: number, help?: Bilingual) => described(z.string().min(min).max(max), label, { help });

/** A text in both languages (what is read to residents, names of categories...). */
export const bilingual = (label: Bilingual, zhMax = 100, enMax = 200, help?: Bilingual) =>
  described(z.object({ zh: z.string().min(1).max(zhMax), en: z.string().min(1).max(enMax) }), label, { input: 'bilingual', help });

export const codeMessage = (example: string) => say(`须为大写字母开头的代码（大写字母、数字、下划线），例如 ${example}`, `must be a code in capitals such as ${example}`);

/** A code the records keep (a category's, a document's): capitals, digits and underscores. */
export const code = (label: Bilingual, example: string, help?: Bilingual) => described(z.string().regex(CODE, codeMessage(example)), label, { input: 'code', help });

export const CODE_PATTERN = CODE;

/** One of a few values, each in words. */
export const choice = <const K extends string>(label: Bilingual, options: Record<K, Bilingual>, help?: Bilingual) =>
  described(z.enum(Object.keys(options) as [K, ...K[]]), label, { options, help });

export const flag = (label: Bilingual, help?: Bilingual) => described(z.boolean(), label, { help });

/** The working days of the week, 0 = Sunday ... 6 = Saturday. */
export const weekdays = (label: Bilingual) =>
  described(z.array(z.number().int().min(0).max(6)).min(1, say('至少选择一天', 'choose at least one day')), label, { input: 'weekdays' });

/** The days of the week by their number (0 = Sunday), as the calendar counts them. */
export const WEEKDAY_NAMES: Bilingual[] = [t('周日', 'Sunday'), t('周一', 'Monday'), t('周二', 'Tuesday'), t('周三', 'Wednesday'), t('周四', 'Thursday'), t('周五', 'Friday'), t('周六', 'Saturday')];

/** A rule checked across fields: the message names the field it is shown beside. */
export const uniqueBy = <T>(key: (row: T) => string) => (rows: T[]) => new Set(rows.map(key)).size === rows.length;
