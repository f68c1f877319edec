import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { AccountEntity } from './account.entity';

/**
 * A server-side session: the cookie holds a random token, this row its SHA-256. Logout,
 * password change and deactivation revoke it at once.
 */
@Entity({ name: 'sessions' })
@Index('ix_sessions_account', ['accountId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;

  @Column(dateTimeColumn('last_seen_at'))
  lastSeenAt!: Date;

  /** Absolute end, whatever the activity. */
  @Column(dateTimeColumn('expires_at'))
  expiresAt!: Date;

  @Column(dateTimeColumn('revoked_at', true))
  revokedAt!: Date | null;
}
