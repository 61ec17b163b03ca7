import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { Prisma } from '../../../../prisma/client';

/**
 * Database errors that reach the edge become answers a client can act on:
 * a unique violation is 409, a missing row 404, a broken reference 400.
 */
@Catch(Prisma.PrismaClientKnownRequestError)
export class PrismaExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Database');

  catch(error: Prisma.PrismaClientKnownRequestError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const answer = (status: number, message: string) =>
      res.status(status).json({ statusCode: status, error: HttpStatus[status], message });
    switch (error.code) {
      case 'P2002':
        return void answer(409, 'A record with the same unique values already exists.');
      case 'P2025':
        return void answer(404, 'The record does not exist.');
      case 'P2003':
        return void answer(400, 'A referenced record does not exist.');
      default:
        this.logger.error(`${error.code}: ${error.message}`);
        return void answer(500, 'Internal server error');
    }
  }
}
