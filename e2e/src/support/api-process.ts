import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** A Lederløft api process of its own (the built product), for shutdown and crash tests. */
export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What it wrote to stdout and stderr so far. */
  output(): string;
}

const root = resolve(__dirname, '..', '..', '..');

/**
 * Starts `node dist/api/main.js` on a port and SQLite file of the test's own, and waits
 * until it is ready (GET /api/health/ready answers 200: migrations have run).
 */
export async function startApiProcess(options: {
  port: number;
  databasePath: string;
  adminToken: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['dist/api/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      DATABASE_PATH: options.databasePath,
      ADMIN_API_TOKEN: options.adminToken,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let ended = false;
  void exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    try {
      if ((await fetch(`${url}/api/health/ready`)).status === 200) {
        return { url, child, exited, output: () => output };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The api did not become ready on port ${options.port}:\n${output}`);
}
