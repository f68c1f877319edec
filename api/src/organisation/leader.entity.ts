import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { LeaderLevelEntity } from './leader-level.entity';
import { OrgUnitEntity } from './org-unit.entity';

/** A leader: a person who leads an org unit, with a level and (except at the top) a manager. */
@Entity({ name: 'leaders' })
@Index('uq_leaders_email', ['email'], { unique: true })
@Index('uq_leaders_employee_id', ['employeeId'], { unique: true })
@Index('ix_leaders_manager', ['managerId'])
@Index('ix_leaders_org_unit', ['orgUnitId'])
export class LeaderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Work e-mail, stored lower-case: the match key for imports and sign-in. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The HR system's employee id (Medarbejder-ID): the first match key on re-import. */
  @Column({ name: 'employee_id', type: 'varchar', length: 100, nullable: true })
  employeeId!: string | null;

  @Column({ name: 'level_key', type: 'varchar', length: 50 })
  levelKey!: string;

  @ManyToOne(() => LeaderLevelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'level_key' })
  level?: Relation<LeaderLevelEntity>;

  @Column({ name: 'org_unit_id', type: 'varchar', length: 36 })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: Relation<OrgUnitEntity>;

  @Column({ name: 'manager_id', type: 'varchar', length: 36, nullable: true })
  managerId!: string | null;

  @ManyToOne(() => LeaderEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'manager_id' })
  manager?: Relation<LeaderEntity> | null;

  /** ISO date YYYY-MM-DD. */
  @Column({ name: 'start_date', type: 'varchar', length: 10, nullable: true })
  startDate!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** The personal leadership foundation: plain text, blank lines between paragraphs. */
  @Column({ name: 'personal_foundation', type: 'text' })
  personalFoundation!: string;

  @Column(dateTimeColumn('personal_foundation_updated_at', true))
  personalFoundationUpdatedAt!: Date | null;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;
}
