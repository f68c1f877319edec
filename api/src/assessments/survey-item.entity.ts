import { Column, Entity, PrimaryColumn } from 'typeorm';
import { dateTimeColumn } from '../database/iso-date-time';

/** A wellbeing survey item and the competency it is evidence for (editable mapping). */
@Entity({ name: 'survey_items' })
export class SurveyItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  code!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'competency_key', type: 'varchar', length: 100, nullable: true })
  competencyKey!: string | null;

  @Column(dateTimeColumn('updated_at'))
  updatedAt!: Date;
}
