import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Installation-wide facts, e.g. whether this database was created with demo data. */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}
