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
import { dateTimeColumn } from '../database/iso-date-time';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { PriorityWeightEntity } from './priority-weight.entity';

/** An org unit's strategic priorities for one year: who set them, when and why. */
@Entity({ name: 'priority_sets' })
@Index('uq_priority_sets_unit_year', ['orgUnitId', 'year'], { unique: true })
@Index('ix_priority_sets_year', ['year'])
export class PrioritySetEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'org_unit_id', type: 'varchar', length: 36 })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: Relation<OrgUnitEntity>;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The account that set them; no foreign key, so the record outlives the account. */
  @Column({ name: 'set_by_account_id', type: 'varchar', length: 36, nullable: true })
  setByAccountId!: string | null;

  @Column({ name: 'set_by_name', type: 'varchar', length: 200 })
  setByName!: string;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;

  @OneToMany(() => PriorityWeightEntity, (w) => w.set)
  weights?: Relation<PriorityWeightEntity[]>;
}
