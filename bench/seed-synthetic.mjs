#!/usr/bin/env node
// A synthetic municipality at scale, for the Overblik benchmark (docs/benchmarks.md):
// kommune → 6 fagområder → afdelinger → enheder (the product's four unit kinds) with a
// head per unit and, in most enheder, staff leaders under the head (manager chains five
// deep), two rounds of evidence from every source (self, manager, employees, survey),
// target profiles, a published catalogue with sessions, and approved/active plans with
// seat bookings. Deterministic (seeded), so every run builds the same data.
//
// Needs the built product (npm run build). Writes a new SQLite file (--out, default
// /tmp/lederloeft-synthetic-<leaders>.sqlite) or, with DATABASE_URL, an EMPTY PostgreSQL
// database; the schema comes from the api's own migrations (it starts dist/api/main.js
// once), the rows are inserted directly, and a last start computes the coverage facts.
// Usage: npm run seed:synthetic -- --leaders 50000 [--out file.sqlite]
//        (--facts-only: only the last step, on a database the generator has filled)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import argon2 from 'argon2';
import Database from 'better-sqlite3';
import pg from 'pg';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const LEADERS = Number(arg('leaders', 50_000));
const pgUrl = process.env.DATABASE_URL || null;
const out = arg('out', `/tmp/lederloeft-synthetic-${LEADERS}.sqlite`);
const SYNTHETIC_PASSWORD = 'Syntetisk-demo-2026';
const TOKEN = 'synthetic-admin-token-0123456789';
const factsOnly = process.argv.includes('--facts-only');
if (!pgUrl && existsSync(out) && !factsOnly) {
  console.error(`${out} exists; remove it or choose --out`);
  process.exit(1);
}

// ---- the server, for migrations and for computing the facts ----
const port = 4900 + Math.floor(Math.random() * 90);
function startServer() {
  const child = spawn(process.execPath, ['dist/api/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: out,
      DATABASE_URL: pgUrl ?? '',
      DEMO_DATA: 'false',
      ADMIN_API_TOKEN: TOKEN,
    },
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  return child;
}
async function waitForServer() {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}
const stop = (child) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

// ---- deterministic randomness ----
let seed = 20261207;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rnd() * list.length)];
const clamp = (v) => Math.min(5, Math.max(1, Math.round(v)));
const now = new Date().toISOString();
const today = now.slice(0, 10);
const addDays = (iso, days) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

// ---- the database side: one insert path per database ----
let sqlite = null;
let client = null;
const TYPES = new Map(); // table -> column -> pg array type
async function query(sql, params = []) {
  if (sqlite) return sqlite.prepare(sql).all(...params);
  let n = 0;
  return (
    await client.query(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    )
  ).rows;
}
async function columnTypes(table) {
  if (TYPES.has(table)) return TYPES.get(table);
  const rows = await query(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = ?`,
    [table],
  );
  const types = new Map(
    rows.map((r) => [
      r.name,
      r.type === 'integer'
        ? 'int[]'
        : r.type === 'real'
          ? 'real[]'
          : r.type === 'boolean'
            ? 'bool[]'
            : 'text[]',
    ]),
  );
  TYPES.set(table, types);
  return types;
}
let inserted = 0;
async function insert(table, rows) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  inserted += rows.length;
  if (sqlite) {
    const statement = sqlite.prepare(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    sqlite.transaction(() => {
      for (const row of rows)
        statement.run(
          ...columns.map((c) => (typeof row[c] === 'boolean' ? (row[c] ? 1 : 0) : row[c])),
        );
    })();
    return;
  }
  // PostgreSQL: one array per column, unnested, 20,000 rows a statement.
  const types = await columnTypes(table);
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    await client.query(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${columns
        .map((c, j) => `$${j + 1}::${types.get(c)}`)
        .join(', ')})`,
      columns.map((c) => part.map((row) => row[c])),
    );
  }
}

// ---- generation ----
const FAGOMRAADER = [
  'Børn og Unge',
  'Social og Sundhed',
  'Teknik og Miljø',
  'Kultur, Fritid og Borgerservice',
  'Arbejdsmarked',
  'Økonomi og Stab',
];
const TARGETS = { direktoer: 4.2, chef: 4, mellemleder: 3.8, foerstelinjeleder: 3.5 };

