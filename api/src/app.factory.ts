import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { AppModule } from './app.module';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { SpaFallback } from './common/spa-fallback';
import { installRequestInputChecks } from './common/request-input';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';

export interface RegisteredRoute {
  method: string;
  url: string;
}

const registeredRoutes = new WeakMap<NestFastifyApplication, RegisteredRoute[]>();

/**
 * Builds the whole application (API under /api, the Angular app at /) without listening,
 * so that main.ts and the integration tests start exactly the same thing.
 */
/** Routes that take a spreadsheet file as their body. */
const IMPORT_ROUTE =
  /\/(offers\/import|imports\/[^/]+|survey-results|employee-results)(\/preview)?$/;

export async function createApp(
  config: AppConfig,
  options: { logger?: LogLevel[] | false } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
  });
  installRequestInputChecks(adapter.getInstance());
  // API answers carry personal data (plans, gap profiles, /api/me with its CSRF token): no
  // browser or proxy may keep them. A route that wants otherwise sets its own header.
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
  });
  const routes: RegisteredRoute[] = [];
  // Recorded so the authorization test can walk every route the app really serves.
  adapter.getInstance().addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
    // Spreadsheet uploads may be larger than any JSON body: a whole catalogue is megabytes.
    if (route.method === 'POST' && IMPORT_ROUTE.test(route.url)) {
      route.bodyLimit = config.importBodyLimitBytes;
    }
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.logger ?? ['log', 'warn', 'error'],
    bufferLogs: false,
    // Nest's own parsers would add form bodies (application/x-www-form-urlencoded) and a JSON
    // parser without our checks: installRequestInputChecks sets the only JSON parser.
    bodyParser: false,
  });
  app.setGlobalPrefix('api');
  // Import files arrive as the raw request body (CSV text or XLSX bytes), kept as a Buffer:
  // the import decodes it itself (UTF-8 or Windows-1252).
  adapter.getInstance().addContentTypeParser(
    [
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.ms-excel',
      // The catalogue import also takes a form upload; its file part is cut out later.
      'multipart/form-data',
    ],
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );
  app.useGlobalPipes(createValidationPipe());

  const webRoot = config.webRoot && existsSync(config.webRoot) ? config.webRoot : null;
  if (config.webRoot && !webRoot) {
    new Logger('Bootstrap').warn(
      `Web app not found at ${config.webRoot}; serving the API only. Run "npm run build".`,
    );
  }
  app.useGlobalFilters(new ApiExceptionFilter(webRoot ? new SpaFallback(webRoot) : null));

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        // Angular and Angular Material add component styles as <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        upgradeInsecureRequests: null,
      },
    },
    // The app is served over plain HTTP on localhost in demo mode; HSTS belongs to the proxy.
    hsts: false,
  });

  if (config.openApi) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Lederløft API')
        .setDescription(
          'Competency development planner built on the leadership foundation (ledelsesgrundlag).',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
    );
    SwaggerModule.setup('api/docs', app, document, {
      jsonDocumentUrl: 'api/docs/openapi.json',
    });
  }

  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      // Hashed bundles may be cached for long; index.html must be revalidated.
      setHeaders: (res, path) => {
        void res.header(
          'cache-control',
          path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
        );
      },
    });
  }
  registeredRoutes.set(app, routes);
  return app;
}

/** Every route registered on the app's Fastify instance so far (complete once it listens). */
export function listRoutes(app: NestFastifyApplication): RegisteredRoute[] {
  return [...(registeredRoutes.get(app) ?? [])];
}
