import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

/** The leadership framework: editions, values, competencies, behaviours, dogmas. */
export class CreateFrameworks1764230000000 implements MigrationInterface {
  name = 'CreateFrameworks1764230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit();
    const cascadeTo = (column: string, table: string) =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      });

    await queryRunner.createTable(
      new Table({
        name: 'frameworks',
        columns: [
          c.id(),
          c.varchar('key', 100),
          c.integer('edition'),
          c.varchar('edition_label', 100, true),
          c.varchar('status', 20),
          c.varchar('name_da', 300),
          c.varchar('name_en', 300),
          c.varchar('owner', 200),
          c.text('purpose'),
          c.text('foundation'),
          c.text('competencies_intro'),
          c.dateTime('published_at', true),
          c.dateTime('retired_at', true),
          c.dateTime('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_frameworks_key_edition',
            columnNames: ['key', 'edition'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'uq_frameworks_one_published',
            columnNames: ['status'],
            isUnique: true,
            where: "status = 'published'",
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'framework_values',
        columns: [
          c.id(),
          c.ref('framework_id'),
          c.varchar('key', 100),
          c.varchar('kind', 20),
          c.integer('position'),
          c.varchar('name_da', 300),
          c.varchar('name_en', 300),
          c.text('description_da'),
          c.text('description_en'),
        ],
        foreignKeys: [cascadeTo('framework_id', 'frameworks')],
        indices: [
          new TableIndex({
            name: 'uq_framework_values_key',
            columnNames: ['framework_id', 'key'],
            isUnique: true,
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'competencies',
        columns: [
          c.id(),
          c.ref('framework_id'),
          c.varchar('key', 100),
          c.integer('position'),
          c.varchar('title_da', 300),
          c.varchar('title_en', 300),
          ...['summary', 'description', 'because', 'frame_intro', 'personal_intro'].flatMap((f) => [
            c.text(`${f}_da`),
            c.text(`${f}_en`),
          ]),
        ],
        foreignKeys: [cascadeTo('framework_id', 'frameworks')],
        indices: [
          new TableIndex({
            name: 'uq_competencies_key',
            columnNames: ['framework_id', 'key'],
            isUnique: true,
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'behaviours',
        columns: [
          c.id(),
          c.ref('framework_id'),
          c.ref('competency_id'),
          c.varchar('key', 100),
          c.varchar('behaviour_group', 20),
          c.integer('position'),
          c.text('text_da'),
          c.text('text_en'),
        ],
        foreignKeys: [
          cascadeTo('framework_id', 'frameworks'),
          cascadeTo('competency_id', 'competencies'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_behaviours_key',
            columnNames: ['framework_id', 'key'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_behaviours_competency',
            columnNames: ['competency_id'],
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'dogmas',
        columns: [
          c.id(),
          c.ref('framework_id'),
          c.ref('competency_id', true),
          c.varchar('key', 100),
          c.integer('position'),
          c.text('text_da'),
          c.text('text_en'),
        ],
        foreignKeys: [
          cascadeTo('framework_id', 'frameworks'),
          cascadeTo('competency_id', 'competencies'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_dogmas_key',
            columnNames: ['framework_id', 'key'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_dogmas_competency',
            columnNames: ['competency_id'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'dogmas',
      'behaviours',
      'competencies',
      'framework_values',
      'frameworks',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
