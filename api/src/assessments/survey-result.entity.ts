import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { AssessmentRoundEntity } from './assessment-round.entity';

/** A wellbeing survey result of an org unit, mapped to a competency, on the rating scale. */
@Entity({ name: 'survey_results' })
@Index('uq_survey_results', ['roundId', 'orgUnitId', 'competencyKey'], { unique: true })
export class SurveyResultEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @Column({ name: 'org_unit_id', type: 'varchar', length: 36 })
  orgUnitId!: string;

  @Column({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @Column({ type: 'real' })
  score!: number;

  @Column({ type: 'integer' })
  respondents!: number;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<AssessmentRoundEntity>;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: Relation<OrgUnitEntity>;
}
