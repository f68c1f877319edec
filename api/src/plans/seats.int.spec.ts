import type { OfferView, PlanView } from '@lederloeft/contracts';
import { DataSource } from 'typeorm';
import { DEMO_LEADER_PASSWORD } from '../demo/demo-organisation';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';
import { PlanEntity } from './plan.entity';
import { iso, type SeatsFixture as Fixture, seatsFixture } from './seats-test-fixture';

const LEADERS = 200;

/**
 * Seats under real concurrency (the fixture runs each request in its own transaction on
 * PostgreSQL and through the WriteQueue on SQLite), through SeatsService.request/cancel,
 * the code path plan approval and cancellation use.
 */
describe('seat booking under concurrency', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let offer: OfferView;
  let plans: PlanEntity[];
  let newSession: Fixture['newSession'];
  let itemsOn: Fixture['itemsOn'];
  let request: Fixture['request'];
  let cancel: Fixture['cancel'];
  let counters: Fixture['counters'];

  beforeAll(async () => {
    t = await startTestApp();
    // 200 leaders with an approved plan each.
    ({ dataSource, offer, plans, newSession, itemsOn, request, cancel, counters } =
      await seatsFixture(t, {
        code: 'SEATS-01',
        title: 'Ledelse af forandringer',
        leaders: LEADERS,
        emailDomain: 'seats.test',
      }));
  });
  afterAll(() => t.close());

  /** Watches the counters while `work` runs; returns the lowest values seen. */
  async function watching<T>(sessionId: string, work: Promise<T>) {
    let done = false;
    let lowest = Infinity;
    const watcher = (async () => {
      while (!done) {
        const rows = await dataSource.query(
          `SELECT seats_taken, waiting_list FROM offer_sessions WHERE id = '${sessionId}'`,
        );
        lowest = Math.min(lowest, Number(rows[0].seats_taken), Number(rows[0].waiting_list));
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    try {
      return { result: await work, lowest: () => lowest };
    } finally {
      done = true;
      await watcher;
    }
  }

  it.each([1, 2, 3])(
    'round %i: 200 concurrent requests for 25 seats give 25 bookings and 175 waiting, no errors',
    async () => {
      const sessionId = await newSession(25);
      const items = await itemsOn(sessionId);
      const results = await Promise.allSettled(items.map(request));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      const c = await counters(sessionId);
      expect(c.booked).toHaveLength(25);
      expect(c.waiting).toHaveLength(175);
      expect(c.seatsTaken).toBe(25);
      expect(c.waitingList).toBe(175);
      // The queue is 1..175 without gaps or doubles, one live booking per item.
      expect(c.waiting.map((b) => b.queuePosition)).toEqual(
        Array.from({ length: 175 }, (_, i) => i + 1),
      );
      expect(new Set([...c.booked, ...c.waiting].map((b) => b.planItemId)).size).toBe(200);
    },
  );

  it('cancellations racing requests never make a count negative, and the queue moves up in order', async () => {
    const sessionId = await newSession(10);
    const first = await itemsOn(sessionId, plans.slice(0, 30));
    await Promise.all(first.map(request));
    const before = await counters(sessionId);
    expect([before.seatsTaken, before.waitingList]).toEqual([10, 20]);

    // Cancel half of the booked and a quarter of the waiting (each twice, at once) while
    // 20 more leaders ask for a seat.
    const toCancel = [
      ...before.booked.filter((_, i) => i % 2 === 0),
      ...before.waiting.filter((_, i) => i % 4 === 1),
    ].map((b) => b.id);
    const late = await itemsOn(sessionId, plans.slice(30, 50));
    const { result, lowest } = await watching(
      sessionId,
      Promise.allSettled([
        ...toCancel.flatMap((id) => [cancel(id), cancel(id)]),
        ...late.map(request),
      ]),
    );
    expect(result.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(lowest()).toBeGreaterThanOrEqual(0);

    const after = await counters(sessionId);
    // 30 + 20 requests, 10 cancelled: 40 live; the session stays full while people wait.
    expect(after.booked.length + after.waiting.length).toBe(40);
    expect(after.seatsTaken).toBe(after.booked.length);
    expect(after.seatsTaken).toBe(10);
    expect(after.waitingList).toBe(after.waiting.length);
    expect(after.waitingList).toBe(30);
    // Those who moved up were first in line: every promoted booking stood ahead of
    // everyone still waiting, and the earliest waiters that were not cancelled moved up.
    const promoted = after.booked.filter((b) => b.queuePosition !== null);
    expect(promoted).toHaveLength(5);
    const stillWaiting = after.waiting.map((b) => b.queuePosition as number);
    expect(Math.max(...promoted.map((b) => b.queuePosition as number))).toBeLessThan(
      Math.min(...stillWaiting),
    );
    const firstInLine = before.waiting
      .filter((b) => !toCancel.includes(b.id))
      .slice(0, 5)
      .map((b) => b.id);
    expect(promoted.map((b) => b.id).sort()).toEqual([...firstInLine].sort());

    // Everyone cancels, twice, at once: both counters end at exactly 0.
    const live = [...after.booked, ...after.waiting].map((b) => b.id);
    const end = await watching(
      sessionId,
      Promise.allSettled(live.flatMap((id) => [cancel(id), cancel(id)])),
    );
    expect(end.result.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(end.lowest()).toBeGreaterThanOrEqual(0);
    const empty = await counters(sessionId);
    expect([
      empty.seatsTaken,
      empty.waitingList,
      empty.booked.length,
      empty.waiting.length,
    ]).toEqual([0, 0, 0, 0]);
  });

  it('approvals of many plans in parallel over HTTP book exactly the seats there are', async () => {
    const sessionId = await newSession(2);
    const reports = [
      demoAccount('leader', 0).email,
      'gitte.hansen@ikast-brande.dk',
      'louise.damgaard@ikast-brande.dk',
      'kim.rasmussen@ikast-brande.dk',
      'hanne.kirkegaard@ikast-brande.dk',
    ];
    const manager = demoAccount('manager');
    const M = await t.signIn(manager.email, manager.password);
    const headers = (s: SessionHeaders) => ({
      cookie: s.cookie,
      'x-csrf-token': s['x-csrf-token'],
    });
    const planIds: string[] = [];
    for (const email of reports) {
      const password =
        email === demoAccount('leader', 0).email
          ? demoAccount('leader', 0).password
          : DEMO_LEADER_PASSWORD;
      const s = await t.signIn(email, password);
      const post = async (path: string, body?: unknown) => {
        const res = await t.request<PlanView>('POST', path, { body, headers: headers(s) });
        expect(res.status).toBeLessThan(300);
        return res.body;
      };
      const plan = await post(`/api/leaders/${s.leaderId}/plans`, {
        title: 'Plan',
        periodStart: iso(0),
        periodEnd: iso(365),
        budgetDkk: null,
        hours: null,
      });
      await post(`/api/plans/${plan.id}/items`, {
        kind: 'offer',
        offerId: offer.id,
        sessionId,
        competencyKeys: ['hedekraft'],
      });
      await post(`/api/plans/${plan.id}/goals`, {
        competencyKey: 'hedekraft',
        what: 'Flere idéer',
        measure: 'To pr. møde',
        byDate: iso(100),
        behaviourKeys: [],
      });
      await post(`/api/plans/${plan.id}/submit`);
      planIds.push(plan.id);
    }
    // Hanne reports to the director; the other four to the manager: two approvers at once.
    const director = demoAccount('director');
    const D = await t.signIn(director.email, director.password);
    const approvals = await Promise.all(
      planIds.map((id, i) =>
        t.request<PlanView>('POST', `/api/plans/${id}/approve`, {
          body: {},
          headers: headers(i === 4 ? D : M),
        }),
      ),
    );
    expect(approvals.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const statuses = approvals.map((r) => r.body.items[0].booking?.status).sort();
    expect(statuses).toEqual(['booked', 'booked', 'waiting', 'waiting', 'waiting']);
    const c = await counters(sessionId);
    expect([c.seatsTaken, c.waitingList]).toEqual([2, 3]);
  });
});
