import type { DataSource, EntityManager } from 'typeorm';

/**
 * A counter that moves on whenever what Overblik's tables are built from changes (the
 * facts, the unit counts, the plans' totals, the org tree). The coverage service keeps its
 * computed tables in memory for one value of it; being in the database, it invalidates the
 * tables of every process that reads the database.
 */
export const COVERAGE_GENERATION_SETTING = 'coverage_generation';

export async function bumpCoverageGeneration(manager: EntityManager): Promise<void> {
  const p = manager.connection.options.type === 'postgres' ? '$1' : '?';
  await manager.query(
    `INSERT INTO settings (key, value) VALUES (${p}, '1')
     ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(settings.value AS INTEGER) + 1 AS TEXT)`,
    [COVERAGE_GENERATION_SETTING],
  );
}

export async function readCoverageGeneration(dataSource: DataSource): Promise<string> {
  const rows: { value: string }[] = await dataSource.query(
    `SELECT value FROM settings WHERE key = '${COVERAGE_GENERATION_SETTING}'`,
  );
  return rows[0]?.value ?? '0';
}
