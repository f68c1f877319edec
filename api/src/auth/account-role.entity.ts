import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { Role } from '@lederloeft/contracts';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { AccountEntity } from './account.entity';

/** A granted role (hr, director, admin); a director's row names the subtree they oversee. */
@Entity({ name: 'account_roles' })
@Index('ix_account_roles_account', ['accountId'])
export class AccountRoleEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'varchar', length: 20 })
  role!: Extract<Role, 'hr' | 'director' | 'admin'>;

  @Column({ name: 'scope_org_unit_id', type: 'varchar', length: 36, nullable: true })
  scopeOrgUnitId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'scope_org_unit_id' })
  scopeOrgUnit?: Relation<OrgUnitEntity> | null;
}
