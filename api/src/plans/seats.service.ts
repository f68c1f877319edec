import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { SessionParticipant, SessionParticipantList } from '@lederloeft/contracts';
import { DomainError } from '@lederloeft/domain';
import { todayInDenmark } from '../catalogue/local-date';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { OfferEntity } from '../catalogue/offer.entity';
import { LeaderEntity } from '../organisation/leader.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { type PlanActor, recordPlanEvent, SYSTEM_ACTOR } from './plan-history';
import { SeatBookingEntity } from './seat-booking.entity';

export interface SeatRequest {
  sessionId: string;
  planId: string;
  planItemId: string;
  leaderId: string;
}

export interface SeatCancellation {
  /** The booking as it was before it was cancelled. */
  cancelled: SeatBookingEntity;
  /** The first in line, now booked in the freed seat. */
  movedUp: SeatBookingEntity | null;
}

const SESSION_NOT_FOUND = 'Forløbet findes ikke.';

/**
 * Seats on catalogue sessions (docs/adr/0011). Every method runs inside the caller's
 * transaction (`manager`) and keeps the session's counters and the bookings in step:
 *
 * - a seat is taken by ONE conditional update, `seats_taken = seats_taken + 1 WHERE
 *   seats_taken < capacity`; the database decides, so two requests can never both take
 *   the last seat, whether or not the WriteQueue serialises them (on PostgreSQL the
 *   updates really run concurrently and the row lock orders them);
 * - a full session puts the request on the waiting list with the next queue position;
 * - a cancelled seat goes to the first in line (their booking becomes `booked`,
 *   `waiting_list` goes down, `seats_taken` stays), or else `seats_taken` goes down;
 *   counters only go down under `> 0` conditions, so they can never become negative.
 *
 * Lock order is always the session row first, then bookings, so concurrent requests and
 * cancellations on the same session queue up behind each other instead of deadlocking.
 */
