import type {
  PlanEventView,
  PlanSummary,
  PlanView,
  SessionParticipantList,
} from '@lederloeft/contracts';
import { DataSource } from 'typeorm';
import { todayInDenmark } from '../catalogue/local-date';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { OfferEntity } from '../catalogue/offer.entity';
import { PlanEventEntity } from '../plans/plan-event.entity';
import { PlanEntity } from '../plans/plan.entity';
import { SeatBookingEntity } from '../plans/seat-booking.entity';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp, TestResponse } from '../testing/test-app';
import { DEMO_OFFERS } from './demo-catalogue';
import { DemoDataService } from './demo-data.service';
import { DEMO_LEADER_PASSWORD } from './demo-organisation';
import { DEMO_COVERAGE_PLAN_LEADERS } from './demo-coverage';

/** The demo plans, as the people of the story see them through the API after a first start. */
describe('demo development plans', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let morten: SessionHeaders;
  let sofie: SessionHeaders;
  const today = todayInDenmark();

  const as =
    (who: SessionHeaders) =>
    <T>(method: string, path: string): Promise<TestResponse<T>> =>
      t.request<T>(method, path, {
        headers: { cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] },
      });

  async function plansOf(who: SessionHeaders): Promise<PlanSummary[]> {
    const res = await as(who)<PlanSummary[]>('GET', `/api/leaders/${who.leaderId}/plans`);
    expect(res.status).toBe(200);
    return res.body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get(DataSource);
    const manager = demoAccount('manager');
    morten = await t.signIn(manager.email, manager.password);
    sofie = await t.signIn('sofie.lindberg@ikast-brande.dk', 'Leder-demo-2026');
  });
  afterAll(() => t.close());

  it("puts Gitte's submitted plan in Morten's inbox, with two SMART goals and a balanced mix", async () => {
    const inbox = (await as(morten)<PlanSummary[]>('GET', '/api/plans/inbox')).body;
    expect(inbox.map((p) => [p.leader.name, p.status])).toEqual([['Gitte Hansen', 'submitted']]);
    const plan = (await as(morten)<PlanView>('GET', `/api/plans/${inbox[0].id}`)).body;
    expect(plan.goals).toHaveLength(2);
    expect(plan.permissions.actions).toEqual(expect.arrayContaining(['approve', 'return']));
    expect(plan.items.filter((i) => i.kind === 'on-the-job').length).toBeGreaterThanOrEqual(2);
    const offers = await dataSource.getRepository(OfferEntity).find();
    const kindOf = (id: string | null) => offers.find((o) => o.id === id)?.kind;
    const offerKinds = plan.items.filter((i) => i.kind === 'offer').map((i) => kindOf(i.offerId));
    expect(offerKinds.sort()).toEqual(['coaching', 'course', 'network']);
    // Not yet approved: no seats asked for.
    expect(plan.items.every((i) => i.booking === null)).toBe(true);
  });

  it('gives Sofie an active plan with seats, a waiting list, a done activity, reflections and follow-ups', async () => {
    const [summary, ...others] = await plansOf(sofie);
    expect(others).toEqual([]);
    expect(summary.status).toBe('active');
    const plan = (await as(sofie)<PlanView>('GET', `/api/plans/${summary.id}`)).body;
    expect(plan.managerComment).toMatch(/ungepanelet/);
    const approvedDaysAgo = (Date.now() - Date.parse(plan.approvedAt ?? '')) / 86_400_000;
    expect(approvedDaysAgo).toBeGreaterThan(50);
    expect(approvedDaysAgo).toBeLessThan(70);
    const bookings = plan.items.map((i) => i.booking?.status).filter(Boolean);
    expect(bookings.sort()).toEqual(['booked', 'booked', 'waiting']);
    expect(plan.items.find((i) => i.booking?.status === 'waiting')?.booking?.queuePosition).toBe(1);
    const done = plan.items.filter((i) => i.status === 'done');
    expect(done).toHaveLength(1);
    expect(done[0].doneEvidence).toMatch(/teammøder/);
    expect(plan.items.flatMap((i) => i.notes)).toHaveLength(2);
    expect(plan.followUps.map((f) => f.date < today)).toEqual([true, false]);

    const history = (await as(sofie)<PlanEventView[]>('GET', `/api/plans/${plan.id}/history`)).body;
    const types = history.map((e) => e.type);
    for (const type of [
      'created',
      'goal-added',
      'item-added',
      'submitted',
      'approved',
      'seat-booked',
      'seat-waiting',
      'activated',
      'follow-up-added',
      'item-done',
      'note-added',
    ] as const) {
      expect(types).toContain(type);
    }
    expect(types.filter((x) => x === 'seat-booked')).toHaveLength(2);
    // In time order, each with who and when, the approval and its seats by Jan Mortensen.
    const times = history.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(history.every((e) => e.actor.accountId && e.actor.name)).toBe(true);
    expect(
      history
        .filter((e) => ['approved', 'seat-booked', 'seat-waiting'].includes(e.type))
        .map((e) => e.actor.name),
    ).toEqual(['Jan Mortensen', 'Jan Mortensen', 'Jan Mortensen', 'Jan Mortensen']);
    expect(history.find((e) => e.type === 'created')?.actor.name).toBe('Sofie Lindberg');
  });

  it('has a returned plan with the comment, a completed plan from last year, and none for Camilla', async () => {
    const louise = await t.signIn('louise.damgaard@ikast-brande.dk', DEMO_LEADER_PASSWORD);
    const [returned] = await plansOf(louise);
    const view = (await as(louise)<PlanView>('GET', `/api/plans/${returned.id}`)).body;
    expect(view.status).toBe('returned');
    expect(view.managerComment).toMatch(/Tak for planen, Louise/);
    expect(view.permissions.edit).toBe(true);
    const events = (await as(louise)<PlanEventView[]>('GET', `/api/plans/${returned.id}/history`))
      .body;
    expect(events.at(-1)).toMatchObject({
      type: 'returned',
      actor: { name: 'Morten Skov Jensen' },
      details: { comment: view.managerComment },
    });

    const kasper = await t.signIn('kasper.juhl@ikast-brande.dk', DEMO_LEADER_PASSWORD);
    const [completed] = await plansOf(kasper);
    expect(completed.status).toBe('completed');
    expect(completed.periodEnd.slice(0, 4)).toBe(String(Number(today.slice(0, 4)) - 1));
    const kView = (await as(kasper)<PlanView>('GET', `/api/plans/${completed.id}`)).body;
    expect(kView.items.every((i) => i.status === 'done' && i.doneEvidence)).toBe(true);

    const camilla = demoAccount('leader', 0);
    expect(camilla.email).toBe('camilla.noergaard@ikast-brande.dk');
    expect(await plansOf(await t.signIn(camilla.email, camilla.password))).toEqual([]);
  });

  it('counts every session as outside registrations plus Lederløft bookings', async () => {
    const offers = await dataSource.getRepository(OfferEntity).find();
    const sessions = await dataSource
      .getRepository(OfferSessionEntity)
      .find({ order: { startDate: 'ASC', place: 'ASC' } });
    const bookings = await dataSource.getRepository(SeatBookingEntity).find();
    // Sofie: two seats and one place in line; Marie: one seat and one place in line.
    expect(bookings.filter((b) => b.status === 'booked')).toHaveLength(3);
    expect(bookings.filter((b) => b.status === 'waiting')).toHaveLength(2);
    let checked = 0;
    for (const demo of DEMO_OFFERS) {
      const offer = offers.find((o) => o.code === demo.code);
      const rows = sessions.filter((s) => s.offerId === offer?.id);
      expect(rows).toHaveLength(demo.sessions.length);
      rows.forEach((row, i) => {
        const live = bookings.filter((b) => b.sessionId === row.id);
        const booked = live.filter((b) => b.status === 'booked').length;
        const waiting = live.filter((b) => b.status === 'waiting').length;
        expect([row.seatsTaken, row.waitingList]).toEqual([
          demo.sessions[i].seatsTaken + booked,
          demo.sessions[i].waitingList + waiting,
        ]);
        expect(row.seatsTaken).toBeLessThanOrEqual(row.capacity);
        checked++;
      });
    }
    expect(checked).toBe(sessions.length);
  });

  it('shows HR the waiting list of the full session in the order the plans were approved', async () => {
    const hr = demoAccount('hr');
    const mette = await t.signIn(hr.email, hr.password);
    const offer = await dataSource
      .getRepository(OfferEntity)
      .findOneOrFail({ where: { code: 'IBK-INNO-01' } });
    const [full] = await dataSource
      .getRepository(OfferSessionEntity)
      .find({ where: { offerId: offer.id }, order: { startDate: 'ASC' } });
    const list = (
      await as(mette)<SessionParticipantList>(
        'GET',
        `/api/offers/${offer.id}/sessions/${full.id}/participants`,
      )
    ).body;
    expect(list.participants.map((p) => [p.leader.name, p.status, p.queuePosition])).toEqual([
      ['Sofie Lindberg', 'waiting', 1],
      ['Marie Fog', 'waiting', 2],
    ]);
  });

  it('adds nothing when loaded again, by a call or a restart', async () => {
    const count = async () => [
      await dataSource.getRepository(PlanEntity).count(),
      await dataSource.getRepository(PlanEventEntity).count(),
      await dataSource.getRepository(SeatBookingEntity).count(),
      (
        await dataSource
          .getRepository(OfferSessionEntity)
          .createQueryBuilder('s')
          .select('SUM(s.seats_taken) + SUM(s.waiting_list)', 'n')
          .getRawOne<{ n: string | number }>()
      )?.n,
    ];
    const before = await count();
    // The five story plans and Overblik's plans in Børn og Unge.
    expect(before[0]).toBe(5 + DEMO_COVERAGE_PLAN_LEADERS.length);
    const demo = t.app.get(DemoDataService);
    expect(await demo.loadPlans()).toBe(0);
    await demo.onApplicationBootstrap();
    expect(await count()).toEqual(before);
  });
});
