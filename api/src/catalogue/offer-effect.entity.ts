import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { EffectStrength } from '@lederloeft/contracts';
import { OfferEntity } from './offer.entity';

/** How strongly an offer trains one competency (by key); no row means no effect. */
@Entity({ name: 'offer_effects' })
@Index('ix_offer_effects_competency', ['competencyKey', 'strengthRank'])
export class OfferEffectEntity {
  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 36 })
  offerId!: string;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @Column({ type: 'varchar', length: 10 })
  strength!: Exclude<EffectStrength, 'none'>;

  /** 1 = some, 2 = strong: lets a filter ask for "at least some". */
  @Column({ name: 'strength_rank', type: 'integer' })
  strengthRank!: number;

  @ManyToOne(() => OfferEntity, (o) => o.effects, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: Relation<OfferEntity>;
}
