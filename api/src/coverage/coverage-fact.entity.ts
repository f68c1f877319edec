import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { GapStatus } from '@lederloeft/domain';
import { AssessmentRoundEntity } from '../assessments/assessment-round.entity';
import { LeaderEntity } from '../organisation/leader.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';

/**
 * One leader and competency in a round as coverage counts them (LeaderCoverageFact of
 * libs/domain), maintained on write; `orgUnitId` is the unit the leader counts in for the
 * round (frozen once the round is closed). Gaps and effects in hundredths: exact on both
 * databases.
 */
@Entity({ name: 'coverage_facts' })
@Index('ix_coverage_facts_round_unit', ['roundId', 'orgUnitId'])
@Index('ix_coverage_facts_leader', ['leaderId'])
export class CoverageFactEntity {
  @PrimaryColumn({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @PrimaryColumn({ name: 'leader_id', type: 'varchar', length: 36 })
  leaderId!: string;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @Column({ name: 'org_unit_id', type: 'varchar', length: 36 })
  orgUnitId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: GapStatus;

  @Column({ name: 'gap_hundredths', type: 'integer', nullable: true })
  gapHundredths!: number | null;

  @Column({ type: 'boolean' })
  planned!: boolean;

  @Column({ name: 'effect_hundredths', type: 'integer' })
  effectHundredths!: number;

  @Column({ name: 'projected_met', type: 'boolean', nullable: true })
  projectedMet!: boolean | null;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<AssessmentRoundEntity>;

  @ManyToOne(() => LeaderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity>;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: Relation<OrgUnitEntity>;
}
