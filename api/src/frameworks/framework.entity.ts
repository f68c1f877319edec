import { Column, Entity, Index, OneToMany, PrimaryColumn, Relation } from 'typeorm';
import type { FrameworkStatus, LocalizedText } from '@lederloeft/contracts';
import { dateTimeColumn } from '../database/iso-date-time';
import { CompetencyEntity } from './competency.entity';
import { DogmaEntity } from './dogma.entity';
import { FrameworkValueEntity } from './framework-value.entity';

/** One edition of a leadership framework. Published and retired editions never change. */
@Entity({ name: 'frameworks' })
@Index('uq_frameworks_key_edition', ['key', 'edition'], { unique: true })
// At most one edition is in force: the database guards the rule too, not only the service.
@Index('uq_frameworks_one_published', ['status'], {
  unique: true,
  where: "status = 'published'",
})
export class FrameworkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'integer' })
  edition!: number;

  @Column({
    name: 'edition_label',
    type: 'varchar',
    length: 100,
    nullable: true,
  })
  editionLabel!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: FrameworkStatus;

  @Column({ name: 'name_da', type: 'varchar', length: 300 })
  nameDa!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 200 })
  owner!: string;

  // Paragraph lists are read and written whole, never queried: JSON text is enough.
  @Column({ type: 'simple-json' })
  purpose!: LocalizedText[];

  @Column({ type: 'simple-json' })
  foundation!: LocalizedText[];

  @Column({ name: 'competencies_intro', type: 'simple-json' })
  competenciesIntro!: LocalizedText[];

  @Column(dateTimeColumn('published_at', true))
  publishedAt!: Date | null;

  @Column(dateTimeColumn('retired_at', true))
  retiredAt!: Date | null;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;

  @OneToMany(() => FrameworkValueEntity, (v) => v.framework)
  values?: Relation<FrameworkValueEntity[]>;

  @OneToMany(() => CompetencyEntity, (c) => c.framework)
  competencies?: Relation<CompetencyEntity[]>;

  @OneToMany(() => DogmaEntity, (d) => d.framework)
  dogmas?: Relation<DogmaEntity[]>;
}
