import { expect, test } from '@playwright/test';
import Database = require('better-sqlite3');
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiProcess } from '../support/api-process';
import { demoAccount } from '../support/demo-accounts';

/*
 * Operations, against the built product in processes of their own (issue 13): SIGTERM
 * drains, and SIGKILL loses nothing that was acknowledged. `CRASH_ROUNDS` sets how many
 * kills (CI: 3; `npm run test:crash` runs 20 and prints the figures).
 */

const base = Number(process.env['E2E_PORT'] ?? 4310);
const ADMIN = 'ops-admin-token-0123456789abcdef';
const ROUNDS = Number(process.env['CRASH_ROUNDS'] ?? 3);

test.describe.configure({ mode: 'serial', timeout: 60_000 + ROUNDS * 30_000 });

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lederloeft-ops-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function signIn(url: string, email: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string; leaderId: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, csrf: body.csrfToken, leaderId: body.leaderId };
}

test('SIGTERM drains: readiness 503, requests in flight finish, then the process exits 0', async () => {
  const api = await startApiProcess({
    port: base + 11,
    databasePath: join(dir, 'drain.sqlite'),
    adminToken: ADMIN,
    // A load balancer probing every second stops sending work within the delay.
    env: { DRAIN_DELAY_MS: '1000' },
  });
  const leader = demoAccount('leader');
  const session = await signIn(api.url, leader.email, leader.password);
  const propose = (budgetDkk: number) =>
    fetch(`${api.url}/api/leaders/${session.leaderId}/plan-proposals`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
      },
      body: JSON.stringify({ budgetDkk, hours: 40 }),
    }).then((r) => r.status);
  // Eight proposals queue for the two solver threads; most are still being solved when the
  // signal comes.
  const inFlight = Array.from({ length: 8 }, (_, i) => propose(10_000 + i * 500));
  await new Promise((r) => setTimeout(r, 150));
  const signalled = Date.now();
  api.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 50));
  const ready = await fetch(`${api.url}/api/health/ready`);
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as { status: string }).status).toBe('draining');
  expect(await Promise.all(inFlight)).toEqual(Array(8).fill(200));
  const { code } = await api.exited;
  expect(code).toBe(0);
  expect(Date.now() - signalled).toBeLessThan(1_000 + 10_000);
  expect(api.output()).toContain('SIGTERM: draining');
  // Gone: nothing answers on the port any more.
  await expect(fetch(`${api.url}/api/health/live`)).rejects.toThrow();
});

test(`SIGKILL at random moments (${ROUNDS}×) loses no acknowledged write and no integrity`, async () => {
  const databasePath = join(dir, 'crash.sqlite');
  const start = () => startApiProcess({ port: base + 12, databasePath, adminToken: ADMIN });
  let api = await start();
  const leader = demoAccount('leader');
  const session = await signIn(api.url, leader.email, leader.password);
  const asLeader = {
    'content-type': 'application/json',
    cookie: session.cookie,
    'x-csrf-token': session.csrf,
  };
  const asAdmin = { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` };
  const created = await fetch(`${api.url}/api/leaders/${session.leaderId}/plans`, {
    method: 'POST',
    headers: asLeader,
    body: JSON.stringify({
      title: 'Kladde under belastning',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      budgetDkk: null,
      hours: null,
    }),
  });
  expect(created.status).toBe(201);
  const planId = ((await created.json()) as { id: string }).id;

  const acknowledged = { offers: new Set<string>(), items: new Set<string>() };
  let serial = 0;
  const figures: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const n = ++serial;
        try {
          if (n % 2 === 0) {
            const res = await fetch(`${api.url}/api/offers`, {
              method: 'POST',
              headers: asAdmin,
              body: JSON.stringify(offerBody(n)),
            });
            if (res.status === 201)
              acknowledged.offers.add(((await res.json()) as { id: string }).id);
          } else {
            const res = await fetch(`${api.url}/api/plans/${planId}/items`, {
              method: 'POST',
              headers: asLeader,
              body: JSON.stringify({
                kind: 'on-the-job',
                behaviourKey: 'handlekraft.foelge-op-paa-maal',
                text: `Aktivitet ${n}`,
                competencyKeys: ['handlekraft'],
                behaviourKeys: ['handlekraft.foelge-op-paa-maal'],
              }),
            });
            if (res.status === 201) {
              const view = (await res.json()) as { items: { id: string; text: string }[] };
              const item = view.items.find((i) => i.text === `Aktivitet ${n}`);
              if (item) acknowledged.items.add(item.id);
            }
          }
        } catch {
          // The process died mid-request: that write was never acknowledged.
        }
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    await new Promise((r) => setTimeout(r, 300 + Math.floor(Math.random() * 1200)));
    api.child.kill('SIGKILL');
    await api.exited;
    stop = true;
    await Promise.all(writers);

    api = await start();
    const plan = (await (
      await fetch(`${api.url}/api/plans/${planId}`, { headers: asLeader })
    ).json()) as { items: { id: string }[] };
    const items = new Set(plan.items.map((i) => i.id));
    const missingItems = [...acknowledged.items].filter((id) => !items.has(id));
    const offerStatuses = await Promise.all(
      [...acknowledged.offers].map(async (id) => {
        const res = await fetch(`${api.url}/api/offers/${id}`, { headers: asAdmin });
        return res.status;
      }),
    );
    expect(missingItems).toEqual([]);
    expect(offerStatuses.filter((s) => s !== 200)).toEqual([]);
    const db = new Database(databasePath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
    figures.push(
      `round ${round}: ${acknowledged.items.size} items and ${acknowledged.offers.size} offers acknowledged, all present`,
    );
  }
  api.child.kill('SIGTERM');
  await api.exited;
  console.log(figures.join('\n'));
});

function offerBody(n: number) {
  return {
    code: `CRASH-${n}`,
    kind: 'course',
    title: `Kursus ${n}`,
    provider: 'Testudbyder',
    description: 'Skrevet under en nedbrudstest.',
    format: 'in-person',
    language: 'da',
    location: 'Ikast',
    hours: 7,
    priceDkk: 1000,
    priceIncludesVat: true,
    priceIsIndicative: false,
    ects: null,
    targetLevels: [],
    prerequisites: '',
    onDemand: true,
    contactName: 'HR',
    contactEmail: 'hr@ikast-brande.dk',
    effects: [{ competencyKey: 'handlekraft', strength: 'some', behaviourKeys: [] }],
  };
}
