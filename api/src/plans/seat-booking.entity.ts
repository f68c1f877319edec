import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { SeatBookingStatus } from '@lederloeft/contracts';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { dateTimeColumn } from '../database/iso-date-time';
import { LeaderEntity } from '../organisation/leader.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanEntity } from './plan.entity';

/**
 * A seat requested on a session for a plan item: booked, waiting (with its place in the
 * queue) or cancelled. The session's `seats_taken` and `waiting_list` counters move with
 * these rows in the same transaction (docs/adr/0011).
 */
@Entity({ name: 'seat_bookings' })
@Index('ix_seat_bookings_session', ['sessionId', 'status', 'queuePosition'])
// Queue positions are handed out once per session and never reused.
@Index('uq_seat_bookings_queue', ['sessionId', 'queuePosition'], { unique: true })
// One live booking per plan item: a retried approval cannot take a second seat.
@Index('uq_seat_bookings_live_item', ['planItemId'], {
  unique: true,
  where: "status <> 'cancelled'",
})
@Index('ix_seat_bookings_plan', ['planId'])
export class SeatBookingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId!: string;

  // A session can only be deleted when nobody holds or waits for a seat on it
  // (OffersService.removeSession); its cancelled bookings go with it.
  @ManyToOne(() => OfferSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<OfferSessionEntity>;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  /** Null once the item was removed from the plan (the cancelled booking stays as history). */
  @Column({ name: 'plan_item_id', type: 'varchar', length: 36, nullable: true })
  planItemId!: string | null;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'plan_item_id' })
  planItem?: Relation<PlanItemEntity> | null;

  @Column({ name: 'leader_id', type: 'varchar', length: 36 })
  leaderId!: string;

  @ManyToOne(() => LeaderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity>;

  @Column({ type: 'varchar', length: 20 })
  status!: SeatBookingStatus;

  /** The order in which waiting requests arrived (1, 2, …); null for a seat booked at once. */
  @Column({ name: 'queue_position', type: 'integer', nullable: true })
  queuePosition!: number | null;

  @Column(dateTimeColumn('requested_at'))
  requestedAt!: Date;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;

  @Column(dateTimeColumn('cancelled_at', true))
  cancelledAt!: Date | null;
}
