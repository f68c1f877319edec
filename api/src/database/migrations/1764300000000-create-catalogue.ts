import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

/** The course catalogue: offers, their competency and behaviour effects, and sessions. */
export class CreateCatalogue1764300000000 implements MigrationInterface {
  name = 'CreateCatalogue1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit();
    const offerFk = () =>
      new TableForeignKey({
        columnNames: ['offer_id'],
        referencedTableName: 'offers',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      });
    await queryRunner.createTable(
      new Table({
        name: 'offers',
        columns: [
          c.id(),
          c.varchar('code', 40),
          c.varchar('code_key', 40),
          c.varchar('kind', 20),
          c.varchar('title', 200),
          c.varchar('provider', 200),
          c.text('description'),
          c.varchar('format', 20),
          c.varchar('language', 5),
          c.varchar('location', 200, true),
          c.integer('hours_tenths'),
          c.integer('price_ore'),
          c.boolean('price_includes_vat'),
          c.boolean('price_is_indicative'),
          { ...c.integer('ects_tenths'), isNullable: true },
          c.varchar('target_levels', 300),
          c.text('prerequisites'),
          c.boolean('on_demand'),
          c.varchar('contact_name', 200),
          c.varchar('contact_email', 254),
          c.varchar('status', 20),
          c.boolean('ever_published'),
          c.integer('version'),
          c.text('search_title'),
          c.text('search_provider'),
          c.text('search_all'),
          c.dateTime('created_at'),
          c.dateTime('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_offers_code_key', columnNames: ['code_key'], isUnique: true }),
          new TableIndex({ name: 'ix_offers_status', columnNames: ['status'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'offer_effects',
        columns: [
          { ...c.ref('offer_id'), isPrimary: true },
          { ...c.varchar('competency_key', 100), isPrimary: true },
          c.varchar('strength', 10),
          c.integer('strength_rank'),
        ],
        foreignKeys: [offerFk()],
        indices: [
          new TableIndex({
            name: 'ix_offer_effects_competency',
            columnNames: ['competency_key', 'strength_rank'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'offer_behaviours',
        columns: [
          { ...c.ref('offer_id'), isPrimary: true },
          { ...c.varchar('behaviour_key', 150), isPrimary: true },
          c.varchar('competency_key', 100),
          c.integer('position'),
        ],
        foreignKeys: [offerFk()],
        indices: [
          new TableIndex({
            name: 'ix_offer_behaviours_behaviour',
            columnNames: ['behaviour_key'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'offer_sessions',
        columns: [
          c.id(),
          c.ref('offer_id'),
          c.varchar('start_date', 10),
          c.varchar('end_date', 10),
          c.varchar('place', 200),
          c.integer('capacity'),
          c.varchar('registration_deadline', 10),
          c.integer('seats_taken'),
          c.integer('waiting_list'),
          c.dateTime('created_at'),
          c.dateTime('updated_at'),
        ],
        foreignKeys: [offerFk()],
        indices: [
          new TableIndex({
            name: 'ix_offer_sessions_offer_start',
            // Covering: the search's open-seat lookups never read the table.
            columnNames: [
              'offer_id',
              'start_date',
              'registration_deadline',
              'seats_taken',
              'capacity',
            ],
          }),
          new TableIndex({ name: 'ix_offer_sessions_start', columnNames: ['start_date'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('offer_sessions');
    await queryRunner.dropTable('offer_behaviours');
    await queryRunner.dropTable('offer_effects');
    await queryRunner.dropTable('offers');
  }
}
