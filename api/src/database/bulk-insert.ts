import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Bound values per statement: well under SQLite's and PostgreSQL's limits. */
const MAX_PARAMETERS = 8000;

/**
 * Inserts many rows of one entity with multi-row INSERT statements, converting values the
 * way TypeORM would (transformers, booleans as 0/1 on SQLite). TypeORM's own insert builds
 * an object graph per row, which costs more than the database itself for a whole catalogue.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((c) => !c.isVirtual);
  const postgres = manager.connection.options.type === 'postgres';
  const table = driver.escape(metadata.tableName);
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        params.push(driver.preparePersistentValue(column.getEntityValue(row, true), column));
        return postgres ? `$${params.length}` : '?';
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, params);
  }
}
