import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { LeaderEntity } from '../organisation/leader.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';

/** A leader's approved and active plans summed up (only leaders who have one). */
@Entity({ name: 'coverage_leader_plans' })
@Index('ix_coverage_leader_plans_unit', ['orgUnitId'])
export class CoverageLeaderPlanEntity {
  @PrimaryColumn({ name: 'leader_id', type: 'varchar', length: 36 })
  leaderId!: string;

  @Column({ name: 'org_unit_id', type: 'varchar', length: 36 })
  orgUnitId!: string;

  @Column({ type: 'integer' }) plans!: number;
  @Column({ name: 'committed_ore', type: 'integer' }) committedOre!: number;
  @Column({ name: 'budget_ore', type: 'integer' }) budgetOre!: number;
  @Column({ name: 'hours_tenths', type: 'integer' }) hoursTenths!: number;

  @ManyToOne(() => LeaderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity>;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: Relation<OrgUnitEntity>;
}
