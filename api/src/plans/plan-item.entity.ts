import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { PlanItemKind, PlanItemStatus } from '@lederloeft/contracts';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { OfferEntity } from '../catalogue/offer.entity';
import { dateTimeColumn } from '../database/iso-date-time';
import { PlanEntity } from './plan.entity';

/**
 * An activity of a plan: a catalogue offer (with a session), learning on the job (an
 * example behaviour), or something else. Cost and hours are a snapshot taken when added.
 */
@Entity({ name: 'plan_items' })
@Index('ix_plan_items_plan', ['planId', 'position'])
@Index('ix_plan_items_session', ['sessionId'])
export class PlanItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => PlanEntity, (p) => p.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'varchar', length: 20 })
  kind!: PlanItemKind;

  @Column({ name: 'offer_id', type: 'varchar', length: 36, nullable: true })
  offerId!: string | null;

  @ManyToOne(() => OfferEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'offer_id' })
  offer?: Relation<OfferEntity> | null;

  /** The offer's title when the item was added (the offer may change or be archived). */
  @Column({ name: 'offer_title', type: 'varchar', length: 200, nullable: true })
  offerTitle!: string | null;

  @Column({ name: 'session_id', type: 'varchar', length: 36, nullable: true })
  sessionId!: string | null;

  @ManyToOne(() => OfferSessionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<OfferSessionEntity> | null;

  @Column({ name: 'behaviour_key', type: 'varchar', length: 150, nullable: true })
  behaviourKey!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'competency_keys', type: 'simple-json' })
  competencyKeys!: string[];

  @Column({ name: 'behaviour_keys', type: 'simple-json' })
  behaviourKeys!: string[];

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: PlanItemStatus;

  @Column({ name: 'done_evidence', type: 'text', nullable: true })
  doneEvidence!: string | null;

  @Column(dateTimeColumn('done_at', true))
  doneAt!: Date | null;

  @Column({ name: 'cost_ore', type: 'integer' })
  costOre!: number;

  @Column({ name: 'hours_tenths', type: 'integer' })
  hoursTenths!: number;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;
}
