import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { LeaderEntity } from '../organisation/leader.entity';
import { AssessmentRoundEntity } from './assessment-round.entity';

/**
 * The leader evaluation for one behaviour, aggregated: respondent count, mean and the count
 * per scale point. Individual respondents' answers are never stored.
 */
@Entity({ name: 'employee_results' })
@Index('uq_employee_results', ['roundId', 'leaderId', 'behaviourKey'], { unique: true })
@Index('ix_employee_results_leader', ['leaderId'])
export class EmployeeResultEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @Column({ name: 'leader_id', type: 'varchar', length: 36 })
  leaderId!: string;

  @Column({ name: 'behaviour_key', type: 'varchar', length: 100 })
  behaviourKey!: string;

  @Column({ type: 'integer' })
  respondents!: number;

  @Column({ type: 'real' })
  mean!: number;

  @Column({ type: 'simple-json' })
  distribution!: number[];

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<AssessmentRoundEntity>;

  @ManyToOne(() => LeaderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity>;
}
