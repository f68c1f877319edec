import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { AssessmentRoundEntity } from './assessment-round.entity';
import { SurveyItemEntity } from './survey-item.entity';

/** An org unit's score on one survey item in a round, on the rating scale. */
@Entity({ name: 'survey_item_scores' })
@Index('uq_survey_item_scores', ['roundId', 'orgUnitId', 'itemCode'], { unique: true })
export class SurveyItemScoreEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<AssessmentRoundEntity>;

  @Column({ name: 'org_unit_id', type: 'varchar', length: 36 })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: Relation<OrgUnitEntity>;

  @Column({ name: 'item_code', type: 'varchar', length: 100 })
  itemCode!: string;

  @ManyToOne(() => SurveyItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_code', referencedColumnName: 'code' })
  item?: Relation<SurveyItemEntity>;

  @Column({ type: 'real' })
  level!: number;

  @Column({ type: 'integer' })
  respondents!: number;
}
