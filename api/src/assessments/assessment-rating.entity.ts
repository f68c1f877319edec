import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { LeaderEntity } from '../organisation/leader.entity';
import { AssessmentRoundEntity } from './assessment-round.entity';

/** One answer of a self or manager assessment; rating null = "kan ikke vurdere". */
@Entity({ name: 'assessment_ratings' })
@Index('uq_assessment_ratings', ['roundId', 'leaderId', 'source', 'behaviourKey'], { unique: true })
@Index('ix_assessment_ratings_leader', ['leaderId'])
export class AssessmentRatingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  /** The leader being assessed. */
  @Column({ name: 'leader_id', type: 'varchar', length: 36 })
  leaderId!: string;

  @Column({ type: 'varchar', length: 20 })
  source!: 'self' | 'manager';

  /** Who rated: the leader themself, or their manager at the time. */
  @Column({ name: 'rater_leader_id', type: 'varchar', length: 36, nullable: true })
  raterLeaderId!: string | null;

  @Column({ name: 'behaviour_key', type: 'varchar', length: 100 })
  behaviourKey!: string;

  @Column({ type: 'integer', nullable: true })
  rating!: number | null;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<AssessmentRoundEntity>;

  @ManyToOne(() => LeaderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity>;

  @ManyToOne(() => LeaderEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'rater_leader_id' })
  rater?: Relation<LeaderEntity> | null;
}
