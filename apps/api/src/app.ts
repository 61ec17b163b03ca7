import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
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
  const origins = config.CORS_ORIGINS.trim();
  app.enableCors({
    origin: origins === '*' ? true : origins.split(',').map((o) => o.trim()),
    exposedHeaders: ['Content-Range', 'Content-Disposition'],
  });
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