@Injectable()
export class SeatsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Requests a seat for a plan item: booked when one is free, else on the waiting list. */
  async request(manager: EntityManager, seat: SeatRequest): Promise<SeatBookingEntity> {
    const now = new Date();
    const booking: SeatBookingEntity = Object.assign(new SeatBookingEntity(), {
      id: randomUUID(),
      sessionId: seat.sessionId,
      planId: seat.planId,
      planItemId: seat.planItemId,
      leaderId: seat.leaderId,
      status: 'booked',
      queuePosition: null,
      requestedAt: now,
      updatedAt: now,
      cancelledAt: null,
    } as SeatBookingEntity);

    if (await this.takeSeat(manager, seat.sessionId, now)) {
      await manager.getRepository(SeatBookingEntity).insert(booking);
      return booking;
    }
    // Full (for now). Joining the queue locks the session row until commit, so the queue
    // position below cannot be handed out twice.
    const joined = await manager
      .createQueryBuilder()
      .update(OfferSessionEntity)
      .set({ waitingList: () => 'waiting_list + 1', updatedAt: now })
      .where('id = :id', { id: seat.sessionId })
      .execute();
    if (!joined.affected) throw new DomainError('NOT_FOUND', SESSION_NOT_FOUND);
    // A seat freed between the first attempt and the lock goes to this request.
    const late = await manager
      .createQueryBuilder()
      .update(OfferSessionEntity)
      .set({ seatsTaken: () => 'seats_taken + 1', waitingList: () => 'waiting_list - 1' })
      .where('id = :id AND seats_taken < capacity', { id: seat.sessionId })
      .execute();
    if (late.affected === 1) {
      await manager.getRepository(SeatBookingEntity).insert(booking);
      return booking;
    }
    const last = await manager
      .getRepository(SeatBookingEntity)
      .createQueryBuilder('b')
      .select('MAX(b.queue_position)', 'max')
      .where('b.session_id = :sessionId', { sessionId: seat.sessionId })
      .getRawOne<{ max: number | string | null }>();
    booking.status = 'waiting';
    booking.queuePosition = Number(last?.max ?? 0) + 1;
    await manager.getRepository(SeatBookingEntity).insert(booking);
    return booking;
  }

  /**
   * Cancels a booking. A booked seat goes to the first in line (in the same transaction);
   * a waiting booking just leaves the queue. Cancelling twice changes nothing (null).
   */
  async cancel(manager: EntityManager, bookingId: string): Promise<SeatCancellation | null> {
    const bookings = manager.getRepository(SeatBookingEntity);
    const known = await bookings.findOne({ where: { id: bookingId } });
    if (!known || known.status === 'cancelled') return null;
    const now = new Date();
    // Lock the session row first (see the class comment), then read the booking again.
    await manager
      .createQueryBuilder()
      .update(OfferSessionEntity)
      .set({ updatedAt: now })
      .where('id = :id', { id: known.sessionId })
      .execute();
    const booking = await bookings.findOne({ where: { id: bookingId } });
    if (!booking || booking.status === 'cancelled') return null;
    const gone = await manager
      .createQueryBuilder()
      .update(SeatBookingEntity)
      .set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
      .where('id = :id AND status = :status', { id: bookingId, status: booking.status })
      .execute();
    if (gone.affected !== 1) return null;

    if (booking.status === 'waiting') {
      await this.leaveQueue(manager, booking.sessionId);
      return { cancelled: booking, movedUp: null };
    }
    const next = await bookings.findOne({
      where: { sessionId: booking.sessionId, status: 'waiting' },
      order: { queuePosition: 'ASC' },
    });
    if (next) {
      const moved = await manager
        .createQueryBuilder()
        .update(SeatBookingEntity)
        .set({ status: 'booked', updatedAt: now })
        .where('id = :id AND status = :status', { id: next.id, status: 'waiting' })
        .execute();
      if (moved.affected === 1) {
        await this.leaveQueue(manager, booking.sessionId);
        next.status = 'booked';
        await recordPlanEvent(
          manager,
          next.planId,
          SYSTEM_ACTOR,
          'seat-moved-up',
          'En plads blev ledig, og du er rykket op fra ventelisten.',
          { sessionId: next.sessionId, bookingId: next.id },
        );
        return { cancelled: booking, movedUp: next };
      }
    }
    await manager
      .createQueryBuilder()
      .update(OfferSessionEntity)
      .set({ seatsTaken: () => 'seats_taken - 1' })
      .where('id = :id AND seats_taken > 0', { id: booking.sessionId })
      .execute();
    return { cancelled: booking, movedUp: null };
  }

  /** Cancels every live booking of a plan (or of one item), session by session. */
  async cancelAll(
    manager: EntityManager,
    where: { planId: string } | { planItemId: string },
    actor: PlanActor,
    planId: string,
  ): Promise<void> {
    const live = await manager.getRepository(SeatBookingEntity).find({
      where: { ...where, status: In(['booked', 'waiting']) },
      order: { sessionId: 'ASC' },
    });
    for (const booking of live) {
      const result = await this.cancel(manager, booking.id);
      if (result) {
        await recordPlanEvent(
          manager,
          planId,
          actor,
          'seat-cancelled',
          result.cancelled.status === 'booked'
            ? 'Pladsen på forløbet er afmeldt.'
            : 'Pladsen på ventelisten er afmeldt.',
          { sessionId: booking.sessionId, bookingId: booking.id },
        );
      }
    }
  }

  /** See {@link moveUpIntoFreeSeats}. */
  moveUpIntoFreeSeats(manager: EntityManager, sessionId: string): Promise<SeatBookingEntity[]> {
    return moveUpIntoFreeSeats(manager, sessionId);
  }

  /** HR's list: booked (in the order they were requested), then the waiting list in order. */
  async participants(offerId: string, sessionId: string): Promise<SessionParticipantList> {
    const session = await this.dataSource
      .getRepository(OfferSessionEntity)
      .findOne({ where: { id: sessionId, offerId }, relations: { offer: true } });
    if (!session || !session.offer) throw new DomainError('NOT_FOUND', SESSION_NOT_FOUND);
    const bookings = await this.dataSource.getRepository(SeatBookingEntity).find({
      where: { sessionId, status: In(['booked', 'waiting']) },
    });
    const leaderIds = [...new Set(bookings.map((b) => b.leaderId))];
    const leaders = leaderIds.length
      ? await this.dataSource.getRepository(LeaderEntity).find({ where: { id: In(leaderIds) } })
      : [];
    const unitIds = [...new Set(leaders.map((l) => l.orgUnitId))];
    const units = unitIds.length
      ? await this.dataSource.getRepository(OrgUnitEntity).find({ where: { id: In(unitIds) } })
      : [];
    const leaderById = new Map(leaders.map((l) => [l.id, l]));
    const unitById = new Map(units.map((u) => [u.id, u]));
    const rank = (b: SeatBookingEntity) => (b.status === 'booked' ? 0 : 1);
    const sorted = [...bookings].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.queuePosition ?? 0) - (b.queuePosition ?? 0) ||
        a.requestedAt.getTime() - b.requestedAt.getTime() ||
        a.id.localeCompare(b.id),
    );
    const offer: OfferEntity = session.offer;
    let waitingRank = 0;
    return {
      offer: { id: offer.id, code: offer.code, title: offer.title },
      session: {
        id: session.id,
        startDate: session.startDate,
        endDate: session.endDate,
        place: session.place,
        capacity: session.capacity,
        seatsTaken: session.seatsTaken,
        waitingList: session.waitingList,
      },
      participants: sorted.map((b): SessionParticipant => {
        const leader = leaderById.get(b.leaderId);
        const unit = leader ? unitById.get(leader.orgUnitId) : undefined;
        return {
          bookingId: b.id,
          status: b.status as SessionParticipant['status'],
          // The place in line now (1 = next to move up), not the stored arrival number.
          queuePosition: b.status === 'waiting' ? ++waitingRank : null,
          leader: {
            id: b.leaderId,
            name: leader?.name ?? '',
            email: leader?.email ?? '',
            title: leader?.title ?? '',
          },
          orgUnit: { id: unit?.id ?? '', name: unit?.name ?? '' },
          planId: b.planId,
          requestedAt: b.requestedAt.toISOString(),
        };
      }),
    };
  }

  /** The one conditional update that takes a seat: true when the database granted it. */
  private async takeSeat(manager: EntityManager, sessionId: string, now: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(OfferSessionEntity)
      .set({ seatsTaken: () => 'seats_taken + 1', updatedAt: now })
      .where('id = :id AND seats_taken < capacity', { id: sessionId })
      .execute();
    return result.affected === 1;
  }

  private async leaveQueue(manager: EntityManager, sessionId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(OfferSessionEntity)
      .set({ waitingList: () => 'waiting_list - 1' })
      .where('id = :id AND waiting_list > 0', { id: sessionId })
      .execute();
  }
}

