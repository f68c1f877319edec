import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

/** Wellbeing survey items, their mapping to competencies, and item scores per org unit. */
export class CreateSurveyItems1764280000000 implements MigrationInterface {
  name = 'CreateSurveyItems1764280000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit();
    const fk = (column: string, table: string) =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      });
    await queryRunner.createTable(
      new Table({
        name: 'survey_items',
        columns: [
          { name: 'code', type: 'varchar', length: '100', isPrimary: true },
          c.text('text'),
          // NULL: not mapped, so the item is evidence for no competency.
          c.varchar('competency_key', 100, true),
          c.dateTime('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'survey_item_scores',
        columns: [
          c.id(),
          c.ref('round_id'),
          c.ref('org_unit_id'),
          c.varchar('item_code', 100),
          { name: 'level', type: 'real' },
          c.integer('respondents'),
        ],
        foreignKeys: [
          fk('round_id', 'assessment_rounds'),
          fk('org_unit_id', 'org_units'),
          new TableForeignKey({
            columnNames: ['item_code'],
            referencedTableName: 'survey_items',
            referencedColumnNames: ['code'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({
            name: 'uq_survey_item_scores',
            columnNames: ['round_id', 'org_unit_id', 'item_code'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('survey_item_scores');
    await queryRunner.dropTable('survey_items');
  }
}
