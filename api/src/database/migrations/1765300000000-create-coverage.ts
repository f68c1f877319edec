import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

const cascade = (column: string, table: string) =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete: 'CASCADE',
  });

/**
 * Overblik (docs/coverage.md): per-leader coverage facts and per-unit counts maintained on
 * write, the plans' effects and costs, the leaders waiting to be recomputed, and the
 * directors' coverage targets. A database with data from before gets every leader
 * recomputed on the first coverage read (setting coverage_rebuild = all).
 */
export class CreateCoverage1765300000000 implements MigrationInterface {
  name = 'CreateCoverage1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit();
    const key = (name: string) => ({ ...c.varchar(name, 100), isPrimary: true });
    const refKey = (name: string) => ({ ...c.ref(name), isPrimary: true });
    await queryRunner.createTable(
      new Table({
        name: 'coverage_facts',
        columns: [
          refKey('round_id'),
          refKey('leader_id'),
          key('competency_key'),
          c.ref('org_unit_id'),
          c.varchar('status', 20),
          { name: 'gap_hundredths', type: 'integer', isNullable: true },
          c.boolean('planned'),
          c.integer('effect_hundredths'),
          { name: 'projected_met', type: 'boolean', isNullable: true },
        ],
        foreignKeys: [
          cascade('round_id', 'assessment_rounds'),
          cascade('leader_id', 'leaders'),
          cascade('org_unit_id', 'org_units'),
        ],
        indices: [
          new TableIndex({
            name: 'ix_coverage_facts_round_unit',
            columnNames: ['round_id', 'org_unit_id'],
          }),
          new TableIndex({ name: 'ix_coverage_facts_leader', columnNames: ['leader_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'coverage_behaviour_gaps',
        columns: [
          refKey('round_id'),
          refKey('leader_id'),
          { ...c.varchar('behaviour_key', 150), isPrimary: true },
          c.varchar('competency_key', 100),
        ],
        foreignKeys: [cascade('round_id', 'assessment_rounds'), cascade('leader_id', 'leaders')],
        indices: [
          new TableIndex({
            name: 'ix_coverage_behaviour_gaps_round',
            columnNames: ['round_id', 'behaviour_key'],
          }),
          new TableIndex({ name: 'ix_coverage_behaviour_gaps_leader', columnNames: ['leader_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'coverage_unit_stats',
        columns: [
          refKey('round_id'),
          refKey('org_unit_id'),
          key('competency_key'),
          c.integer('leaders'),
          c.integer('assessed'),
          c.integer('met'),
          c.integer('below'),
          c.integer('no_target'),
          c.integer('not_assessed'),
          c.integer('gap_hundredths'),
          c.integer('planned'),
          c.integer('projected_met'),
        ],
        foreignKeys: [
          cascade('round_id', 'assessment_rounds'),
          cascade('org_unit_id', 'org_units'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'coverage_plan_effects',
        columns: [
          refKey('plan_id'),
          key('competency_key'),
          c.ref('leader_id'),
          c.integer('effect_hundredths'),
          c.boolean('addressed'),
          c.varchar('period_end', 10),
        ],
        foreignKeys: [cascade('plan_id', 'development_plans'), cascade('leader_id', 'leaders')],
        indices: [
          new TableIndex({ name: 'ix_coverage_plan_effects_leader', columnNames: ['leader_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'coverage_leader_plans',
        columns: [
          refKey('leader_id'),
          c.ref('org_unit_id'),
          c.integer('plans'),
          c.integer('committed_ore'),
          c.integer('budget_ore'),
          c.integer('hours_tenths'),
        ],
        foreignKeys: [cascade('leader_id', 'leaders'), cascade('org_unit_id', 'org_units')],
        indices: [
          new TableIndex({ name: 'ix_coverage_leader_plans_unit', columnNames: ['org_unit_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'coverage_stale',
        columns: [refKey('leader_id')],
        foreignKeys: [cascade('leader_id', 'leaders')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'coverage_targets',
        columns: [
          c.id(),
          c.ref('org_unit_id'),
          c.varchar('competency_key', 100),
          c.integer('target_percent'),
          c.varchar('due_date', 10),
          c.text('note', true),
          c.ref('set_by_account_id', true),
          c.varchar('set_by_name', 200),
          c.dateTime('updated_at'),
        ],
        foreignKeys: [cascade('org_unit_id', 'org_units')],
        indices: [
          new TableIndex({
            name: 'uq_coverage_targets_unit_competency',
            columnNames: ['org_unit_id', 'competency_key'],
            isUnique: true,
          }),
        ],
      }),
    );
    await queryRunner.query(`INSERT INTO settings (key, value) VALUES ('coverage_rebuild', 'all')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM settings WHERE key = 'coverage_rebuild'`);
    for (const table of [
      'coverage_targets',
      'coverage_stale',
      'coverage_leader_plans',
      'coverage_plan_effects',
      'coverage_unit_stats',
      'coverage_behaviour_gaps',
      'coverage_facts',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
