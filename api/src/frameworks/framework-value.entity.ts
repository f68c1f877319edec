import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { ValueKind } from '@lederloeft/contracts';
import { FrameworkEntity } from './framework.entity';

/** A value word (Dialog, Tillid, Ansvarlighed) or the expected conduct (ordentlighed). */
@Entity({ name: 'framework_values' })
@Index('uq_framework_values_key', ['frameworkId', 'key'], { unique: true })
export class FrameworkValueEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'framework_id', type: 'varchar', length: 36 })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, (f) => f.values, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Relation<FrameworkEntity>;

  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ValueKind;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'name_da', type: 'varchar', length: 300 })
  nameDa!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300 })
  nameEn!: string;

  @Column({ name: 'description_da', type: 'text' })
  descriptionDa!: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn!: string;
}
