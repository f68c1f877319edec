import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { PlanEntity } from './plan.entity';

/** A follow-up conversation with the manager: a date and a note. */
@Entity({ name: 'plan_follow_ups' })
@Index('ix_plan_follow_ups_plan', ['planId', 'date'])
export class PlanFollowUpEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => PlanEntity, (p) => p.followUps, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;
}
