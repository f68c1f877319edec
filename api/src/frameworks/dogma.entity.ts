import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { CompetencyEntity } from './competency.entity';
import { FrameworkEntity } from './framework.entity';

/** A dogma: of one competency, or (competency_id null) of the framework as a whole. */
@Entity({ name: 'dogmas' })
@Index('uq_dogmas_key', ['frameworkId', 'key'], { unique: true })
@Index('ix_dogmas_competency', ['competencyId'])
export class DogmaEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'framework_id', type: 'varchar', length: 36 })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, (f) => f.dogmas, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Relation<FrameworkEntity>;

  @Column({
    name: 'competency_id',
    type: 'varchar',
    length: 36,
    nullable: true,
  })
  competencyId!: string | null;

  @ManyToOne(() => CompetencyEntity, (c) => c.dogmas, {
    onDelete: 'CASCADE',
    nullable: true,
  })
  @JoinColumn({ name: 'competency_id' })
  competency?: Relation<CompetencyEntity> | null;

  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'text_da', type: 'text' })
  textDa!: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn!: string;
}
