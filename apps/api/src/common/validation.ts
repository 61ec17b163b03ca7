import { ValidationPipe, type Type, type ValidationError } from '@nestjs/common';
import { invalidFields, type FieldError } from './errors';

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

/** The global pipe: unknown fields are refused, each error names its field. */
export const validationPipe = () => new ValidationPipe(options);

/** The same rules for a body whose type a generic controller only knows at run time. */
export const bodyPipe = (expectedType: Type<object>) => new ValidationPipe({ ...options, expectedType });
