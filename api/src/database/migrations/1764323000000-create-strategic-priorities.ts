import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

/** Strategic priorities: per org unit and year, a weight per competency (docs/domain.md). */
export class CreateStrategicPriorities1764323000000 implements MigrationInterface {
  name = 'CreateStrategicPriorities1764323000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit();
    await queryRunner.createTable(
      new Table({
        name: 'priority_sets',
        columns: [
          c.id(),
          c.ref('org_unit_id'),
          c.integer('year'),
          c.text('note', true),
          c.ref('set_by_account_id', true),
          c.varchar('set_by_name', 200),
          c.dateTime('updated_at'),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['org_unit_id'],
            referencedTableName: 'org_units',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({
            name: 'uq_priority_sets_unit_year',
            columnNames: ['org_unit_id', 'year'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_priority_sets_year', columnNames: ['year'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'priority_weights',
        columns: [
          { ...c.ref('priority_set_id'), isPrimary: true },
          { ...c.varchar('competency_key', 100), isPrimary: true },
          c.integer('weight_hundredths'),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['priority_set_id'],
            referencedTableName: 'priority_sets',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('priority_weights');
    await queryRunner.dropTable('priority_sets');
  }
}
