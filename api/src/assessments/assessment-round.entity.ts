import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { AssessmentSource, ScalePoint } from '@lederloeft/contracts';
import { dateTimeColumn } from '../database/iso-date-time';
import { FrameworkEntity } from '../frameworks/framework.entity';

/** An assessment round, e.g. "Lederevaluering 2026", against one framework edition. */
@Entity({ name: 'assessment_rounds' })
export class AssessmentRoundEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'framework_id', type: 'varchar', length: 36 })
  frameworkId!: string;

  @Column({ name: 'period_start', type: 'varchar', length: 10 })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'varchar', length: 10 })
  periodEnd!: string;

  @Column({ type: 'simple-json' })
  sources!: AssessmentSource[];

  @Column({ type: 'varchar', length: 20 })
  status!: 'open' | 'closed';

  @Column({ name: 'min_respondents', type: 'integer' })
  minRespondents!: number;

  @Column({ type: 'simple-json' })
  scale!: ScalePoint[];

  /** Source weights of the combined level; null means the defaults of libs/domain. */
  @Column({ type: 'simple-json', nullable: true })
  weights!: Record<AssessmentSource, number> | null;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Relation<FrameworkEntity>;
}
