import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { OrgUnitEntity } from '../organisation/org-unit.entity';

/** A director's target for a unit and competency: a share of leaders meeting target by a date. */
@Entity({ name: 'coverage_targets' })
@Index('uq_coverage_targets_unit_competency', ['orgUnitId', 'competencyKey'], { unique: true })
export class CoverageTargetEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'org_unit_id', type: 'varchar', length: 36 })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: Relation<OrgUnitEntity>;

  @Column({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @Column({ name: 'target_percent', type: 'integer' })
  targetPercent!: number;

  /** ISO date. */
  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The account that set it; no foreign key, so the record outlives the account. */
  @Column({ name: 'set_by_account_id', type: 'varchar', length: 36, nullable: true })
  setByAccountId!: string | null;

  @Column({ name: 'set_by_name', type: 'varchar', length: 200 })
  setByName!: string;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;
}
