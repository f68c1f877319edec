import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/** The HR system's employee id of a leader, so that a re-import updates instead of duplicating. */
export class AddLeaderEmployeeId1764260000000 implements MigrationInterface {
  name = 'AddLeaderEmployeeId1764260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'leaders',
      new TableColumn({ name: 'employee_id', type: 'varchar', length: '100', isNullable: true }),
    );
    await queryRunner.createIndex(
      'leaders',
      new TableIndex({
        name: 'uq_leaders_employee_id',
        columnNames: ['employee_id'],
        isUnique: true,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('leaders', 'uq_leaders_employee_id');
    await queryRunner.dropColumn('leaders', 'employee_id');
  }
}
