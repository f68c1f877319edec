import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';

// Dates are stored and compared in UTC on both databases.
process.env.TZ = 'UTC';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Bootstrap');
  let config;
  try {
    // The built web app sits beside the bundled api: dist/web/browser next to dist/api.
    config = loadConfig({
      WEB_ROOT: join(__dirname, '..', 'web', 'browser'),
      ...process.env,
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(`Invalid configuration: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (config.database.type === 'sqlite' && config.database.path !== ':memory:') {
    mkdirSync(dirname(config.database.path), { recursive: true });
  }
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: config.host });
  logger.log(
    `Lederløft is running on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/ (API at /api, docs at /api/docs)`,
  );
  logger.log(
    config.database.type === 'sqlite'
      ? `Database: SQLite at ${config.database.path}`
      : 'Database: PostgreSQL',
  );
}

void bootstrap();
