import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { LeaderLevelEntity } from '../organisation/leader-level.entity';

/** The expected level of a competency for a leader level, in one framework edition. */
@Entity({ name: 'target_profiles' })
@Index('uq_target_profiles', ['frameworkId', 'levelKey', 'competencyKey'], { unique: true })
export class TargetProfileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'framework_id', type: 'varchar', length: 36 })
  frameworkId!: string;

  @Column({ name: 'level_key', type: 'varchar', length: 50 })
  levelKey!: string;

  @Column({ name: 'competency_key', type: 'varchar', length: 100 })
  competencyKey!: string;

  @Column({ type: 'real' })
  target!: number;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Relation<FrameworkEntity>;

  @ManyToOne(() => LeaderLevelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'level_key', referencedColumnName: 'key' })
  level?: Relation<LeaderLevelEntity>;
}
