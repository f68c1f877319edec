import { Column, Entity, Index, OneToMany, PrimaryColumn, Relation } from 'typeorm';
import type { OfferFormat, OfferKind, OfferLanguage, OfferStatus } from '@lederloeft/contracts';
import { dateTimeColumn } from '../database/iso-date-time';
import { OfferBehaviourEntity } from './offer-behaviour.entity';
import { OfferEffectEntity } from './offer-effect.entity';
import { OfferSessionEntity } from './offer-session.entity';

/**
 * A development offer in the catalogue. Money and hours are stored as whole øre and tenths
 * of an hour, so that sums and comparisons are exact on both databases. The `search_*`
 * columns hold normalised text (lower case, Danish letters kept) for free-text search.
 */
@Entity({ name: 'offers' })
@Index('ix_offers_status', ['status'])
export class OfferEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  /** The code in lower case: codes are unique regardless of case. */
  @Index('uq_offers_code_key', { unique: true })
  @Column({ name: 'code_key', type: 'varchar', length: 40 })
  codeKey!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OfferKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 200 })
  provider!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 20 })
  format!: OfferFormat;

  @Column({ type: 'varchar', length: 5 })
  language!: OfferLanguage;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location!: string | null;

  @Column({ name: 'hours_tenths', type: 'integer' })
  hoursTenths!: number;

  @Column({ name: 'price_ore', type: 'integer' })
  priceOre!: number;

  @Column({ name: 'price_includes_vat', type: 'boolean' })
  priceIncludesVat!: boolean;

  @Column({ name: 'price_is_indicative', type: 'boolean' })
  priceIsIndicative!: boolean;

  @Column({ name: 'ects_tenths', type: 'integer', nullable: true })
  ectsTenths!: number | null;

  /** Level keys wrapped in commas (`,chef,mellemleder,`) so a LIKE finds one; '' = all levels. */
  @Column({ name: 'target_levels', type: 'varchar', length: 300 })
  targetLevels!: string;

  @Column({ type: 'text' })
  prerequisites!: string;

  @Column({ name: 'on_demand', type: 'boolean' })
  onDemand!: boolean;

  @Column({ name: 'contact_name', type: 'varchar', length: 200 })
  contactName!: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 254 })
  contactEmail!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: OfferStatus;

  /** Set once the offer is first published: from then on it is archived, never deleted. */
  @Column({ name: 'ever_published', type: 'boolean' })
  everPublished!: boolean;

  /** Optimistic locking: every change increments it; an edit must name the version it read. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'search_title', type: 'text' })
  searchTitle!: string;

  @Column({ name: 'search_provider', type: 'text' })
  searchProvider!: string;

  @Column({ name: 'search_all', type: 'text' })
  searchAll!: string;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;

  @OneToMany(() => OfferEffectEntity, (e) => e.offer)
  effects?: Relation<OfferEffectEntity[]>;

  @OneToMany(() => OfferBehaviourEntity, (b) => b.offer)
  behaviours?: Relation<OfferBehaviourEntity[]>;

  @OneToMany(() => OfferSessionEntity, (s) => s.offer)
  sessions?: Relation<OfferSessionEntity[]>;
}
