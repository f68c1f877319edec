#!/usr/bin/env node
// Catalogue at scale, on the built product (npm run build first): generates a synthetic
// catalogue of 10,000 offers and 30,000 sessions as an XLSX in HR's layout, imports it
// through POST /api/offers/import on a fresh SQLite database (or DATABASE_URL), and measures
// searches with filters through GET /api/offers. Prints figures; asserts nothing.
// Usage: node bench/catalogue.mjs [--offers 10000] [--searches 400] [--concurrency 1]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const offerCount = arg('offers', 10_000);
const searches = arg('searches', 400);
const concurrency = arg('concurrency', 1);
const port = 4400 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
const token = 'bench-admin-token-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'lederloeft-bench-'));

const server = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_SERVER_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`]
      : []),
    'dist/api/main.js',
  ],
  {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dir, 'bench.sqlite'),
      DATABASE_URL: process.env.DATABASE_URL ?? '',
      ADMIN_API_TOKEN: token,
    },
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore', 'inherit'],
  },
);
const rssMb = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return m ? (Number(m[1]) / 1024).toFixed(0) : '?';
};
const auth = { authorization: `Bearer ${token}` };

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

// A deterministic generator, so every run imports the same catalogue.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
const WORDS = [
  'ledelse',
  'forandring',
  'borgerrejse',
  'tillid',
  'dialog',
  'innovation',
  'netværk',
  'kerneopgave',
  'arbejdsmiljø',
  'strategi',
  'økonomi',
  'mod',
  'idéer',
  'samskabelse',
  'kommunikation',
  'coaching',
  'konflikt',
  'trivsel',
  'styring',
  'fællesskab',
  'ære',
  'nærvær',
  'sparring',
  'udvikling',
  'kvalitet',
  'digitalisering',
  'jura',
  'rekruttering',
];
const KINDS = [
  'Kursus',
  'Diplommodul',
  'E-læring',
  'Netværk',
  'Coaching',
  'Mentorordning',
  'Temadag',
  'Jobrotation/følordning',
];
const PLACES = ['Ikast Rådhus', 'Brande', 'Herning', 'Aarhus', 'Bording', 'Nørre Snede'];
const STRENGTHS = ['', '', 'Noget', 'Stærk'];
let COMPETENCIES = []; // the competencies' Danish titles: the sheet's column headers
const LEVELS = ['', 'Førstelinjeleder', 'Mellemleder', 'Chef', 'Førstelinjeleder, Mellemleder'];

async function catalogueXlsx(behaviourKeys) {
  const today = new Date();
  const inDays = (days) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tilbud');
  const header = [
    'Kode',
    'Titel',
    'Type',
    'Udbyder',
    'Beskrivelse',
    'Form',
    'Sprog',
    'Sted',
    'Timer',
    'Pris (kr.)',
    'Lederniveauer',
    'Status',
    ...COMPETENCIES,
    'Adfærd',
    'Forløb start',
    'Forløb slut',
    'Pladser',
    'Tilmeldingsfrist',
    'Optaget',
  ];
  sheet.addRow(header);
  let sessions = 0;
  for (let i = 1; i <= offerCount; i++) {
    const title = `${pick(WORDS)} og ${pick(WORDS)} ${i}`;
    const strengths = COMPETENCIES.map(() => pick(STRENGTHS));
    if (strengths.every((s) => s === '')) strengths[i % 4] = 'Stærk';
    const behaviours = strengths
      .map((s, c) => (s && random() < 0.6 ? pick(behaviourKeys[c]) : null))
      .filter(Boolean);
    // Three sessions per offer, one in each third of the year, so none coincide.
    let third = 0;
    const session = () => {
      const start = 10 + 115 * third++ + Math.floor(random() * 110);
      const capacity = 10 + Math.floor(random() * 20);
      sessions++;
      return [
        inDays(start),
        inDays(start + Math.floor(random() * 3)),
        capacity,
        inDays(start - 14),
        Math.floor(random() * (capacity + 1)),
      ];
    };
    sheet.addRow([
      `SYN-${String(i).padStart(5, '0')}`,
      title.charAt(0).toUpperCase() + title.slice(1),
      pick(KINDS),
      `Udbyder ${1 + (i % 120)}`,
      Array.from({ length: 25 }, () => pick(WORDS)).join(' '),
      'Fremmøde',
      'Dansk',
      pick(PLACES),
      1 + Math.floor(random() * 80),
      Math.round(random() * 40_000 * 100) / 100,
      pick(LEVELS),
      random() < 0.9 ? 'Udgivet' : 'Kladde',
      ...strengths,
      behaviours.join(', '),
      ...session(),
    ]);
    for (let extra = 0; extra < 2; extra++) {
      sheet.addRow([
        `SYN-${String(i).padStart(5, '0')}`,
        ...Array(header.length - 6).fill(null),
        ...session(),
      ]);
    }
  }
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), sessions };
}

async function timed(label, work) {
  const t0 = performance.now();
  const result = await work();
  console.log(
    `${label.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(2)} s   server RSS ${rssMb()} MB`,
  );
  return result;
}

const iso = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const QUERIES = [
  () => `q=${encodeURIComponent(pick(WORDS))}`,
  () =>
    `q=${encodeURIComponent(`${pick(WORDS)} ${pick(WORDS)}`)}&competency=hedekraft&strength=strong`,
  () => `competency=paa-tvaers&level=mellemleder&priceMax=15000&sort=price`,
  () => `q=${encodeURIComponent(pick(WORDS))}&from=${iso(30)}&to=${iso(120)}&sort=date`,
  () => `kind=course&language=da&priceMin=1000&priceMax=20000&page=3`,
  () => `behaviour=hedekraft.sige-ja&level=chef`,
  () =>
    `q=${encodeURIComponent(pick(WORDS))}&competency=borgerne-i-centrum&from=${iso(1)}&to=${iso(365)}&level=foerstelinjeleder&sort=relevance`,
  () => `sort=date&status=published`,
];

async function searchLoad(workers) {
  const latencies = [];
  const perQuery = QUERIES.map(() => []);
  let errors = 0;
  let done = 0;
  const worker = async () => {
    while (done < searches) {
      const n = done++ % QUERIES.length;
      const t0 = performance.now();
      const res = await fetch(`${base}/api/offers?${QUERIES[n]()}`, { headers: auth });
      await res.arrayBuffer();
      const ms = performance.now() - t0;
      if (res.ok) {
        latencies.push(ms);
        perQuery[n].push(ms);
      } else errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: workers }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const q = (list, p) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1);
  };
  console.log(
    `search with filters (${latencies.length} requests, concurrency ${workers}): ${Math.round(latencies.length / elapsed)} req/s  p50 ${q(latencies, 0.5)} ms  p95 ${q(latencies, 0.95)} ms  p99 ${q(latencies, 0.99)} ms  errors ${errors}`,
  );
  QUERIES.forEach((make, i) => {
    const sample = make().replace(/q=[^&]+/, 'q=…');
    console.log(`  p95 ${q(perQuery[i], 0.95).padStart(6)} ms   ${sample}`);
  });
}

try {
  await waitForServer();
  const framework = await (await fetch(`${base}/api/frameworks/current`)).json();
  const behaviourKeys = framework.competencies.map((c) => c.behaviours.map((b) => b.key));
  COMPETENCIES = framework.competencies.map((c) => c.title.da);
  console.log(
    `Node ${process.version}, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}, loopback, ${offerCount} offers`,
  );
  const { buffer, sessions } = await timed('generate XLSX (bench side)', () =>
    catalogueXlsx(behaviourKeys),
  );
  console.log(
    `XLSX: ${(buffer.length / 1024 / 1024).toFixed(1)} MB, ${offerCount} offers, ${sessions} sessions`,
  );
  const upload = (query) =>
    fetch(`${base}/api/offers/import${query}`, {
      method: 'POST',
      headers: {
        ...auth,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: buffer,
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
  const preview = await timed('import preview (dryRun=true)', () => upload('?dryRun=true'));
  if (preview.status !== 200 || preview.body.errors.length)
    throw new Error(JSON.stringify(preview.body).slice(0, 500));
  const imported = await timed('import (all rows, one transaction)', () => upload(''));
  console.log(
    `  created ${imported.body.creates}, sessions ${imported.body.sessions}, status ${imported.status}`,
  );
  const again = await timed('re-import of the same file (no changes)', () =>
    upload('?dryRun=true'),
  );
  console.log(`  unchanged ${again.body.unchanged}`);
  await searchLoad(concurrency);
  if (concurrency === 1) await searchLoad(4);
} finally {
  server.kill('SIGTERM');
  if (process.env.BENCH_KEEP) console.log(`database kept at ${join(dir, 'bench.sqlite')}`);
  else rmSync(dir, { recursive: true, force: true });
}
