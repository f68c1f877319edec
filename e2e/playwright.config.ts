import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * End-to-end tests against the built product (dist/api serving dist/web) on a fresh
 * SQLite database, in Debian's Chromium. The port is configurable because a port may
 * already be taken on a shared machine.
 */
const port = Number(process.env['E2E_PORT'] ?? 4310);
// Workers load this file again: keep one database for the whole run.
process.env['E2E_DB_DIR'] ??= mkdtempSync(join(tmpdir(), 'lederloeft-e2e-'));
const root = resolve(__dirname, '..');

export const E2E_ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

/**
 * Specs that publish a new edition of the leadership foundation. Local interpretations and
 * target profiles belong to an edition, and every page shows the edition in force, so these
 * run last, after every other spec (to run one alone: `--no-deps`).
 */
const PUBLISHES_EDITION = /administration\/edit-draft\.spec\.ts$/;

export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'dist', 'e2e-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // Settled styles for axe: no contrast checks on text that is still fading in.
    reducedMotion: 'reduce',
    // A Danish browser, as the municipality's leaders use: Danish Accept-Language and
    // Intl, Danish time. Native date fields take their format from Chromium's UI language
    // (LANGUAGE below, with Debian's chromium-l10n installed): dd.mm.åååå, not mm/dd/yyyy.
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      env: { ...process.env, LANGUAGE: 'da' },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'journeys', testIgnore: PUBLISHES_EDITION },
    { name: 'publishing', testMatch: PUBLISHES_EDITION, dependencies: ['journeys'] },
  ],
  webServer: {
    command: 'node dist/api/main.js',
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      DATABASE_PATH: join(process.env['E2E_DB_DIR'], 'e2e.sqlite'),
      ADMIN_API_TOKEN: E2E_ADMIN_TOKEN,
    },
  },
});
