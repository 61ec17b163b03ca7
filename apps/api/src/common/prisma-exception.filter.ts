import { STATUS_CODES } from 'node:http';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Prisma } from '../../../../prisma/client';

/** Prisma's codes for a database that cannot be reached or dropped the connection mid-request. */
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1011', 'P1017', 'P2024', 'P2037']);
/** Prisma's codes for a value the column cannot hold (too long, out of range, not valid for its type). */
const VALUE_CODES = new Set(['P2000', 'P2006', 'P2007', 'P2020']);
/** The driver adapter's kinds of a lost or refused connection. */
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
/**
 * PostgreSQL's SQLSTATE classes of a connection that failed (08), an operator or a restart that ended
 * the session (57P01-57P03: admin_shutdown, crash_shutdown, cannot_connect_now) and too many clients (53300).
 */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]|53300)/;
/** How node-postgres says the server went away, for errors it throws without a code. */
const LOST_CONNECTION = /Connection terminated|connection (is )?closed|Client has encountered a connection error|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|server closed the connection/i;

/** The driver adapter's error (`@prisma/driver-adapter-utils`), which Prisma lets through for some failures. */
const isDriverAdapterError = (error: unknown): error is Error & { cause: object } =>
  error instanceof Error && error.name === 'DriverAdapterError' && typeof error.cause === 'object' && error.cause !== null;

type Kind = 'unavailable' | 'value' | 'other';

/** What a database error means for the client: the database is not there, the value did not fit, or a fault of the server. */
export function classifyDatabaseError(error: unknown): Kind {
  if (error instanceof Prisma.PrismaClientInitializationError) return 'unavailable';
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (UNAVAILABLE_CODES.has(error.code)) return 'unavailable';
    if (VALUE_CODES.has(error.code)) return 'value';
  }
  if (isDriverAdapterError(error)) {
    const cause = error.cause as { kind: string; code?: string; originalCode?: string };
    if (UNAVAILABLE_KINDS.has(cause.kind)) return 'unavailable';
    if (cause.kind === 'ValueOutOfRange' || cause.kind === 'LengthMismatch') return 'value';
    const code = cause.code ?? cause.originalCode ?? '';
    if (UNAVAILABLE_SQLSTATE.test(code)) return 'unavailable';
    // 22: data exception (a date out of range, a NUL byte, a number too large): the value, not the server.
    if (code.startsWith('22')) return 'value';
  }
  const message = error instanceof Error ? error.message : '';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE_SQLSTATE.test(code)) return 'unavailable';
  if ((error instanceof Prisma.PrismaClientUnknownRequestError || error instanceof Error) && LOST_CONNECTION.test(message)) return 'unavailable';
  return 'other';
}

/**
 * The Temporal client's ways of saying the server could not be reached: gRPC's UNAVAILABLE (14) and
 * DEADLINE_EXCEEDED (4), on the error or its cause, or a connection that failed outright.
 */
export function isWorkflowServiceUnavailable(error: unknown): boolean {
  for (let e = error as { name?: unknown; code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.name === 'TransportError' || e.name === 'ConnectionError') return true;
    if ((e.name === 'ServiceError' || e.name === 'Error') && (e.code === 14 || e.code === 4)) return true;
  }
  return false;
}

/** How long a client waits before it sends a request that could not be answered again (the Retry-After header). */
const RETRY_AFTER_SECONDS = 2;

/** The `requestId` the request carried (body or query), which the client sends again to get the first result. */
function requestIdOf(req: Request): string | undefined {
  const fromBody = (req.body as { requestId?: unknown } | undefined)?.requestId;
  const fromQuery = req.query?.requestId;
  const id = typeof fromBody === 'string' ? fromBody : typeof fromQuery === 'string' ? fromQuery : undefined;
  return id && /^[A-Za-z0-9_-]{8,100}$/.test(id) ? id : undefined;
}

/** The part of Nest's HTTP adapter that BaseExceptionFilter uses, on Express's response. */
const replies = {
  isHeadersSent: (res: Response) => res.headersSent,
  reply: (res: Response, body: unknown, status: number) => res.status(status).json(body),
  end: (res: Response) => res.end(),
};

/**
 * Database errors that reach the edge become answers a client can act on: a unique violation is 409,
 * a missing row 404, a broken reference or a value the column cannot hold 400, and a database that
 * could not be reached or dropped the connection 503 with the request id, so that the client retries
 * with it and gets the first result if the work was done after all. Everything else is answered as
 * Nest answers it (an HttpException as itself, an unknown error 500, logged).
 */
@Catch()
export class PrismaExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Database');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly fallback = new BaseExceptionFilter(replies as any);

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return this.fallback.catch(error, host);
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const answer = (status: number, message: string, extra: object = {}) => {
      if (res.headersSent) return void res.end();
      // The reason phrase, as Nest's own exceptions name it ("Service Unavailable").
      res.status(status).json({ statusCode: status, error: STATUS_CODES[status], message, ...extra });
    };
    /** 503: the client may send the request again, after Retry-After, with its request id to get the first result. */
    const unavailable = (message: string, extra: object = {}) => {
      const requestId = requestIdOf(req);
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      answer(503, message, { ...extra, ...(requestId ? { requestId } : {}), retryAfterSeconds: RETRY_AFTER_SECONDS });
    };
    if (error instanceof HttpException) {
      // A service's own 503 (a workflow that could not start, nothing kept) gets the request id and the hint too.
      if (error.getStatus() !== 503) return this.fallback.catch(error, host);
      const body = error.getResponse();
      return unavailable(typeof body === 'object' ? String((body as { message?: unknown }).message ?? error.message) : body);
    }
    if (isWorkflowServiceUnavailable(error)) {
      this.logger.warn(`workflow service unavailable: ${(error as Error).message}`);
      return unavailable(
        requestIdOf(req)
          ? 'The workflow service could not be reached, so it is not known whether this was done: try again with the same requestId.'
          : 'The workflow service could not be reached: try again.',
      );
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      switch (error.code) {
        case 'P2002':
          return answer(409, 'A record with the same unique values already exists.');
        case 'P2025':
          return answer(404, 'The record does not exist.');
        case 'P2003':
          return answer(400, 'A referenced record does not exist.');
      }
    }
    switch (classifyDatabaseError(error)) {
      case 'unavailable': {
        this.logger.warn(`database unavailable: ${(error as Error).message?.split('\n').pop()}`);
        return unavailable(
          requestIdOf(req)
            ? 'The database could not be reached, so it is not known whether this was done: try again with the same requestId.'
            : 'The database could not be reached: try again.',
        );
      }
      case 'value':
        this.logger.warn(`value refused by the database: ${(error as Error).message?.split('\n').pop()}`);
        return answer(400, 'A value is out of the range the database can store.');
      default:
        if (error instanceof Prisma.PrismaClientKnownRequestError) {
          this.logger.error(`${error.code}: ${error.message}`);
          return answer(500, 'Internal server error');
        }
        return this.fallback.catch(error, host);
    }
  }
}
