import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { dateTimeColumn } from '../../database/iso-date-time';

/**
 * One counter per rule and key (an e-mail, an address, an account) in a fixed window: the
 * sign-in brakes and the limits on expensive routes. In the database, so that every api
 * process counts the same attempts (request-counters.ts).
 */
@Entity('request_counters')
@Index('ix_request_counters_window', ['windowStart'])
export class RequestCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  bucket!: string;

  @PrimaryColumn({ type: 'varchar', length: 320 })
  key!: string;

  /** Start of the current window. */
  @Column(dateTimeColumn('window_start'))
  windowStart!: Date;

  @Column({ type: 'integer' })
  count!: number;
}
