import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '../../common/config';
import { AppModule } from './app.module';
import { errorLanguage } from './common/error-language';
import { PrismaExceptionFilter } from './common/prisma-exception.filter';
import { BodyTypeInterceptor, jsonBody } from './common/request-body';
import { validationPipe } from './common/validation';

/** Builds the API (used by main.ts and by the tests), not yet listening. */
export async function createApi(config: AppConfig, logger?: LoggerService): Promise<INestApplication> {
  // The body parser is the API's own (JSON only), so that a body that does not parse is answered like other invalid input.
  const app = await NestFactory.create(AppModule.with(config), { logger: logger ?? false, bodyParser: false });
  // The configured origins only (none by default: the back office calls through its own proxy); never `*`, never `null`.
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  app.enableCors({
    origin: (origin: string | undefined, callback: (error: Error | null, allow?: string | false) => void) =>
      callback(null, origin !== undefined && origins.includes(origin) ? origin : false),
    exposedHeaders: ['Content-Range', 'Content-Disposition'],
  });
  app.use(securityHeaders());
  // Before the routes and the body parser, so that every error answer passes through it.
  app.use(errorLanguage);
  app.use(jsonBody);
  app.useGlobalInterceptors(new BodyTypeInterceptor());
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new PrismaExceptionFilter());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Estate Desk API')
    .setDescription('Customer service back office of a residential estate: household archive, staff, processes.')
    .setVersion('0.1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}

/**
 * Helmet's headers on every API answer. The API serves JSON and files, no pages of its own except the OpenAPI
 * docs (Swagger UI, with inline scripts and styles), so the content policy is `default-src 'none'` elsewhere.
 */
function securityHeaders() {
  const strict = helmet({
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const docs = helmet({
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
  return (req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next);
}
