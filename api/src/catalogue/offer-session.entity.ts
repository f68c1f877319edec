import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { OfferEntity } from './offer.entity';

/**
 * A session (forløb/hold) of an offer: ISO dates as text (YYYY-MM-DD sorts and compares
 * correctly as text on both databases), a capacity and the seats taken.
 */
@Entity({ name: 'offer_sessions' })
// Covers the search's "open session with a free seat" lookups without touching the table.
@Index('ix_offer_sessions_offer_start', [
  'offerId',
  'startDate',
  'registrationDeadline',
  'seatsTaken',
  'capacity',
])
@Index('ix_offer_sessions_start', ['startDate'])
export class OfferSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'offer_id', type: 'varchar', length: 36 })
  offerId!: string;

  @ManyToOne(() => OfferEntity, (o) => o.sessions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: Relation<OfferEntity>;

  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate!: string;

  @Column({ name: 'end_date', type: 'varchar', length: 10 })
  endDate!: string;

  @Column({ type: 'varchar', length: 200 })
  place!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ name: 'registration_deadline', type: 'varchar', length: 10 })
  registrationDeadline!: string;

  @Column({ name: 'seats_taken', type: 'integer' })
  seatsTaken!: number;

  @Column({ name: 'waiting_list', type: 'integer' })
  waitingList!: number;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;
}
