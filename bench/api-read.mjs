#!/usr/bin/env node
// Read throughput and latency of the framework API, on the built product (npm run build first).
// Starts dist/api/main.js on a temporary SQLite database and a loopback port, sends a bounded
// number of requests with fixed concurrency, prints figures, and stops the server.
// Usage: node bench/api-read.mjs [--seconds 10] [--concurrency 16]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('seconds', 10);
const concurrency = arg('concurrency', 16);
const maxRequests = 200_000;
const port = 4400 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'lederloeft-bench-'));

const server = spawn(process.execPath, ['dist/api/main.js'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_PATH: join(dir, 'bench.sqlite'),
    DATABASE_URL: '',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const rssMb = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return m ? (Number(m[1]) / 1024).toFixed(0) : '?';
};

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function run(label, path, headers = {}) {
  const latencies = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  const worker = async () => {
    while (Date.now() < deadline && latencies.length + errors < maxRequests) {
      const t0 = performance.now();
      const res = await fetch(base + path, { headers });
      await res.arrayBuffer();
      if (res.ok) latencies.push(performance.now() - t0);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
  console.log(
    `${label.padEnd(28)} ${String(Math.round(latencies.length / elapsed)).padStart(6)} req/s  p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  p99 ${q(0.99)} ms  errors ${errors}  server RSS ${rssMb()} MB`,
  );
}

try {
  await waitForServer();
  const current = await (await fetch(`${base}/api/frameworks/current`)).json();
  console.log(
    `Node ${process.version}, ${seconds} s per route, concurrency ${concurrency}, SQLite, loopback`,
  );
  console.log(`server RSS after start: ${rssMb()} MB`);
  await run('GET /api/health', '/api/health');
  await run('GET /api/frameworks/current', '/api/frameworks/current');
  await run('GET export?format=json', `/api/frameworks/${current.id}/export?format=json`);
  await run('GET export?format=case', `/api/frameworks/${current.id}/export?format=case`);
  await run('GET / (index.html)', '/');
  // Signed in as the demo leader (docs/demo-accounts.json): session, roles and scope per request.
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sofie.lindberg@ikast-brande.dk', password: 'Leder-demo-2026' }),
  });
  const me = await login.json();
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  await run('GET /api/me (session)', '/api/me', { cookie });
  await run('GET gap-profile (session)', `/api/leaders/${me.leaderId}/gap-profile`, { cookie });
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
