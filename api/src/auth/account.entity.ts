import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { LeaderEntity } from '../organisation/leader.entity';

/** A person who can sign in: a leader, or staff such as HR and administrators. */
@Entity({ name: 'accounts' })
@Index('uq_accounts_email', ['email'], { unique: true })
@Index('uq_accounts_leader', ['leaderId'], { unique: true })
export class AccountEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Stored lower-case. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** argon2id hash (PHC string). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'leader_id', type: 'varchar', length: 36, nullable: true })
  leaderId!: string | null;

  @ManyToOne(() => LeaderEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity> | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column(dateTimeColumn('password_changed_at'))
  passwordChangedAt!: Date;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;
}
