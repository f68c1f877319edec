import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { PrioritySetEntity } from './priority-set.entity';

/**
 * One competency's weight in a priority set, in hundredths (1.5 → 150): an integer
 * compares exactly on both databases, which share no exact decimal type TypeORM maps alike.
 */
@Entity({ name: 'priority_weights' })
export class PriorityWeightEntity {
  @PrimaryColumn({ name: 'priority_set_id', type: 'varchar', length: 36 })
  prioritySetId!: string;

  @ManyToOne(() => PrioritySetEntity, (s) => s.weights, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'priority_set_id' })
  set?: Relation<PrioritySetEntity>;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @Column({ name: 'weight_hundredths', type: 'integer' })
  weightHundredths!: number;
}
