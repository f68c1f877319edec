import { randomUUID } from 'node:crypto';
import type { CreateOfferRequest, OfferSessionView, OfferView } from '@lederloeft/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, todayInDenmark } from '../catalogue/local-date';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { WriteQueue } from '../database/write-queue';
import { LeaderEntity } from '../organisation/leader.entity';
import { courseRequest } from '../testing/course-request';
import { demoAccount } from '../testing/demo-accounts';
import type { TestApp } from '../testing/test-app';
import { PlanItemEntity } from './plan-item.entity';
import { PlanEntity } from './plan.entity';
import { SeatBookingEntity } from './seat-booking.entity';
import { SeatsService } from './seats.service';

/** An ISO date `days` from today (Danish time). */
export const iso = (days: number) => addDays(todayInDenmark(), days);

/** A published course with few seats, for the seat specs. */
export function seatsOffer(code: string, title: string): CreateOfferRequest {
  return courseRequest(code, title, {
    description: 'Et kursus med få pladser.',
    hours: 7,
    priceDkk: 3000,
    effects: [{ competencyKey: 'hedekraft', strength: 'some', behaviourKeys: [] }],
  });
}

/**
 * What the seat specs share: an offer, `leaders` leaders with an approved plan each (written
 * straight to the database), sessions, offer items on a session, and seat requests and
 * cancellations through SeatsService, the code path approval and cancellation use. On
 * PostgreSQL every request runs in its own transaction straight on the pool, NOT through
 * the WriteQueue, so the conditional update alone must keep the count right; on SQLite (one
 * connection) they go through the queue.
 */
export async function seatsFixture(
  t: TestApp,
  options: { code: string; title: string; leaders: number; emailDomain: string },
) {
  const dataSource = t.app.get(DataSource);
  const seats = t.app.get(SeatsService);
  const writes = t.app.get(WriteQueue);
  const run: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T> =
    dataSource.options.type === 'postgres'
      ? (work) => dataSource.transaction(work)
      : (work) => writes.run(work);
  const offerRes = await t.asAdmin<OfferView>('POST', '/api/offers', {
    body: seatsOffer(options.code, options.title),
  });
  if (offerRes.status !== 201) throw new Error(offerRes.text);
  const offer = offerRes.body;

  // Both databases cap the parameters of one statement.
  async function insertChunked<T extends object>(entity: new () => T, rows: T[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 40) {
      await dataSource.getRepository(entity).insert(rows.slice(i, i + 40) as never);
    }
  }

  const template = await dataSource
    .getRepository(LeaderEntity)
    .findOneOrFail({ where: { email: demoAccount('leader', 0).email } });
  const now = new Date();
  const width = String(options.leaders).length;
  const leaders: LeaderEntity[] = Array.from({ length: options.leaders }, (_, i) =>
    Object.assign(new LeaderEntity(), {
      ...template,
      id: randomUUID(),
      name: `Leder ${String(i + 1).padStart(width, '0')}`,
      email: `leder-${i + 1}@${options.emailDomain}`,
      employeeId: null,
      createdAt: now,
    }),
  );
  const plans: PlanEntity[] = leaders.map((l) =>
    Object.assign(new PlanEntity(), {
      id: randomUUID(),
      leaderId: l.id,
      title: 'Plan',
      periodStart: iso(0),
      periodEnd: iso(365),
      budgetOre: null,
      hoursTenths: null,
      status: 'approved',
      managerComment: null,
      everSubmitted: true,
      version: 1,
      submittedAt: now,
      approvedAt: now,
      createdAt: now,
      updatedAt: now,
    }),
  );
  await insertChunked(LeaderEntity, leaders);
  await insertChunked(PlanEntity, plans);

  /** A session 50 days ahead, registration open for 30 more days. */
  async function newSession(capacity: number, seatsTaken = 0, waitingList = 0) {
    const res = await t.asAdmin<OfferSessionView>('POST', `/api/offers/${offer.id}/sessions`, {
      body: {
        startDate: iso(50),
        endDate: iso(50),
        place: `Sal ${randomUUID().slice(0, 8)}`,
        capacity,
        registrationDeadline: iso(30),
        seatsTaken,
        waitingList,
      },
    });
    if (res.status !== 201) throw new Error(res.text);
    return res.body.id;
  }

  /** One offer item per plan on the session. */
  async function itemsOn(sessionId: string, forPlans = plans): Promise<PlanItemEntity[]> {
    const created = new Date();
    const items = forPlans.map((p) =>
      Object.assign(new PlanItemEntity(), {
        id: randomUUID(),
        planId: p.id,
        kind: 'offer',
        offerId: offer.id,
        offerTitle: offer.title,
        sessionId,
        behaviourKey: null,
        text: '',
        competencyKeys: ['hedekraft'],
        behaviourKeys: [],
        position: 1,
        status: 'planned',
        doneEvidence: null,
        doneAt: null,
        costOre: 300000,
        hoursTenths: 70,
        createdAt: created,
        updatedAt: created,
      }),
    );
    await insertChunked(PlanItemEntity, items);
    return items;
  }

  const request = (item: PlanItemEntity) => {
    const plan = plans.find((p) => p.id === item.planId) as PlanEntity;
    return run((m) =>
      seats.request(m, {
        sessionId: item.sessionId as string,
        planId: plan.id,
        planItemId: item.id,
        leaderId: plan.leaderId,
      }),
    );
  };
  const cancel = (bookingId: string) => run((m) => seats.cancel(m, bookingId));

  /** The session's counters and its live bookings (waiting ones in queue order). */
  async function counters(sessionId: string) {
    const session = await dataSource
      .getRepository(OfferSessionEntity)
      .findOneOrFail({ where: { id: sessionId } });
    const bookings = await dataSource
      .getRepository(SeatBookingEntity)
      .find({ where: { sessionId }, order: { queuePosition: 'ASC' } });
    return {
      capacity: session.capacity,
      seatsTaken: session.seatsTaken,
      waitingList: session.waitingList,
      booked: bookings.filter((b) => b.status === 'booked'),
      waiting: bookings.filter((b) => b.status === 'waiting'),
    };
  }

  return { dataSource, offer, plans, newSession, itemsOn, request, cancel, counters };
}

/** What `seatsFixture` gives a spec. */
export type SeatsFixture = Awaited<ReturnType<typeof seatsFixture>>;
