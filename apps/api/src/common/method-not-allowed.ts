import { HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';

/**
 * 405 for a method the resource does not offer on purpose (a record that is kept, never deleted):
 * the body says why and what to do instead, the `Allow` header lists the methods it does accept.
 * Answered rather than left to the router, whose 404 would say the record does not exist.
 */
export function methodNotAllowed(res: Response, allow: readonly string[], message: string): HttpException {
  res.setHeader('Allow', allow.join(', '));
  return new HttpException({ statusCode: HttpStatus.METHOD_NOT_ALLOWED, error: 'Method Not Allowed', message }, HttpStatus.METHOD_NOT_ALLOWED);
}
