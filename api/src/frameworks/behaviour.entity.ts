import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { BehaviourGroup } from '@lederloeft/contracts';
import { CompetencyEntity } from './competency.entity';
import { FrameworkEntity } from './framework.entity';

/**
 * An example behaviour: usable as an assessment statement and as an on-the-job
 * development activity. framework_id is kept beside competency_id so that a key is
 * unique per edition and found without a join.
 */
@Entity({ name: 'behaviours' })
@Index('uq_behaviours_key', ['frameworkId', 'key'], { unique: true })
@Index('ix_behaviours_competency', ['competencyId'])
export class BehaviourEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'framework_id', type: 'varchar', length: 36 })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Relation<FrameworkEntity>;

  @Column({ name: 'competency_id', type: 'varchar', length: 36 })
  competencyId!: string;

  @ManyToOne(() => CompetencyEntity, (c) => c.behaviours, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'competency_id' })
  competency?: Relation<CompetencyEntity>;

  @Column({ type: 'varchar', length: 100 })
  key!: string;

  // "group" is a reserved word in SQL.
  @Column({ name: 'behaviour_group', type: 'varchar', length: 20 })
  group!: BehaviourGroup;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'text_da', type: 'text' })
  textDa!: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn!: string;
}
