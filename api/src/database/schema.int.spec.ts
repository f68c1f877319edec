import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../testing/test-app';
import { MIGRATIONS } from './data-source';

/**
 * The schema comes only from migrations; the entities must describe exactly that schema
 * on SQLite and on PostgreSQL, and every migration must be reversible.
 */
describe('database schema', () => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'false' });
    dataSource = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('has run every migration at start-up', async () => {
    const rows = await t.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => new m().name));
  });

  it('matches the entities: the schema builder finds nothing to change', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('allows only one published edition, in the database itself', async () => {
    const insert = (id: string, edition: number) =>
      dataSource.query(
        `INSERT INTO frameworks (id, key, edition, status, name_da, name_en, owner, purpose, foundation, competencies_intro, created_at)
         VALUES ('${id}', 'k', ${edition}, 'published', 'n', 'n', 'o', '[]', '[]', '[]', '2026-01-01T00:00:00.000Z')`,
      );
    await insert('00000000-0000-4000-8000-000000000001', 1);
    await expect(insert('00000000-0000-4000-8000-000000000002', 2)).rejects.toThrow();
    await dataSource.query(`DELETE FROM frameworks`);
  });

  it('migrates down to nothing and up again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) {
      await dataSource.undoLastMigration();
    }
    const tables = await dataSource
      .createQueryRunner()
      .getTables(['frameworks', 'competencies', 'behaviours']);
    expect(tables).toEqual([]);
    await dataSource.runMigrations();
    expect(await dataSource.createQueryRunner().hasTable('behaviours')).toBe(true);
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
