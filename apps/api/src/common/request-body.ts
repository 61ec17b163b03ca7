import {
  BadRequestException,
  HttpException,
  HttpStatus,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Observable } from 'rxjs';
import type { FieldError } from './errors';

/** What the API reads as JSON: `application/json` and the `+json` types. */
const JSON_TYPES = ['application/json', '+json'];

const parseJson = json({ type: JSON_TYPES });

/** Where `@ApiConsumes` keeps its types (@nestjs/swagger's `DECORATORS.API_CONSUMES`, which the package does not export). */
const API_CONSUMES = 'swagger/apiConsumes';

function invalidJson(): BadRequestException {
  const errors: FieldError[] = [{ field: 'body', message: 'is not valid JSON' }];
  // The parser's own words ("Unexpected token } in JSON at position 9") are not repeated: they speak of
  // its internals, and a client can do nothing more with them than with "not valid JSON".
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'The request body is not valid JSON', errors });
}

/**
 * The API's body parser: JSON only (a file upload's multipart body is read by its endpoint's own
 * interceptor). A body that does not parse is refused like any other invalid input, with `errors`
 * naming the body; any other failure (too large, an unknown charset) keeps the parser's answer.
 * Installed by createApi instead of Nest's parsers, so that the failure can be told apart here.
 */
export const jsonBody: RequestHandler = (req: Request, res: Response, next: NextFunction) =>
  parseJson(req, res, (error?: unknown) => {
    if ((error as { type?: string } | undefined)?.type === 'entity.parse.failed') return next(invalidJson());
    return next(error);
  });

/** Whether the request carries a body: an empty one (`Content-Length: 0`) is none. */
const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/**
 * 415 for a body in a type the endpoint does not read, instead of the list of fields it would then
 * miss. An endpoint reads JSON unless it declares otherwise with `@ApiConsumes` (the file uploads:
 * `multipart/form-data`), so what the API documentation says it consumes is what it accepts.
 * Requests without a body (GET, DELETE, a POST that only acts) pass whatever their Content-Type.
 */
export class BodyTypeInterceptor implements NestInterceptor {
  private readonly reflector = new Reflector();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (!hasBody(req)) return next.handle();
    const declared = this.reflector.getAllAndOverride<string[] | undefined>(API_CONSUMES, [context.getHandler(), context.getClass()]);
    const expected = declared?.length ? declared : ['application/json'];
    const accepted = expected.flatMap((type) => (type === 'application/json' ? JSON_TYPES : [type]));
    if (req.is(accepted)) return next.handle();
    const sent = req.headers['content-type']?.split(';')[0].trim();
    const given = sent ? sent : 'a body without a Content-Type';
    const type = expected.join(' or ');
    throw new HttpException(
      {
        statusCode: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        error: 'Unsupported Media Type',
        message: `Send the body as ${type} (Content-Type: ${type}); this endpoint does not take ${given}.`,
      },
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    );
  }
}