/**
 * Gives the session's free seats to the first in line, one by one: after HR raises the
 * capacity (or lowers the count of outside registrations). Each seat is taken with the
 * same conditional update as a request (`seats_taken < capacity`), and each booking moves
 * from `waiting` to `booked` only if it is still waiting, so a concurrent cancellation or
 * request can neither overbook nor promote someone twice. Runs in the caller's transaction,
 * which should already hold the session row (the capacity change does).
 *
 * A plain function (SeatsService delegates to it) so that the catalogue can call it
 * without a module cycle (PlansModule imports CatalogueModule).
 */
export async function moveUpIntoFreeSeats(
  manager: EntityManager,
  sessionId: string,
): Promise<SeatBookingEntity[]> {
  const bookings = manager.getRepository(SeatBookingEntity);
  const moved: SeatBookingEntity[] = [];
  for (;;) {
    const next = await bookings.findOne({
      where: { sessionId, status: 'waiting' },
      order: { queuePosition: 'ASC' },
    });
    if (!next) return moved;
    const now = new Date();
    const seat = await manager
      .createQueryBuilder()
      .update(OfferSessionEntity)
      .set({
        seatsTaken: () => 'seats_taken + 1',
        waitingList: () => 'CASE WHEN waiting_list > 0 THEN waiting_list - 1 ELSE 0 END',
        updatedAt: now,
      })
      .where('id = :id AND seats_taken < capacity', { id: sessionId })
      .execute();
    if (seat.affected !== 1) return moved;
    const promoted = await manager
      .createQueryBuilder()
      .update(SeatBookingEntity)
      .set({ status: 'booked', updatedAt: now })
      .where('id = :id AND status = :status', { id: next.id, status: 'waiting' })
      .execute();
    if (promoted.affected !== 1) {
      // Cannot happen while the caller holds the session row (a cancellation locks it
      // first); if it does, undo everything rather than guess the counters.
      throw new DomainError('CONFLICT', 'Ventelisten blev ændret samtidig. Prøv igen.');
    }
    next.status = 'booked';
    next.updatedAt = now;
    await recordPlanEvent(
      manager,
      next.planId,
      SYSTEM_ACTOR,
      'seat-moved-up',
      'Der er blevet plads på forløbet, og du er rykket op fra ventelisten.',
      { sessionId, bookingId: next.id },
    );
    moved.push(next);
  }
}

/** Participants as a Danish Excel CSV: UTF-8 with BOM, semicolons, CRLF. */
export function participantsCsv(list: SessionParticipantList): Buffer {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const header = [
    'Status',
    'Plads på venteliste',
    'Navn',
    'E-mail',
    'Stilling',
    'Enhed',
    'Tilmeldt',
  ];
  // The day in Denmark the seat was asked for, as Danish Excel writes dates.
  const danishDate = (iso: string) => todayInDenmark(new Date(iso)).split('-').reverse().join('-');
  const rows = list.participants.map((p) => [
    p.status === 'booked' ? 'Tilmeldt' : 'Venteliste',
    p.queuePosition,
    p.leader.name,
    p.leader.email,
    p.leader.title,
    p.orgUnit.name,
    danishDate(p.requestedAt),
  ]);
  const lines = [header, ...rows].map((r) => r.map(cell).join(';'));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
