import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  Relation,
} from 'typeorm';
import { BehaviourEntity } from './behaviour.entity';
import { DogmaEntity } from './dogma.entity';
import { FrameworkEntity } from './framework.entity';

/** One of the framework's competencies, e.g. "Ledelse med handlekraft". */
@Entity({ name: 'competencies' })
@Index('uq_competencies_key', ['frameworkId', 'key'], { unique: true })
export class CompetencyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'framework_id', type: 'varchar', length: 36 })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, (f) => f.competencies, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'framework_id' })
  framework?: Relation<FrameworkEntity>;

  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'title_da', type: 'varchar', length: 300 })
  titleDa!: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300 })
  titleEn!: string;

  @Column({ name: 'summary_da', type: 'text' })
  summaryDa!: string;

  @Column({ name: 'summary_en', type: 'text' })
  summaryEn!: string;

  @Column({ name: 'description_da', type: 'text' })
  descriptionDa!: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn!: string;

  @Column({ name: 'because_da', type: 'text' })
  becauseDa!: string;

  @Column({ name: 'because_en', type: 'text' })
  becauseEn!: string;

  @Column({ name: 'frame_intro_da', type: 'text' })
  frameIntroDa!: string;

  @Column({ name: 'frame_intro_en', type: 'text' })
  frameIntroEn!: string;

  @Column({ name: 'personal_intro_da', type: 'text' })
  personalIntroDa!: string;

  @Column({ name: 'personal_intro_en', type: 'text' })
  personalIntroEn!: string;

  @OneToMany(() => BehaviourEntity, (b) => b.competency)
  behaviours?: Relation<BehaviourEntity[]>;

  @OneToMany(() => DogmaEntity, (d) => d.competency)
  dogmas?: Relation<DogmaEntity[]>;
}
