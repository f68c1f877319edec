import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

/** Target profiles, assessment rounds, ratings, employee results and survey results. */
export class CreateAssessments1764250000000 implements MigrationInterface {
  name = 'CreateAssessments1764250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit();
    const fk = (column: string, table: string, referenced = 'id') =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: [referenced],
        onDelete: 'CASCADE',
      });
    const real = (name: string) => ({ name, type: 'real' });

    await queryRunner.createTable(
      new Table({
        name: 'target_profiles',
        columns: [
          c.id(),
          c.ref('framework_id'),
          c.varchar('level_key', 50),
          c.varchar('competency_key', 100),
          real('target'),
        ],
        foreignKeys: [fk('framework_id', 'frameworks'), fk('level_key', 'leader_levels', 'key')],
        indices: [
          new TableIndex({
            name: 'uq_target_profiles',
            columnNames: ['framework_id', 'level_key', 'competency_key'],
            isUnique: true,
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'assessment_rounds',
        columns: [
          c.id(),
          c.varchar('name', 200),
          c.ref('framework_id'),
          c.varchar('period_start', 10),
          c.varchar('period_end', 10),
          c.text('sources'),
          c.varchar('status', 20),
          c.integer('min_respondents'),
          c.text('scale'),
          c.dateTime('created_at'),
        ],
        foreignKeys: [fk('framework_id', 'frameworks')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'assessment_ratings',
        columns: [
          c.id(),
          c.ref('round_id'),
          c.ref('leader_id'),
          c.varchar('source', 20),
          c.ref('rater_leader_id', true),
          c.varchar('behaviour_key', 100),
          // NULL: "kan ikke vurdere", an answer that gives no level.
          { name: 'rating', type: 'integer', isNullable: true },
          c.dateTime('updated_at'),
        ],
        foreignKeys: [
          fk('round_id', 'assessment_rounds'),
          fk('leader_id', 'leaders'),
          fk('rater_leader_id', 'leaders'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_assessment_ratings',
            columnNames: ['round_id', 'leader_id', 'source', 'behaviour_key'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_assessment_ratings_leader', columnNames: ['leader_id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'employee_results',
        columns: [
          c.id(),
          c.ref('round_id'),
          c.ref('leader_id'),
          c.varchar('behaviour_key', 100),
          c.integer('respondents'),
          real('mean'),
          // Counts per scale point, e.g. [0,1,3,4,2]: no individual answers are kept.
          c.text('distribution'),
        ],
        foreignKeys: [fk('round_id', 'assessment_rounds'), fk('leader_id', 'leaders')],
        indices: [
          new TableIndex({
            name: 'uq_employee_results',
            columnNames: ['round_id', 'leader_id', 'behaviour_key'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_employee_results_leader', columnNames: ['leader_id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'survey_results',
        columns: [
          c.id(),
          c.ref('round_id'),
          c.ref('org_unit_id'),
          c.varchar('competency_key', 100),
          real('score'),
          c.integer('respondents'),
        ],
        foreignKeys: [fk('round_id', 'assessment_rounds'), fk('org_unit_id', 'org_units')],
        indices: [
          new TableIndex({
            name: 'uq_survey_results',
            columnNames: ['round_id', 'org_unit_id', 'competency_key'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'survey_results',
      'employee_results',
      'assessment_ratings',
      'assessment_rounds',
      'target_profiles',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
