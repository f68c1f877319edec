import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { columnKit } from '../migration-types';

/** The organisation (units, leader levels, leaders) and sign-in (accounts, roles, sessions). */
export class CreateOrganisationAndAccounts1764240000000 implements MigrationInterface {
  name = 'CreateOrganisationAndAccounts1764240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnKit();
    const fk = (
      column: string,
      table: string,
      onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL' = 'RESTRICT',
      referenced = 'id',
    ) =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: [referenced],
        onDelete,
      });

    await queryRunner.createTable(
      new Table({
        name: 'settings',
        columns: [
          { name: 'key', type: 'varchar', length: '100', isPrimary: true },
          c.text('value'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'leader_levels',
        columns: [
          { name: 'key', type: 'varchar', length: '50', isPrimary: true },
          c.varchar('name_da', 100),
          c.varchar('name_en', 100),
          c.integer('rank'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'org_units',
        columns: [
          c.id(),
          c.varchar('name', 200),
          c.varchar('kind', 20),
          c.ref('parent_id', true),
          c.varchar('external_id', 100, true),
          // Materialized path "/rootId/…/id/": a subtree is one indexed prefix match.
          c.varchar('path', 1000),
          c.dateTime('created_at'),
        ],
        foreignKeys: [fk('parent_id', 'org_units')],
        indices: [
          new TableIndex({
            name: 'uq_org_units_external_id',
            columnNames: ['external_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_org_units_parent', columnNames: ['parent_id'] }),
          new TableIndex({ name: 'ix_org_units_path', columnNames: ['path'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'leaders',
        columns: [
          c.id(),
          c.varchar('name', 200),
          c.varchar('email', 254),
          c.varchar('title', 200),
          c.varchar('level_key', 50),
          c.ref('org_unit_id'),
          c.ref('manager_id', true),
          c.varchar('start_date', 10, true),
          c.boolean('active'),
          c.text('personal_foundation'),
          c.dateTime('personal_foundation_updated_at', true),
          c.dateTime('created_at'),
        ],
        foreignKeys: [
          fk('level_key', 'leader_levels', 'RESTRICT', 'key'),
          fk('org_unit_id', 'org_units'),
          fk('manager_id', 'leaders', 'SET NULL'),
        ],
        indices: [
          new TableIndex({ name: 'uq_leaders_email', columnNames: ['email'], isUnique: true }),
          new TableIndex({ name: 'ix_leaders_manager', columnNames: ['manager_id'] }),
          new TableIndex({ name: 'ix_leaders_org_unit', columnNames: ['org_unit_id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'accounts',
        columns: [
          c.id(),
          c.varchar('email', 254),
          c.varchar('name', 200),
          c.varchar('password_hash', 255),
          c.ref('leader_id', true),
          c.boolean('active'),
          c.dateTime('password_changed_at'),
          c.dateTime('created_at'),
        ],
        foreignKeys: [fk('leader_id', 'leaders', 'SET NULL')],
        indices: [
          new TableIndex({ name: 'uq_accounts_email', columnNames: ['email'], isUnique: true }),
          new TableIndex({
            name: 'uq_accounts_leader',
            columnNames: ['leader_id'],
            isUnique: true,
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'account_roles',
        columns: [
          c.id(),
          c.ref('account_id'),
          c.varchar('role', 20),
          c.ref('scope_org_unit_id', true),
        ],
        foreignKeys: [
          fk('account_id', 'accounts', 'CASCADE'),
          fk('scope_org_unit_id', 'org_units', 'CASCADE'),
        ],
        indices: [
          new TableIndex({ name: 'ix_account_roles_account', columnNames: ['account_id'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          // SHA-256 of the cookie's token: a stolen database holds no usable session.
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          c.ref('account_id'),
          c.varchar('csrf_token', 64),
          c.dateTime('created_at'),
          c.dateTime('last_seen_at'),
          c.dateTime('expires_at'),
          c.dateTime('revoked_at', true),
        ],
        foreignKeys: [fk('account_id', 'accounts', 'CASCADE')],
        indices: [new TableIndex({ name: 'ix_sessions_account', columnNames: ['account_id'] })],
      }),
    );

    // The default leader levels (configurable later by administrators).
    // Constant rows in plain SQL: a migration must not depend on today's entity classes.
    await queryRunner.query(
      `INSERT INTO leader_levels ("key", name_da, name_en, "rank") VALUES
        ('direktoer', 'Direktør', 'Director', 1),
        ('chef', 'Chef', 'Head of department', 2),
        ('mellemleder', 'Mellemleder', 'Middle manager', 3),
        ('foerstelinjeleder', 'Førstelinjeleder', 'First-line leader', 4)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Self-references first, so the tables can be dropped with their rows in any order.
    await queryRunner.query('UPDATE leaders SET manager_id = NULL');
    await queryRunner.query('UPDATE org_units SET parent_id = NULL');
    for (const table of [
      'sessions',
      'account_roles',
      'accounts',
      'leaders',
      'org_units',
      'leader_levels',
      'settings',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
