import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { OrgUnitKind } from '@lederloeft/contracts';
import { dateTimeColumn } from '../database/iso-date-time';

/** A unit of the organisation tree: kommune → fagområde → afdeling → enhed. */
@Entity({ name: 'org_units' })
@Index('uq_org_units_external_id', ['externalId'], { unique: true })
@Index('ix_org_units_parent', ['parentId'])
@Index('ix_org_units_path', ['path'])
export class OrgUnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrgUnitKind;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<OrgUnitEntity> | null;

  @Column({ name: 'external_id', type: 'varchar', length: 100, nullable: true })
  externalId!: string | null;

  /** "/rootId/…/id/": the unit's ancestors and itself, for subtree queries by prefix. */
  @Column({ type: 'varchar', length: 1000 })
  path!: string;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;
}
