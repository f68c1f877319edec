import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { AppConfig, loadConfig } from '../config/app-config';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface TestRequest {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (malformed or oversized bodies). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface SessionHeaders {
  cookie: string;
  'x-csrf-token': string;
  leaderId: string | null;
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  baseUrl: string;
  request<T = unknown>(method: string, path: string, init?: TestRequest): Promise<TestResponse<T>>;
  /** Same as request, with the admin bearer token. */
  asAdmin<T = unknown>(method: string, path: string, init?: TestRequest): Promise<TestResponse<T>>;
  /** Signs in and returns headers that act as that person (cookie, and CSRF token for writes). */
  signIn(email: string, password: string): Promise<SessionHeaders>;
  /** Runs SQL directly against the database: "nothing was written" checks, edge cases. */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /**
   * A second api process in all but the process: another app on the same database and
   * configuration, on its own port. For what two processes must agree on.
   */
  secondProcess(): Promise<{ baseUrl: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

/**
 * Starts the real application on a fresh database and a free port: SQLite in a temp
 * file, or, when TEST_DATABASE_URL points at a PostgreSQL server, a new database created
 * for this test file and dropped afterwards. Tests then speak HTTP to it.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    ...database.env,
    ADMIN_API_TOKEN: TEST_ADMIN_TOKEN,
    OPENAPI: 'true',
    ...env,
  });
  const app = await createApp(config, { logger: ['error'] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;

  const request = async <T>(method: string, path: string, init: TestRequest = {}) => {
    const hasBody = init.body !== undefined || init.rawBody !== undefined;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (HTML, empty): tests read `text`.
    }
    return {
      status: response.status,
      headers: response.headers,
      body: body as T,
      text,
    };
  };

  return {
    app,
    config,
    baseUrl,
    request,
    asAdmin: (method, path, init = {}) =>
      request(method, path, {
        ...init,
        headers: {
          authorization: `Bearer ${TEST_ADMIN_TOKEN}`,
          ...init.headers,
        },
      }),
    signIn: async (email, password) => {
      const res = await request<{ csrfToken: string; leaderId: string | null }>(
        'POST',
        '/api/auth/login',
        {
          body: { email, password },
        },
      );
      if (res.status !== 200)
        throw new Error(`Sign-in of ${email} failed: ${res.status} ${res.text}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      return { cookie, 'x-csrf-token': res.body.csrfToken, leaderId: res.body.leaderId };
    },
    query: async <T>(sql: string) => (await app.get(DataSource).query(sql)) as T[],
    secondProcess: async () => {
      const other = await createApp(config, { logger: ['error'] });
      await other.listen({ port: 0, host: '127.0.0.1' });
      const otherAddress = other.getHttpServer().address();
      const otherPort = typeof otherAddress === 'object' && otherAddress ? otherAddress.port : 0;
      return { baseUrl: `http://127.0.0.1:${otherPort}`, close: () => other.close() };
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

async function createTestDatabase(): Promise<{
  env: Record<string, string>;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'lederloeft-test-'));
    return {
      env: { DATABASE_PATH: join(dir, 'test.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `lederloeft_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
