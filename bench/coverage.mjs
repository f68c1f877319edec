#!/usr/bin/env node
// Overblik at scale, on the built product and a database made by bench/seed-synthetic.mjs:
// starts dist/api/main.js on it (loopback), signs in as a synthetic director and HR, and
// measures the coverage routes over HTTP, one request at a time, bounded in time; samples
// the api's resident memory throughout; times a scenario for a unit of about 100 leaders.
// Prints figures; asserts nothing.
// Usage: node bench/coverage.mjs --db /tmp/lederloeft-synthetic-50000.sqlite [--seconds 20]
//        DATABASE_URL=postgres://… node bench/coverage.mjs [--seconds 20]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const db = arg('db', '/tmp/lederloeft-synthetic-50000.sqlite');
const seconds = Number(arg('seconds', 20));
const PASSWORD = 'Syntetisk-demo-2026';
const TOKEN = 'bench-coverage-token-0123456789';
const port = 4600 + Math.floor(Math.random() * 200);
const base = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['dist/api/main.js'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_PATH: db,
    DATABASE_URL: process.env.DATABASE_URL ?? '',
    DEMO_DATA: 'false',
    ADMIN_API_TOKEN: TOKEN,
  },
  stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore', 'inherit'],
});
const rssMb = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};
let maxRss = 0;
let phaseRss = 0;
const sampler = setInterval(() => {
  const now = rssMb();
  maxRss = Math.max(maxRss, now);
  phaseRss = Math.max(phaseRss, now);
}, 100);

async function waitForServer() {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function signIn(email) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in ${email}: ${res.status}`);
  const body = await res.json();
  return {
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0],
    'x-csrf-token': body.csrfToken,
  };
}

/** A count of a scenario's summary, or why it is hidden. */
const count = (v) => (v?.shown ? v.value : `(hidden: ${v?.reason})`);

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** One request at a time for `limit` seconds (at most `max` requests); latency percentiles. */
async function measure(label, headers, path, limit = seconds, max = 2000) {
  for (let i = 0; i < 3; i++) await (await fetch(`${base}${path}`, { headers })).arrayBuffer();
  phaseRss = rssMb();
  const latencies = [];
  let bytes = 0;
  const until = performance.now() + limit * 1000;
  while (performance.now() < until && latencies.length < max) {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`, { headers });
    const body = await res.arrayBuffer();
    if (!res.ok)
      throw new Error(`${path}: ${res.status} ${Buffer.from(body).toString().slice(0, 300)}`);
    latencies.push(performance.now() - t0);
    bytes = body.byteLength;
  }
  latencies.sort((a, b) => a - b);
  const f = (v) => `${v.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(46)} n=${String(latencies.length).padStart(4)}  p50 ${f(percentile(latencies, 0.5)).padStart(9)}  p95 ${f(percentile(latencies, 0.95)).padStart(9)}  p99 ${f(percentile(latencies, 0.99)).padStart(9)}  ${(bytes / 1024).toFixed(0)} kB  RSS ≤ ${phaseRss.toFixed(0)} MB`,
  );
}

try {
  const started = performance.now();
  await waitForServer();
  console.log(
    `Node ${process.version}, ${process.env.DATABASE_URL ? 'PostgreSQL' : `SQLite (${db})`}, loopback, one request at a time`,
  );
  console.log(
    `server up in ${((performance.now() - started) / 1000).toFixed(1)} s, RSS ${rssMb().toFixed(0)} MB`,
  );
  const director = await signIn('direktoer1@syntetisk.ikast-brande.dk');
  const hr = await signIn('hr@syntetisk.ikast-brande.dk');
  let t0 = performance.now();
  const first = await (await fetch(`${base}/api/coverage`, { headers: director })).json();
  console.log(
    `first overview after start (builds the round's table): ${(performance.now() - t0).toFixed(0)} ms, RSS ${rssMb().toFixed(0)} MB`,
  );
  const hrView = await (await fetch(`${base}/api/coverage`, { headers: hr })).json();
  const leaders = hrView.unit.leaders;
  console.log(
    `${leaders} leaders; the director's area "${first.unit.orgUnit.name}" has ${first.unit.leaders} leaders in ${first.rows.length} rows`,
  );
  await measure('GET /api/coverage (director, her area)', director, '/api/coverage');
  const afdeling = first.rows.find((r) => r.kind === 'unit');
  await measure(
    'GET /api/coverage?orgUnitId= (drill-down)',
    director,
    `/api/coverage?orgUnitId=${afdeling.orgUnit.id}`,
    seconds / 2,
  );
  await measure('GET /api/coverage (HR, the kommune)', hr, '/api/coverage', seconds / 2);
  await measure('GET /api/coverage/trend (director)', director, '/api/coverage/trend', seconds / 2);
  await measure('GET /api/coverage/demand (HR)', hr, '/api/coverage/demand', seconds / 2, 100);
  await measure(
    'GET /api/coverage?file=xlsx (director)',
    director,
    '/api/coverage?file=xlsx',
    5,
    20,
  );
  console.log(`RSS after the reads ${rssMb().toFixed(0)} MB, at most ${maxRss.toFixed(0)} MB`);

  // After a write: one leader changes (here their title, through the admin API); the next
  // read recomputes that leader and builds the table again.
  const someone = first.rows.find((r) => r.kind === 'unit');
  const page = await (
    await fetch(`${base}/api/leaders?unitId=${someone.orgUnit.id}&pageSize=1`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    })
  ).json();
  const changed = await fetch(`${base}/api/leaders/${page.items[0].id}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Leder (benchmark)' }),
  });
  if (!changed.ok) throw new Error(`PATCH leader: ${changed.status}`);
  t0 = performance.now();
  await (await fetch(`${base}/api/coverage`, { headers: director })).arrayBuffer();
  console.log(
    `first overview after a change to one leader: ${(performance.now() - t0).toFixed(0)} ms`,
  );

  // A scenario for the afdeling nearest 110 leaders, everyone with a gap re-planned.
  const afdelinger = (
    await Promise.all(
      hrView.rows
        .filter((r) => r.kind === 'unit')
        .slice(0, 2)
        .map(
          async (f) =>
            (
              await (
                await fetch(`${base}/api/coverage?orgUnitId=${f.orgUnit.id}`, { headers: hr })
              ).json()
            ).rows,
        ),
    )
  ).flat();
  const target = afdelinger
    .filter((r) => r.kind === 'unit')
    .sort((a, b) => Math.abs(a.leaders - 110) - Math.abs(b.leaders - 110))[0];
  t0 = performance.now();
  const job = await (
    await fetch(`${base}/api/coverage/scenarios`, {
      method: 'POST',
      headers: { ...hr, 'content-type': 'application/json' },
      body: JSON.stringify({
        orgUnitId: target.orgUnit.id,
        budgetDkk: 20000,
        hours: 40,
        leaders: 'all-with-gap',
      }),
    })
  ).json();
  let state = job;
  while (state.status === 'running') {
    await new Promise((r) => setTimeout(r, 200));
    state = await (await fetch(`${base}/api/coverage/scenarios/${job.id}`, { headers: hr })).json();
  }
  console.log(
    `scenario "${target.orgUnit.name}" (${target.leaders} leaders): ${state.status}, ${count(state.result?.replanned)} re-planned (${count(state.result?.timedOut)} at the time limit, ${count(state.result?.failed)} failed) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(
    `RSS at the end ${rssMb().toFixed(0)} MB, at most ${maxRss.toFixed(0)} MB during the run`,
  );
} finally {
  clearInterval(sampler);
  server.kill('SIGTERM');
}
