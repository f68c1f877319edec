import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

/** An org unit's own reading of a competency or behaviour (fagområdernes fortolkning). */
export class CreateLocalInterpretations1764270000000 implements MigrationInterface {
  name = 'CreateLocalInterpretations1764270000000';

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
        name: 'local_interpretations',
        columns: [
          c.id(),
          c.ref('org_unit_id'),
          c.ref('framework_id'),
          // A competency key or a behaviour key of that edition.
          c.varchar('element_key', 100),
          c.text('text_da'),
          c.text('text_en'),
          c.dateTime('updated_at'),
        ],
        foreignKeys: [fk('org_unit_id', 'org_units'), fk('framework_id', 'frameworks')],
        indices: [
          new TableIndex({
            name: 'uq_local_interpretations',
            columnNames: ['org_unit_id', 'framework_id', 'element_key'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('local_interpretations');
  }
}
