import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { LeaderEntity } from '../organisation/leader.entity';
import { PlanEntity } from '../plans/plan.entity';

/**
 * What one approved or active plan does for a competency: whether an activity names it,
 * and the level points its offers are expected to close (hundredths, uncapped), with the
 * plan's end date for the targets' "by the due date".
 */
@Entity({ name: 'coverage_plan_effects' })
@Index('ix_coverage_plan_effects_leader', ['leaderId'])
export class CoveragePlanEffectEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @Column({ name: 'leader_id', type: 'varchar', length: 36 })
  leaderId!: string;

  @Column({ name: 'effect_hundredths', type: 'integer' })
  effectHundredths!: number;

  @Column({ type: 'boolean' })
  addressed!: boolean;

  @Column({ name: 'period_end', type: 'varchar', length: 10 })
  periodEnd!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @ManyToOne(() => LeaderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity>;
}
