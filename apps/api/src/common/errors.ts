import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import { fieldSummary } from '../../../../workflows/core/forms';

export interface FieldError {
  field: string;
  message: string;
}

/** 400 naming the field and the reason; nothing was changed. */
export function badRequest(field: string, message: string): BadRequestException {
  return invalidFields([{ field, message }]);
}

export function invalidFields(errors: FieldError[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: fieldSummary(errors), errors });
}

export function notFound(resource: string, id: number | string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message: `${resource} ${id} does not exist` });
}

export function conflict(message: string): ConflictException {
  return new ConflictException({ statusCode: 409, error: 'Conflict', message });
}
