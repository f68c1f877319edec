import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

/** Counters for the sign-in brakes and the rate limits, shared by every api process. */
export class CreateRequestCounters1765200000000 implements MigrationInterface {
  name = 'CreateRequestCounters1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit();
    await queryRunner.createTable(
      new Table({
        name: 'request_counters',
        columns: [
          { ...c.varchar('bucket', 40), isPrimary: true },
          { ...c.varchar('key', 320), isPrimary: true },
          c.dateTime('window_start'),
          c.integer('count'),
        ],
        // For the clean-up of windows long over.
        indices: [
          new TableIndex({ name: 'ix_request_counters_window', columnNames: ['window_start'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('request_counters');
  }
}
