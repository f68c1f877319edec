import type { EntityManager } from 'typeorm';

/** `?, ?, ?` (SQLite) or `$1, $2, $3` (PostgreSQL) for an IN list of `count` values after `offset`. */
export function inList(manager: EntityManager, count: number, offset = 0): string {
  const postgres = manager.connection.options.type === 'postgres';
  return Array.from({ length: count }, (_, i) => (postgres ? `$${offset + i + 1}` : '?')).join(
    ', ',
  );
}
