import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { AssessmentRoundEntity } from '../assessments/assessment-round.entity';
import { LeaderEntity } from '../organisation/leader.entity';

/** A behaviour below target for a leader in a round: HR's demand per behaviour. */
@Entity({ name: 'coverage_behaviour_gaps' })
@Index('ix_coverage_behaviour_gaps_round', ['roundId', 'behaviourKey'])
@Index('ix_coverage_behaviour_gaps_leader', ['leaderId'])
export class CoverageBehaviourGapEntity {
  @PrimaryColumn({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @PrimaryColumn({ name: 'leader_id', type: 'varchar', length: 36 })
  leaderId!: string;

  @PrimaryColumn({ name: 'behaviour_key', type: 'varchar', length: 150 })
  behaviourKey!: string;

  @Column({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<AssessmentRoundEntity>;

  @ManyToOne(() => LeaderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity>;
}
