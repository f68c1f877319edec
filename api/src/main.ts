import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { DrainState } from './health/drain-state';

/**
 * How long a draining process waits for requests in flight before it exits anyway. A plan
 * proposal is limited to a few seconds; 10 s covers every request the api serves.
 */
const DRAIN_TIMEOUT_MS = 10_000;

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
  // SIGTERM (a deploy, the orchestrator) drains: readiness turns 503 at once and the
  // process goes on serving for DRAIN_DELAY_MS (so a load balancer stops sending work);
  // then it stops taking connections, requests in flight finish, connections that fall
  // idle are closed (a kept-alive one would hold the server open for its timeout), the
  // app's shutdown hooks run and the process exits 0. After DRAIN_TIMEOUT_MS it exits 1.
  const drain = app.get(DrainState);
  const server = app.getHttpServer() as Server;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(
      `${signal}: draining (at most ${(config.drainDelayMs + DRAIN_TIMEOUT_MS) / 1000} s)`,
    );
    drain.start();
    setTimeout(() => {
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      sweep.unref();
      setTimeout(() => {
        logger.warn('Requests still running at the drain timeout: exiting');
        process.exit(1);
      }, DRAIN_TIMEOUT_MS).unref();
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(`Shutdown failed: ${String(error)}`);
          process.exit(1);
        },
      );
    }, config.drainDelayMs);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
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
