import type {
  ApiError,
  OfferSessionView,
  OfferView,
  PlanEventView,
  PlanView,
} from '@lederloeft/contracts';
import { DataSource } from 'typeorm';
import { DEMO_LEADER_PASSWORD } from '../demo/demo-organisation';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp, TestResponse } from '../testing/test-app';
import { PlanEventEntity } from './plan-event.entity';
import { PlanEntity } from './plan.entity';
import { SeatBookingEntity } from './seat-booking.entity';
import { iso, type SeatsFixture as Fixture, seatsFixture, seatsOffer } from './seats-test-fixture';

/**
 * HR's side of seats (docs/adr/0011): a higher capacity moves the first in line up in the
 * same transaction, the counters cannot be set below the bookings, and a manager cannot
 * approve a plan whose session's registration deadline has passed.
 */
describe('seats: capacity changes and registration deadlines', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let offer: OfferView;
  let plans: PlanEntity[];
  let newSession: Fixture['newSession'];
  let itemsOn: Fixture['itemsOn'];
  let request: Fixture['request'];
  let fixtureCounters: Fixture['counters'];

  beforeAll(async () => {
    t = await startTestApp();
    ({
      dataSource,
      offer,
      plans,
      newSession,
      itemsOn,
      request,
      counters: fixtureCounters,
    } = await seatsFixture(t, {
      code: 'SEATS-HR-01',
      title: 'Tillidsbaseret ledelse i praksis',
      leaders: 40,
      emailDomain: 'seats-hr.test',
    }));
  });
  afterAll(() => t.close());

  /** The counters with the live bookings as ids (waiting ones in queue order). */
  async function counters(sessionId: string) {
    const c = await fixtureCounters(sessionId);
    return { ...c, booked: c.booked.map((b) => b.id), waiting: c.waiting.map((b) => b.id) };
  }

  const patchSession = (sessionId: string, body: Record<string, unknown>) =>
    t.asAdmin<OfferSessionView & ApiError>(
      'PATCH',
      `/api/offers/${offer.id}/sessions/${sessionId}`,
      { body },
    );

  /** One request per plan, one after the other (queue order = plan order). */
  async function requestInOrder(sessionId: string, forPlans: PlanEntity[]) {
    const out: SeatBookingEntity[] = [];
    for (const item of await itemsOn(sessionId, forPlans)) out.push(await request(item));
    return out;
  }

  const movedUpEvents = (planIds: string[]) =>
    dataSource
      .getRepository(PlanEventEntity)
      .find({ where: planIds.map((planId) => ({ planId, type: 'seat-moved-up' as const })) });

  it('raising the capacity moves the first in line up, in queue order, with a history event', async () => {
    // 3 seats, 1 taken outside Lederløft: of 6 requests, 2 get a seat and 4 wait.
    const sessionId = await newSession(3, 1);
    const bookings = await requestInOrder(sessionId, plans.slice(0, 6));
    expect(bookings.map((b) => b.status)).toEqual([
      'booked',
      'booked',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
    ]);
    const waitingPlans = plans.slice(2, 6).map((p) => p.id);

    const raised = await patchSession(sessionId, { capacity: 5 });
    expect(raised.status).toBe(200);
    expect(raised.body).toMatchObject({ capacity: 5, seatsTaken: 5, waitingList: 2, freeSeats: 0 });
    const c = await counters(sessionId);
    expect(c.booked.sort()).toEqual(
      [bookings[0], bookings[1], bookings[2], bookings[3]].map((b) => b.id).sort(),
    );
    expect(c.waiting).toEqual([bookings[4].id, bookings[5].id]);
    const events = await movedUpEvents(waitingPlans);
    expect(events.map((e) => e.planId).sort()).toEqual(waitingPlans.slice(0, 2).sort());
    expect(events[0]).toMatchObject({ actorName: 'Lederløft', actorAccountId: null });
    expect(events[0].details).toMatchObject({ sessionId });

    // Fewer outside registrations also frees a seat for the next in line.
    const fewer = await patchSession(sessionId, { seatsTaken: 4 });
    expect(fewer.status).toBe(200);
    expect(fewer.body).toMatchObject({ seatsTaken: 5, waitingList: 1 });
    expect((await counters(sessionId)).waiting).toEqual([bookings[5].id]);

    // More room than people waiting: the rest move up, the remaining seats stay free.
    const plenty = await patchSession(sessionId, { capacity: 20 });
    expect(plenty.body).toMatchObject({ capacity: 20, seatsTaken: 6, waitingList: 0 });
    const end = await counters(sessionId);
    expect(end.booked).toHaveLength(6);
    expect(end.waiting).toEqual([]);
    // seats_taken = the registrations made outside Lederløft (now 0) + Lederløft's bookings.
    expect(end.seatsTaken).toBe(end.booked.length);
    expect(await movedUpEvents(waitingPlans)).toHaveLength(4);
  });

  it('people waiting outside Lederløft stay on the list; only Lederløft bookings move up', async () => {
    const sessionId = await newSession(2, 2, 3);
    const [waiting] = await requestInOrder(sessionId, plans.slice(6, 7));
    expect(waiting.status).toBe('waiting');
    const res = await patchSession(sessionId, { capacity: 4 });
    expect(res.body).toMatchObject({ seatsTaken: 3, waitingList: 3 });
    expect((await counters(sessionId)).booked).toEqual([waiting.id]);
  });

  it('refuses a capacity below the seats taken, and counters below the bookings, writing nothing', async () => {
    const sessionId = await newSession(4, 1);
    await requestInOrder(sessionId, plans.slice(7, 12)); // 3 booked, 2 waiting
    const before = await counters(sessionId);
    expect([before.seatsTaken, before.waitingList]).toEqual([4, 2]);

    const lower = await patchSession(sessionId, { capacity: 3 });
    expect(lower.status).toBe(400);
    expect(lower.body.message).toBe(
      'Forløbet har 4 optagne pladser. Pladserne kan ikke sættes lavere end det.',
    );
    const both = await patchSession(sessionId, { capacity: 2, seatsTaken: 2 });
    expect(both.status).toBe(400);
    expect(both.body.message).toContain('3 ledere har plads via Lederløft');
    const queue = await patchSession(sessionId, { waitingList: 1 });
    expect(queue.status).toBe(400);
    expect(queue.body.message).toContain('2 ledere står på venteliste via Lederløft');
    expect(await counters(sessionId)).toEqual(before);
    expect(await movedUpEvents(plans.slice(7, 12).map((p) => p.id))).toEqual([]);
  });

  it('a capacity raise racing new requests never overbooks and keeps the counters exact', async () => {
    const sessionId = await newSession(5);
    const items = await itemsOn(sessionId, plans.slice(12, 40)); // 28 requests
    const results = await Promise.allSettled([
      ...items.slice(0, 14).map(request),
      patchSession(sessionId, { capacity: 15 }),
      ...items.slice(14).map(request),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const patched = results[14] as PromiseFulfilledResult<TestResponse<OfferSessionView>>;
    expect(patched.value.status).toBe(200);
    const c = await counters(sessionId);
    expect(c.booked).toHaveLength(15);
    expect(c.waiting).toHaveLength(13);
    expect([c.capacity, c.seatsTaken, c.waitingList]).toEqual([15, 15, 13]);
  });

  describe('registration deadline at approval', () => {
    let leader: SessionHeaders;
    let manager: SessionHeaders;
    const as =
      (who: SessionHeaders) =>
      <T>(method: string, path: string, body?: unknown): Promise<TestResponse<T>> =>
        t.request<T>(method, path, {
          body,
          headers: { cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] },
        });

    beforeAll(async () => {
      leader = await t.signIn('kim.rasmussen@ikast-brande.dk', DEMO_LEADER_PASSWORD);
      const m = demoAccount('manager');
      manager = await t.signIn(m.email, m.password);
    });

    async function submittedPlan(sessionIds: string[], offers: OfferView[]) {
      const L = as(leader);
      const plan = (
        await L<PlanView>('POST', `/api/leaders/${leader.leaderId}/plans`, {
          title: 'Plan med frister',
          periodStart: iso(0),
          periodEnd: iso(365),
          budgetDkk: null,
          hours: null,
        })
      ).body;
      for (const [i, sessionId] of sessionIds.entries()) {
        const res = await L('POST', `/api/plans/${plan.id}/items`, {
          kind: 'offer',
          offerId: offers[i].id,
          sessionId,
          competencyKeys: ['hedekraft'],
        });
        expect(res.status).toBeLessThan(300);
      }
      await L('POST', `/api/plans/${plan.id}/goals`, {
        competencyKey: 'hedekraft',
        what: 'Medarbejderne kommer selv med idéer på teammøderne.',
        measure: 'Mindst to idéer pr. møde i referatet.',
        byDate: iso(200),
        behaviourKeys: ['hedekraft.efterlyse-ideer'],
      });
      expect((await L('POST', `/api/plans/${plan.id}/submit`)).status).toBe(200);
      return plan.id;
    }

    it('refuses the approval with 409 naming the activities, and writes nothing; the deadline day itself still counts', async () => {
      const second = (
        await t.asAdmin<OfferView>('POST', '/api/offers', {
          body: seatsOffer('SEATS-HR-02', 'Netværk for teamledere'),
        })
      ).body;
      const third = (
        await t.asAdmin<OfferView>('POST', '/api/offers', {
          body: seatsOffer('SEATS-HR-03', 'Temadag om trivsel'),
        })
      ).body;
      const sessionFor = async (o: OfferView) =>
        (
          await t.asAdmin<OfferSessionView>('POST', `/api/offers/${o.id}/sessions`, {
            body: {
              startDate: iso(40),
              endDate: iso(40),
              place: 'Ikast Rådhus',
              capacity: 10,
              registrationDeadline: iso(5),
              seatsTaken: 0,
              waitingList: 0,
            },
          })
        ).body.id;
      const sessions = [await sessionFor(offer), await sessionFor(second), await sessionFor(third)];
      const planId = await submittedPlan(sessions, [offer, second, third]);

      // HR moves two deadlines after the plan was submitted: one to yesterday, one to today.
      const move = (o: OfferView, s: string, registrationDeadline: string) =>
        t.asAdmin('PATCH', `/api/offers/${o.id}/sessions/${s}`, { body: { registrationDeadline } });
      expect((await move(offer, sessions[0], iso(-1))).status).toBe(200);
      expect((await move(third, sessions[2], iso(0))).status).toBe(200);

      const eventsBefore = (
        await as(leader)<PlanEventView[]>('GET', `/api/plans/${planId}/history`)
      ).body;
      const refused = await as(manager)<ApiError>('POST', `/api/plans/${planId}/approve`, {
        comment: 'God plan.',
      });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe(
        'Tilmeldingsfristen er overskredet for: Tillidsbaseret ledelse i praksis. Vælg et andet hold, eller fjern aktiviteten.',
      );
      const plan = (await as(leader)<PlanView>('GET', `/api/plans/${planId}`)).body;
      expect(plan.status).toBe('submitted');
      expect(plan.items.every((i) => i.booking === null)).toBe(true);
      expect(
        (await as(leader)<PlanEventView[]>('GET', `/api/plans/${planId}/history`)).body,
      ).toEqual(eventsBefore);
      const taken = await t.query<{ seats_taken: number | string }>(
        `SELECT seats_taken FROM offer_sessions WHERE id IN ('${sessions.join("','")}')`,
      );
      expect(taken.map((r) => Number(r.seats_taken))).toEqual([0, 0, 0]);

      // With the deadline open again (today counts to the end of the day), it goes through.
      expect((await move(offer, sessions[0], iso(0))).status).toBe(200);
      const approved = await as(manager)<PlanView>('POST', `/api/plans/${planId}/approve`, {});
      expect(approved.status).toBe(200);
      expect(approved.body.items.map((i) => i.booking?.status)).toEqual([
        'booked',
        'booked',
        'booked',
      ]);
    });

    it('names every closed activity', async () => {
      const a = (
        await t.asAdmin<OfferView>('POST', '/api/offers', {
          body: seatsOffer('SEATS-HR-04', 'Kursus A'),
        })
      ).body;
      const b = (
        await t.asAdmin<OfferView>('POST', '/api/offers', {
          body: seatsOffer('SEATS-HR-05', 'Kursus B'),
        })
      ).body;
      const ids: string[] = [];
      for (const o of [a, b]) {
        const s = await t.asAdmin<OfferSessionView>('POST', `/api/offers/${o.id}/sessions`, {
          body: {
            startDate: iso(40),
            endDate: iso(40),
            place: 'Ikast Rådhus',
            capacity: 10,
            registrationDeadline: iso(3),
            seatsTaken: 0,
            waitingList: 0,
          },
        });
        ids.push(s.body.id);
      }
      const planId = await submittedPlan(ids, [a, b]);
      for (const [i, o] of [a, b].entries()) {
        await t.asAdmin('PATCH', `/api/offers/${o.id}/sessions/${ids[i]}`, {
          body: { registrationDeadline: iso(-2) },
        });
      }
      const refused = await as(manager)<ApiError>('POST', `/api/plans/${planId}/approve`, {});
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe(
        'Tilmeldingsfristen er overskredet for: Kursus A, Kursus B. Vælg et andet hold, eller fjern aktiviteten.',
      );
    });
  });
});