async function generate() {
  const t0 = performance.now();
  const [framework] = await query(`SELECT id FROM frameworks WHERE status = 'published'`);
  const competencies = await query(
    `SELECT id, key FROM competencies WHERE framework_id = ? ORDER BY position`,
    [framework.id],
  );
  const behaviours = await query(
    `SELECT competency_id, key FROM behaviours WHERE framework_id = ? ORDER BY position`,
    [framework.id],
  );
  const shape = competencies.map((c) => ({
    key: c.key,
    behaviours: behaviours.filter((b) => b.competency_id === c.id).map((b) => b.key),
  }));

  // Org tree and leaders.
  const units = [];
  const leaders = [];
  let unitNo = 0;
  const addUnit = (name, kind, parent) => {
    const id = randomUUID();
    const unit = {
      id,
      name,
      kind,
      parent_id: parent?.id ?? null,
      external_id: `SYN-${String(++unitNo).padStart(6, '0')}`,
      path: `${parent?.path ?? '/'}${id}/`,
      created_at: now,
    };
    units.push(unit);
    return unit;
  };
  const addLeader = (unit, levelKey, manager, title) => {
    const n = leaders.length + 1;
    const joinedLate = rnd() < 0.08;
    const leader = {
      id: randomUUID(),
      name: `Syntetisk Leder ${n}`,
      email: `leder${n}@syntetisk.ikast-brande.dk`,
      title,
      level_key: levelKey,
      org_unit_id: unit.id,
      manager_id: manager?.id ?? null,
      start_date: joinedLate
        ? '2025-11-01'
        : `20${String(int(8, 24)).padStart(2, '0')}-0${int(1, 9)}-01`,
      active: true,
      personal_foundation: '',
      personal_foundation_updated_at: null,
      created_at: now,
      employee_id: null,
    };
    leaders.push(leader);
    return leader;
  };
  const kommune = addUnit('Syntetisk Kommune', 'kommune', null);
  const director = addLeader(kommune, 'direktoer', null, 'Kommunaldirektør');
  const perFagomraade = LEADERS / FAGOMRAADER.length;
  const fagomraader = [];
  for (const name of FAGOMRAADER) {
    const fag = addUnit(name, 'fagomraade', kommune);
    const chef = addLeader(fag, 'chef', director, 'Chef');
    fagomraader.push(fag);
    const start = leaders.length;
    let a = 0;
    while (leaders.length - start < perFagomraade - 1) {
      const afdeling = addUnit(`${name}, afdeling ${++a}`, 'afdeling', fag);
      const head = addLeader(afdeling, 'mellemleder', chef, 'Afdelingsleder');
      const enheder = int(6, 40);
      for (let e = 1; e <= enheder && leaders.length - start < perFagomraade - 1; e++) {
        const enhed = addUnit(`${afdeling.name}, enhed ${e}`, 'enhed', afdeling);
        const enhedLeader = addLeader(enhed, 'foerstelinjeleder', head, 'Enhedsleder');
        // Staff leaders under the head: most enheder small, a few large institutions.
        const r = rnd();
        const staff = r < 0.3 ? 0 : r < 0.7 ? int(1, 3) : r < 0.95 ? int(4, 10) : int(11, 30);
        for (let s = 0; s < staff; s++) addLeader(enhed, 'foerstelinjeleder', enhedLeader, 'Leder');
      }
    }
  }
  await insert('org_units', units);
  // Managers before their reports (foreign key): the generation order is already top-down.
  await insert('leaders', leaders);
  console.log(`org: ${units.length} units, ${leaders.length} leaders`);

  // Accounts: one director per fagområde, HR and an administrator.
  const hash = await argon2.hash(SYNTHETIC_PASSWORD, { type: argon2.argon2id });
  const accounts = [];
  const roles = [];
  const account = (email, name, leaderId) => {
    const a = {
      id: randomUUID(),
      email,
      name,
      password_hash: hash,
      leader_id: leaderId,
      active: true,
      password_changed_at: now,
      created_at: now,
    };
    accounts.push(a);
    return a;
  };
  fagomraader.forEach((fag, i) => {
    const chef = leaders.find((l) => l.org_unit_id === fag.id);
    const a = account(
      `direktoer${i + 1}@syntetisk.ikast-brande.dk`,
      `Direktør ${fag.name}`,
      chef.id,
    );
    roles.push({ id: randomUUID(), account_id: a.id, role: 'director', scope_org_unit_id: fag.id });
  });
  const hr = account('hr@syntetisk.ikast-brande.dk', 'Syntetisk HR', null);
  roles.push({ id: randomUUID(), account_id: hr.id, role: 'hr', scope_org_unit_id: null });
  await insert('accounts', accounts);
  await insert('account_roles', roles);

  // Rounds, targets, evidence.
  const rounds = [
    {
      name: 'Lederevaluering 2025',
      start: '2025-09-01',
      end: '2025-12-18',
      status: 'closed',
      shift: -0.25,
    },
    {
      name: 'Lederevaluering 2026',
      start: '2026-09-01',
      end: '2026-12-18',
      status: 'open',
      shift: 0,
    },
  ].map((r) => ({ ...r, id: randomUUID() }));
  const scale = JSON.stringify(
    ['Slet ikke', 'I ringe grad', 'I nogen grad', 'I høj grad', 'I meget høj grad'].map(
      (da, i) => ({
        value: i + 1,
        label: { da, en: da },
      }),
    ),
  );
  await insert(
    'assessment_rounds',
    rounds.map((r) => ({
      id: r.id,
      name: r.name,
      framework_id: framework.id,
      period_start: r.start,
      period_end: r.end,
      sources: JSON.stringify(['self', 'manager', 'employees', 'survey']),
      status: r.status,
      min_respondents: 3,
      scale,
      created_at: now,
      weights: null,
    })),
  );
  await insert(
    'target_profiles',
    Object.entries(TARGETS).flatMap(([level, target]) =>
      shape.map((c) => ({
        id: randomUUID(),
        framework_id: framework.id,
        level_key: level,
        competency_key: c.key,
        target,
      })),
    ),
  );
  let evidenceRows = 0;
  for (const round of rounds) {
    const surveyed = new Set();
    // In slices, so a 50,000-leader run never holds all rows in memory at once.
    for (let from = 0; from < leaders.length; from += 2000) {
      const ratings = [];
      const employees = [];
      const survey = [];
      for (const leader of leaders.slice(from, from + 2000)) {
        if (round.status === 'closed' && leader.start_date >= round.start) continue;
        const target = TARGETS[leader.level_key];
        const team = rnd() < 0.1 ? 2 : int(4, 14);
        const bias = rnd() < 0.15 ? 1.2 : 0;
        for (const c of shape) {
          const level = target - 0.8 + rnd() * 1.4 + round.shift;
          for (const key of c.behaviours) {
            const b = level - 0.4 + rnd() * 0.8;
            const distribution = [0, 0, 0, 0, 0];
            for (let i = 0; i < team; i++) distribution[clamp(b - 1 + rnd() * 2) - 1]++;
            const mean = distribution.reduce((s, n, i) => s + n * (i + 1), 0) / team;
            employees.push({
              id: randomUUID(),
              round_id: round.id,
              leader_id: leader.id,
              behaviour_key: key,
              respondents: team,
              mean: Math.round(mean * 100) / 100,
              distribution: JSON.stringify(distribution),
            });
            ratings.push({
              id: randomUUID(),
              round_id: round.id,
              leader_id: leader.id,
              source: 'self',
              rater_leader_id: leader.id,
              behaviour_key: key,
              rating: clamp(b + bias),
              updated_at: now,
            });
            if (leader.manager_id)
              ratings.push({
                id: randomUUID(),
                round_id: round.id,
                leader_id: leader.id,
                source: 'manager',
                rater_leader_id: leader.manager_id,
                behaviour_key: key,
                rating: rnd() < 0.05 ? null : clamp(b - 0.3 + rnd() * 0.6),
                updated_at: now,
              });
          }
          if (!surveyed.has(`${leader.org_unit_id}|${c.key}`)) {
            surveyed.add(`${leader.org_unit_id}|${c.key}`);
            survey.push({
              id: randomUUID(),
              round_id: round.id,
              org_unit_id: leader.org_unit_id,
              competency_key: c.key,
              score: Math.round(Math.min(5, Math.max(1, level - 0.3 + rnd() * 0.6)) * 100) / 100,
              respondents: team,
            });
          }
        }
      }
      await insert('assessment_ratings', ratings);
      await insert('employee_results', employees);
      await insert('survey_results', survey);
      evidenceRows += ratings.length + employees.length + survey.length;
    }
  }
  console.log(`evidence: ${evidenceRows} rows in ${rounds.length} rounds`);

  // Catalogue: 300 published offers, a third on demand, the rest with 1-3 sessions.
  const kinds = [
    'course',
    'diploma-module',
    'e-learning',
    'network',
    'coaching',
    'mentoring',
    'theme-day',
  ];
  const offers = [];
  const effects = [];
  const offerBehaviours = [];
  const sessions = [];
  for (let i = 1; i <= 300; i++) {
    const kind = pick(kinds);
    const onDemand =
      kind === 'e-learning' || kind === 'coaching' || kind === 'mentoring' || rnd() < 0.1;
    const title = `Syntetisk tilbud ${i}`;
    const offer = {
      id: randomUUID(),
      code: `SYN-${i}`,
      code_key: `syn-${i}`,
      kind,
      title,
      provider: 'Syntetisk udbyder',
      description: 'Et syntetisk tilbud til benchmark.',
      format: 'fremmoede',
      language: 'da',
      location: onDemand ? null : pick(['Ikast', 'Brande', 'Herning']),
      hours_tenths: int(2, 40) * 10,
      price_ore: int(0, 30) * 100_000,
      price_includes_vat: true,
      price_is_indicative: false,
      ects_tenths: null,
      target_levels: '',
      prerequisites: '',
      on_demand: onDemand,
      contact_name: 'HR',
      contact_email: 'hr@syntetisk.ikast-brande.dk',
      status: 'published',
      ever_published: true,
      version: 1,
      search_title: title.toLowerCase(),
      search_provider: 'syntetisk udbyder',
      search_all: title.toLowerCase(),
      created_at: now,
      updated_at: now,
    };
    offers.push(offer);
    const chosen = [...shape].sort(() => rnd() - 0.5).slice(0, int(1, 3));
    offer.effectKeys = chosen.map((c) => c.key);
    chosen.forEach((c, j) => {
      const strength = rnd() < 0.5 ? 'strong' : 'some';
      effects.push({
        offer_id: offer.id,
        competency_key: c.key,
        strength,
        strength_rank: strength === 'strong' ? 2 : 1,
      });
      if (j === 0)
        offerBehaviours.push({
          offer_id: offer.id,
          behaviour_key: pick(c.behaviours),
          competency_key: c.key,
          position: 0,
        });
    });
    if (!onDemand) {
      for (let s = 0; s < int(1, 3); s++) {
        const start = addDays(today, int(20, 330));
        sessions.push({
          id: randomUUID(),
          offer_id: offer.id,
          start_date: start,
          end_date: addDays(start, int(0, 2)),
          place: offer.location,
          capacity: int(12, 30),
          registration_deadline: addDays(start, -14),
          seats_taken: 0,
          waiting_list: 0,
          created_at: now,
          updated_at: now,
        });
      }
    }
  }

  // Plans: 30 % of the leaders have an approved or active plan of 2-3 offers and a
  // learning-on-the-job activity; session offers book a seat or join the waiting list.
  const plans = [];
  const items = [];
  const bookings = [];
  const sessionsOf = new Map();
  for (const s of sessions) sessionsOf.set(s.offer_id, [...(sessionsOf.get(s.offer_id) ?? []), s]);
  const behaviourOf = new Map(shape.map((c) => [c.key, c.behaviours]));
  for (const leader of leaders) {
    if (rnd() >= 0.3) continue;
    const plan = {
      id: randomUUID(),
      leader_id: leader.id,
      title: 'Udviklingsplan',
      period_start: addDays(today, -30),
      period_end: addDays(today, 335),
      budget_ore: 2_000_000,
      hours_tenths: 600,
      status: rnd() < 0.4 ? 'approved' : 'active',
      manager_comment: null,
      ever_submitted: true,
      version: 4,
      submitted_at: now,
      approved_at: now,
      created_at: now,
      updated_at: now,
    };
    plans.push(plan);
    const picked = new Set();
    for (let k = 0; k < int(2, 3); k++) {
      const offer = pick(offers);
      if (picked.has(offer.id)) continue;
      picked.add(offer.id);
      const session = offer.on_demand ? null : pick(sessionsOf.get(offer.id));
      const item = {
        id: randomUUID(),
        plan_id: plan.id,
        kind: 'offer',
        offer_id: offer.id,
        offer_title: offer.title,
        session_id: session?.id ?? null,
        behaviour_key: null,
        text: '',
        competency_keys: JSON.stringify(offer.effectKeys),
        behaviour_keys: '[]',
        position: k + 1,
        status: 'planned',
        done_evidence: null,
        done_at: null,
        cost_ore: offer.price_ore,
        hours_tenths: offer.hours_tenths,
        created_at: now,
        updated_at: now,
      };
      items.push(item);
      if (session) {
        const booked = session.seats_taken < session.capacity;
        if (booked) session.seats_taken += 1;
        else session.waiting_list += 1;
        bookings.push({
          id: randomUUID(),
          session_id: session.id,
          plan_id: plan.id,
          plan_item_id: item.id,
          leader_id: leader.id,
          status: booked ? 'booked' : 'waiting',
          queue_position: booked ? null : session.waiting_list,
          requested_at: now,
          updated_at: now,
          cancelled_at: null,
        });
      }
    }
    const c = pick(shape);
    items.push({
      id: randomUUID(),
      plan_id: plan.id,
      kind: 'on-the-job',
      offer_id: null,
      offer_title: null,
      session_id: null,
      behaviour_key: pick(behaviourOf.get(c.key)),
      text: 'Læring i jobbet.',
      competency_keys: JSON.stringify([c.key]),
      behaviour_keys: '[]',
      position: 9,
      status: 'planned',
      done_evidence: null,
      done_at: null,
      cost_ore: 0,
      hours_tenths: 80,
      created_at: now,
      updated_at: now,
    });
  }
  for (const o of offers) delete o.effectKeys;
  await insert('offers', offers);
  await insert('offer_effects', effects);
  await insert('offer_behaviours', offerBehaviours);
  await insert('offer_sessions', sessions);
  await insert('development_plans', plans);
  await insert('plan_items', items);
  await insert('seat_bookings', bookings);
  console.log(
    `catalogue: ${offers.length} offers, ${sessions.length} sessions; plans: ${plans.length} with ${items.length} activities, ${bookings.length} seat bookings`,
  );
  console.log(`inserted ${inserted} rows in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

if (!factsOnly) {
  const first = startServer();
  try {
    await waitForServer();
  } finally {
    await stop(first);
  }
  if (pgUrl) {
    client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
  } else {
    sqlite = new Database(out);
    sqlite.pragma('journal_mode = WAL');
  }
  try {
    await generate();
  } finally {
    if (sqlite) sqlite.close();
    if (client) await client.end();
  }
}
// The facts are computed by the api itself, on its first coverage read (a migration
// marked the database for a full recompute).
const second = startServer();
try {
  await waitForServer();
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/coverage`, {
    headers: { authorization: `Bearer ${TOKEN}` },
    signal: AbortSignal.timeout(3_600_000),
  });
  if (!res.ok) throw new Error(`coverage: ${res.status} ${await res.text()}`);
  console.log(
    `coverage facts computed by the api in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
} finally {
  await stop(second);
}
if (!pgUrl)
  console.log(`SQLite database: ${out} (${(statSync(out).size / 1024 / 1024).toFixed(0)} MB)`);
console.log(
  `Directors sign in as direktoer1..6@syntetisk.ikast-brande.dk with ${SYNTHETIC_PASSWORD}`,
);
