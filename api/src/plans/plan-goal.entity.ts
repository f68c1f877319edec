import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { PlanEntity } from './plan.entity';

/** A SMART goal for one focus competency of a plan. */
@Entity({ name: 'plan_goals' })
@Index('ix_plan_goals_plan', ['planId'])
export class PlanGoalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => PlanEntity, (p) => p.goals, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @Column({ type: 'text' })
  what!: string;

  @Column({ type: 'text' })
  measure!: string;

  @Column({ name: 'by_date', type: 'varchar', length: 10 })
  byDate!: string;

  @Column({ name: 'behaviour_keys', type: 'simple-json' })
  behaviourKeys!: string[];

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;
}
