import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { PlanEventType } from '@lederloeft/contracts';
import { AccountEntity } from '../auth/account.entity';
import { dateTimeColumn } from '../database/iso-date-time';
import { PlanEntity } from './plan.entity';

/**
 * One entry of a plan's history: who (the account, and their name at the time), what (a
 * type, a Danish summary, optional details) and when. Written in the change's transaction.
 */
@Entity({ name: 'plan_events' })
@Index('ix_plan_events_plan', ['planId', 'at'])
export class PlanEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ name: 'actor_account_id', type: 'varchar', length: 36, nullable: true })
  actorAccountId!: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_account_id' })
  actor?: Relation<AccountEntity> | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 200 })
  actorName!: string;

  @Column({ type: 'varchar', length: 30 })
  type!: PlanEventType;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'simple-json', nullable: true })
  details!: Record<string, unknown> | null;

  /** Orders events written in the same millisecond. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column(dateTimeColumn('at'))
  at!: Date;
}
