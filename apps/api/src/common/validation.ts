import { ValidationPipe, type ArgumentMetadata, type Type, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { invalidFields, type FieldError } from './errors';
import { INT4_MAX, INT4_MIN, isInt4 } from './list-query';
import { assertSafeInput } from './safe-input';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const options = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors: ValidationError[]) => invalidFields(flatten(errors)),
};

/**
 * Class-validator's checks, after the checks no field passes whatever its type (NUL bytes, lone
 * surrogates, prototype keys, deep nesting: see safe-input.ts), which run for every body, query and
 * path parameter, also those an endpoint reads without a DTO.
 */
class CheckedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') assertSafeInput(value, metadata.data ?? '');
    const dto = await super.transform(value, metadata);
    assertInt4Fields(dto);
    return dto;
  }
}

/**
 * `@IsInt()` takes any integer, but every integer column is PostgreSQL's int4: 2147483648 as an id or a
 * count is a 400 naming the field, not an error of the database.
 */
const outOfInt4 = (field: string) => `${field} must be an integer from ${INT4_MIN} to ${INT4_MAX}`;

function assertInt4Fields(dto: unknown): void {
  // A DTO instance only: a query object has no prototype, a plain body has Object's.
  const type = typeof dto === 'object' && dto !== null ? (Object.getPrototypeOf(dto) as { constructor?: unknown } | null)?.constructor : undefined;
  if (typeof type !== 'function' || type === Object) return;
  const rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  const errors: FieldError[] = [];
  for (const rule of rules) {
    if (rule.name !== 'isInt') continue;
    const field = rule.propertyName;
    const given = (dto as Record<string, unknown>)[field];
    const values = rule.each && Array.isArray(given) ? given : [given];
    if (values.some((v) => typeof v === 'number' && !isInt4(v))) errors.push({ field, message: outOfInt4(field) });
  }
  if (errors.length) throw invalidFields(errors);
}

/** The global pipe: unknown fields are refused, each error names its field. */
export const validationPipe = () => new CheckedValidationPipe(options);

/** The same rules for a body whose type a generic controller only knows at run time. */
export const bodyPipe = (expectedType: Type<object>) => new CheckedValidationPipe({ ...options, expectedType });
