import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

/**
 * Development plans: plans, items, SMART goals, follow-ups, item notes, history events and
 * seat bookings on catalogue sessions.
 */
export class CreateDevelopmentPlans1764310000000 implements MigrationInterface {
  name = 'CreateDevelopmentPlans1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit();
    const fk = (column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });
    const nullableInteger = (name: string) => ({ ...c.integer(name), isNullable: true });

    await queryRunner.createTable(
      new Table({
        name: 'development_plans',
        columns: [
          c.id(),
          c.ref('leader_id'),
          c.varchar('title', 200),
          c.varchar('period_start', 10),
          c.varchar('period_end', 10),
          nullableInteger('budget_ore'),
          nullableInteger('hours_tenths'),
          c.varchar('status', 20),
          c.text('manager_comment', true),
          c.boolean('ever_submitted'),
          c.integer('version'),
          c.dateTime('submitted_at', true),
          c.dateTime('approved_at', true),
          c.dateTime('created_at'),
          c.dateTime('updated_at'),
        ],
        foreignKeys: [fk('leader_id', 'leaders', 'RESTRICT')],
        indices: [
          new TableIndex({ name: 'ix_development_plans_leader', columnNames: ['leader_id'] }),
          new TableIndex({ name: 'ix_development_plans_status', columnNames: ['status'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'plan_items',
        columns: [
          c.id(),
          c.ref('plan_id'),
          c.varchar('kind', 20),
          c.ref('offer_id', true),
          c.varchar('offer_title', 200, true),
          c.ref('session_id', true),
          c.varchar('behaviour_key', 150, true),
          c.text('text'),
          c.text('competency_keys'),
          c.text('behaviour_keys'),
          c.integer('position'),
          c.varchar('status', 20),
          c.text('done_evidence', true),
          c.dateTime('done_at', true),
          c.integer('cost_ore'),
          c.integer('hours_tenths'),
          c.dateTime('created_at'),
          c.dateTime('updated_at'),
        ],
        foreignKeys: [
          fk('plan_id', 'development_plans', 'CASCADE'),
          fk('offer_id', 'offers', 'SET NULL'),
          fk('session_id', 'offer_sessions', 'SET NULL'),
        ],
        indices: [
          new TableIndex({ name: 'ix_plan_items_plan', columnNames: ['plan_id', 'position'] }),
          new TableIndex({ name: 'ix_plan_items_session', columnNames: ['session_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'plan_goals',
        columns: [
          c.id(),
          c.ref('plan_id'),
          c.varchar('competency_key', 100),
          c.text('what'),
          c.text('measure'),
          c.varchar('by_date', 10),
          c.text('behaviour_keys'),
          c.dateTime('created_at'),
          c.dateTime('updated_at'),
        ],
        foreignKeys: [fk('plan_id', 'development_plans', 'CASCADE')],
        indices: [new TableIndex({ name: 'ix_plan_goals_plan', columnNames: ['plan_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'plan_follow_ups',
        columns: [
          c.id(),
          c.ref('plan_id'),
          c.varchar('date', 10),
          c.text('note'),
          c.dateTime('created_at'),
          c.dateTime('updated_at'),
        ],
        foreignKeys: [fk('plan_id', 'development_plans', 'CASCADE')],
        indices: [
          new TableIndex({ name: 'ix_plan_follow_ups_plan', columnNames: ['plan_id', 'date'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'plan_item_notes',
        columns: [
          c.id(),
          c.ref('item_id'),
          c.text('learned'),
          c.text('changed'),
          c.dateTime('created_at'),
        ],
        foreignKeys: [fk('item_id', 'plan_items', 'CASCADE')],
        indices: [
          new TableIndex({
            name: 'ix_plan_item_notes_item',
            columnNames: ['item_id', 'created_at'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'plan_events',
        columns: [
          c.id(),
          c.ref('plan_id'),
          c.ref('actor_account_id', true),
          c.varchar('actor_name', 200),
          c.varchar('type', 30),
          c.text('summary'),
          c.text('details', true),
          c.integer('sequence'),
          c.dateTime('at'),
        ],
        foreignKeys: [
          fk('plan_id', 'development_plans', 'CASCADE'),
          fk('actor_account_id', 'accounts', 'SET NULL'),
        ],
        indices: [new TableIndex({ name: 'ix_plan_events_plan', columnNames: ['plan_id', 'at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'seat_bookings',
        columns: [
          c.id(),
          c.ref('session_id'),
          c.ref('plan_id'),
          c.ref('plan_item_id', true),
          c.ref('leader_id'),
          c.varchar('status', 20),
          nullableInteger('queue_position'),
          c.dateTime('requested_at'),
          c.dateTime('updated_at'),
          c.dateTime('cancelled_at', true),
        ],
        foreignKeys: [
          fk('session_id', 'offer_sessions', 'CASCADE'),
          fk('plan_id', 'development_plans', 'CASCADE'),
          fk('plan_item_id', 'plan_items', 'SET NULL'),
          fk('leader_id', 'leaders', 'RESTRICT'),
        ],
        indices: [
          new TableIndex({
            name: 'ix_seat_bookings_session',
            columnNames: ['session_id', 'status', 'queue_position'],
          }),
          new TableIndex({
            name: 'uq_seat_bookings_queue',
            columnNames: ['session_id', 'queue_position'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'uq_seat_bookings_live_item',
            columnNames: ['plan_item_id'],
            isUnique: true,
            where: "status <> 'cancelled'",
          }),
          new TableIndex({ name: 'ix_seat_bookings_plan', columnNames: ['plan_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('seat_bookings');
    await queryRunner.dropTable('plan_events');
    await queryRunner.dropTable('plan_item_notes');
    await queryRunner.dropTable('plan_follow_ups');
    await queryRunner.dropTable('plan_goals');
    await queryRunner.dropTable('plan_items');
    await queryRunner.dropTable('development_plans');
  }
}
