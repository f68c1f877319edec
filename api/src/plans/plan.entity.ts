import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  Relation,
} from 'typeorm';
import type { PlanStatus } from '@lederloeft/contracts';
import { dateTimeColumn } from '../database/iso-date-time';
import { LeaderEntity } from '../organisation/leader.entity';
import { PlanFollowUpEntity } from './plan-follow-up.entity';
import { PlanGoalEntity } from './plan-goal.entity';
import { PlanItemEntity } from './plan-item.entity';

/**
 * A leader's development plan for a period. Money and hours as whole øre and tenths of an
 * hour (as in the catalogue), period dates as ISO text. `version` is the optimistic lock.
 */
@Entity({ name: 'development_plans' })
@Index('ix_development_plans_leader', ['leaderId'])
@Index('ix_development_plans_status', ['status'])
export class PlanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'leader_id', type: 'varchar', length: 36 })
  leaderId!: string;

  @ManyToOne(() => LeaderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity>;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'period_start', type: 'varchar', length: 10 })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'varchar', length: 10 })
  periodEnd!: string;

  @Column({ name: 'budget_ore', type: 'integer', nullable: true })
  budgetOre!: number | null;

  @Column({ name: 'hours_tenths', type: 'integer', nullable: true })
  hoursTenths!: number | null;

  @Column({ type: 'varchar', length: 20 })
  status!: PlanStatus;

  /** The manager's comment on the last return or approval. */
  @Column({ name: 'manager_comment', type: 'text', nullable: true })
  managerComment!: string | null;

  /** Set on the first submission: from then on the plan is cancelled, never deleted. */
  @Column({ name: 'ever_submitted', type: 'boolean' })
  everSubmitted!: boolean;

  @Column({ type: 'integer' })
  version!: number;

  @Column(dateTimeColumn('submitted_at', true))
  submittedAt!: Date | null;

  @Column(dateTimeColumn('approved_at', true))
  approvedAt!: Date | null;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;

  @OneToMany(() => PlanItemEntity, (i) => i.plan)
  items?: Relation<PlanItemEntity[]>;

  @OneToMany(() => PlanGoalEntity, (g) => g.plan)
  goals?: Relation<PlanGoalEntity[]>;

  @OneToMany(() => PlanFollowUpEntity, (f) => f.plan)
  followUps?: Relation<PlanFollowUpEntity[]>;
}
