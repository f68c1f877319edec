import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';

/** An org unit's interpretation of a competency or behaviour; seen by leaders in and below it. */
@Entity({ name: 'local_interpretations' })
@Index('uq_local_interpretations', ['orgUnitId', 'frameworkId', 'elementKey'], { unique: true })
export class LocalInterpretationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'org_unit_id', type: 'varchar', length: 36 })
  orgUnitId!: string;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_unit_id' })
  orgUnit?: Relation<OrgUnitEntity>;

  @Column({ name: 'framework_id', type: 'varchar', length: 36 })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Relation<FrameworkEntity>;

  @Column({ name: 'element_key', type: 'varchar', length: 100 })
  elementKey!: string;

  @Column({ name: 'text_da', type: 'text' })
  textDa!: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn!: string;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;
}
