import { Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { LeaderEntity } from '../organisation/leader.entity';

/** A leader whose coverage facts must be recomputed before the next coverage read. */
@Entity({ name: 'coverage_stale' })
export class CoverageStaleEntity {
  @PrimaryColumn({ name: 'leader_id', type: 'varchar', length: 36 })
  leaderId!: string;

  @ManyToOne(() => LeaderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: Relation<LeaderEntity>;
}
