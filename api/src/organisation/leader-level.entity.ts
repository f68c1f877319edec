import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A leader level (førstelinjeleder, mellemleder, chef, direktør); rank 1 is the top. */
@Entity({ name: 'leader_levels' })
export class LeaderLevelEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  key!: string;

  @Column({ name: 'name_da', type: 'varchar', length: 100 })
  nameDa!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn!: string;

  @Column({ type: 'integer' })
  rank!: number;
}
