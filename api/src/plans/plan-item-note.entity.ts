import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';
import { PlanItemEntity } from './plan-item.entity';

/** A progress note or reflection on an item: what I learned, what I now do differently. */
@Entity({ name: 'plan_item_notes' })
@Index('ix_plan_item_notes_item', ['itemId', 'createdAt'])
export class PlanItemNoteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'item_id', type: 'varchar', length: 36 })
  itemId!: string;

  @ManyToOne(() => PlanItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<PlanItemEntity>;

  @Column({ type: 'text' })
  learned!: string;

  @Column({ type: 'text' })
  changed!: string;

  @Column(dateTimeColumn('created_at'))
  createdAt!: Date;
}
