import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { fieldSummary } from '../../../../workflows/core/forms';
import type { FieldError } from './errors';
import { toChinese } from './error-texts.zh';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isFieldErrors = (value: unknown): value is FieldError[] =>
  Array.isArray(value) && value.every((e) => isRecord(e) && typeof e.field === 'string' && typeof e.message === 'string');

/**
 * A validator's reason starts with the field's API name ("moveInDate must be a date"). Shown in Chinese
 * under the field's own label, or after it in the summary, that name is only noise, so it is dropped.
 */
function withoutOwnName(error: FieldError, translated: string): string {
  const own = `${error.field} `;
  return error.message.startsWith(own) && translated.startsWith(own) ? translated.slice(own.length) : translated;
}

/**
 * A copy of an error body (`{ statusCode, error, message, errors? }`) with its texts translated.
 * Field names stay as they are: the back office shows them in its own words. A summary built from
 * the field errors is built again from the translated ones; any other message is translated itself.
 */
export function localizeErrorBody(body: unknown, translate: (message: string) => string = toChinese): unknown {
  if (!isRecord(body)) return body;
  const localized: Record<string, unknown> = { ...body };
  const { message, errors } = body;
  if (isFieldErrors(errors)) {
    const translated = errors.map((e) => ({ ...e, message: withoutOwnName(e, translate(e.message)) }));
    localized.errors = translated;
    if (message === fieldSummary(errors)) localized.message = fieldSummary(translated);
    else if (typeof message === 'string') localized.message = translate(message);
  } else if (typeof message === 'string') {
    localized.message = translate(message);
  } else if (Array.isArray(message)) {
    localized.message = message.map((m: unknown) => (typeof m === 'string' ? translate(m) : m));
  }
  return localized;
}

/**
 * Error bodies in the language the client prefers: Chinese when its Accept-Language prefers Chinese
 * to English, English otherwise (also when there is no header, so API clients keep the English texts).
 * Nest's exception handler and the exception filters all send error bodies through `res.json`, so
 * this one hook covers every refusal; success bodies pass untouched.
 */
export const errorLanguage: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  const chinese = req.acceptsLanguages('en', 'zh') === 'zh';
  const json = res.json.bind(res);
  res.json = ((body?: unknown) => {
    if (res.statusCode < 400) return json(body);
    // The same URL answers in two languages: a cache must keep them apart.
    res.vary('Accept-Language');
    return json(chinese ? localizeErrorBody(body) : body);
  }) as Response['json'];
  next();
};
