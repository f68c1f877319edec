import { COVERAGE_MIN_GROUP_FLOOR } from '@lederloeft/contracts';
import { resolveMinGroupSize } from '@lederloeft/domain';
import { isAbsolute, resolve } from 'node:path';

export type DatabaseConfig = { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };

/** Everything the api reads from its environment, validated once at start-up. */
export interface AppConfig {
  host: string;
  port: number;
  database: DatabaseConfig;
  /** Largest accepted request body; larger bodies get 413. */
  bodyLimitBytes: number;
  /** Largest accepted spreadsheet upload on the import routes (a full catalogue is larger). */
  importBodyLimitBytes: number;
  /**
   * Bearer token that grants the admin policy until sign-in exists (ADR 0004).
   * Unset means admin routes are closed.
   */
  adminApiToken: string | null;
  /** Load the Ikast-Brande foundation into an empty database. */
  seedOnEmpty: boolean;
  /** Where the built Angular app lives; null when the api runs without it (tests). */
  webRoot: string | null;
  /** Serve Swagger UI and the OpenAPI document at /api/docs. */
  openApi: boolean;
  /** Load the demo organisation and demo accounts into a database without one. */
  demoData: boolean;
  /** Overblik: the smallest group a figure may rest on (default 5, never below 3). */
  coverageMinGroupSize: number;
  /**
   * Which proxies' X-Forwarded-For to believe for the caller's address (the sign-in brakes
   * count per address): false (none, the default), true (any: only behind a proxy that
   * overwrites the header), a number of hops, or addresses/CIDR ranges.
   */
  trustProxy: boolean | number | string[];
  /**
   * On SIGTERM, how long the process keeps serving with readiness at 503 before it stops
   * taking connections: long enough for a load balancer to notice (its probe interval).
   */
  drainDelayMs: number;
  session: {
    /** Signed out after this long without a request. */
    idleMinutes: number;
    /** Signed out after this long, whatever the activity. */
    absoluteHours: number;
    /** Mark the cookie Secure (set when served over HTTPS). */
    secureCookie: boolean;
  };
}

export class ConfigError extends Error {}

const DEFAULT_SQLITE_PATH = './data/lederloeft.sqlite';

function parsePort(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${name} must be a port number 0-65535, got "${value}"`);
  }
  return n;
}

function parsePositiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new ConfigError(`${name} must be a positive whole number, got "${value}"`);
  }
  return n;
}

function parseBoolean(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  // Explicit list: "false" must never become true by accident.
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function parseMinGroupSize(value: string | undefined): number {
  try {
    return resolveMinGroupSize(value === undefined || value === '' ? undefined : Number(value));
  } catch {
    throw new ConfigError(
      `COVERAGE_MIN_GROUP_SIZE must be a whole number of at least ${COVERAGE_MIN_GROUP_FLOOR}, got "${value}"`,
    );
  }
}

function parseDatabase(env: NodeJS.ProcessEnv, cwd: string): DatabaseConfig {
  const url = env['DATABASE_URL'];
  if (url) {
    if (/^postgres(ql)?:\/\//.test(url)) return { type: 'postgres', url };
    throw new ConfigError(
      'DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset to use the embedded SQLite database at DATABASE_PATH)',
    );
  }
  const path = env['DATABASE_PATH'] || DEFAULT_SQLITE_PATH;
  return {
    type: 'sqlite',
    path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path),
  };
}

function parseNonNegativeInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}

function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === '') return false;
  const lower = value.trim().toLowerCase();
  if (['0', 'false', 'no', 'off'].includes(lower)) return false;
  if (['true', 'yes', 'on'].includes(lower)) return true;
  if (/^\d+$/.test(lower)) return Number(lower);
  const entries = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const address = /^[0-9a-f.:]+(\/\d{1,3})?$/i;
  const bad = entries.find((entry) => !address.test(entry));
  if (bad !== undefined || entries.length === 0) {
    throw new ConfigError(
      `TRUST_PROXY must be false, true, a number of proxy hops or a comma-separated list of addresses or CIDR ranges, got "${value}"`,
    );
  }
  return entries;
}

/** Reads and validates the configuration; throws ConfigError with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const token = env['ADMIN_API_TOKEN'] ?? '';
  if (token !== '' && token.length < 16) {
    throw new ConfigError('ADMIN_API_TOKEN must be at least 16 characters long');
  }
  const webRoot = env['WEB_ROOT'];
  return {
    host: env['HOST'] || '127.0.0.1',
    port: parsePort(env['PORT'], 'PORT', 3000),
    database: parseDatabase(env, cwd),
    bodyLimitBytes: parsePositiveInt(env['BODY_LIMIT_BYTES'], 'BODY_LIMIT_BYTES', 2 * 1024 * 1024),
    importBodyLimitBytes: parsePositiveInt(
      env['IMPORT_BODY_LIMIT_BYTES'],
      'IMPORT_BODY_LIMIT_BYTES',
      25 * 1024 * 1024,
    ),
    adminApiToken: token === '' ? null : token,
    seedOnEmpty: parseBoolean(env['SEED_ON_EMPTY'], 'SEED_ON_EMPTY', true),
    webRoot: webRoot === undefined ? null : webRoot,
    openApi: parseBoolean(env['OPENAPI'], 'OPENAPI', true),
    demoData: parseBoolean(env['DEMO_DATA'], 'DEMO_DATA', true),
    coverageMinGroupSize: parseMinGroupSize(env['COVERAGE_MIN_GROUP_SIZE']),
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    drainDelayMs: parseNonNegativeInt(env['DRAIN_DELAY_MS'], 'DRAIN_DELAY_MS', 0),
    session: {
      idleMinutes: parsePositiveInt(env['SESSION_IDLE_MINUTES'], 'SESSION_IDLE_MINUTES', 30),
      absoluteHours: parsePositiveInt(env['SESSION_ABSOLUTE_HOURS'], 'SESSION_ABSOLUTE_HOURS', 10),
      secureCookie: parseBoolean(env['COOKIE_SECURE'], 'COOKIE_SECURE', false),
    },
  };
}
