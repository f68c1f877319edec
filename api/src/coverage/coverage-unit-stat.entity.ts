import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { AssessmentRoundEntity } from '../assessments/assessment-round.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';

/**
 * The counts (CompetencyCounts of libs/domain) of the leaders placed directly in a unit,
 * per round and competency; `competency_key = '*'` holds the distinct-leader counts over
 * all competencies. Rebuilt from coverage_facts for every unit a refresh touches, so a
 * request reads one row per unit instead of one per leader.
 */
@Entity({ name: 'coverage_unit_stats' })
export class CoverageUnitStatEntity {
  @PrimaryColumn({ name: 'round_id', type: 'varchar', length: 36 })
  roundId!: string;

  @PrimaryColumn({ name: 'org_unit_id', type: 'varchar', length: 36 })
  orgUnitId!: string;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @Column({ type: 'integer' }) leaders!: number;
  @Column({ type: 'integer' }) assessed!: number;
  @Column({ type: 'integer' }) met!: number;
  @Column({ type: 'integer' }) below!: number;
  @Column({ name: 'no_target', type: 'integer' }) noTarget!: number;
  @Column({ name: 'not_assessed', type: 'integer' }) notAssessed!: number;
  @Column({ name: 'gap_hundredths', type: 'integer' }) gapHundredths!: number;
  @Column({ type: 'integer' }) planned!: number;
  @Column({ name: 'projected_met', type: 'integer' }) projectedMet!: number;

  @ManyToOne(() => AssessmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<AssessmentRoundEntity>;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: Relation<OrgUnitEntity>;
}
