import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { OfferEntity } from './offer.entity';

/** An example behaviour of the foundation that an offer trains specifically. */
@Entity({ name: 'offer_behaviours' })
@Index('ix_offer_behaviours_behaviour', ['behaviourKey'])
export class OfferBehaviourEntity {
  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 36 })
  offerId!: string;

  @PrimaryColumn({ name: 'behaviour_key', type: 'varchar', length: 150 })
  behaviourKey!: string;

  @Column({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  /** Order within the competency's list, as HR entered it. */
  @Column({ type: 'integer' })
  position!: number;

  @ManyToOne(() => OfferEntity, (o) => o.behaviours, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer?: Relation<OfferEntity>;
}
