import type { TableColumnOptions } from 'typeorm';

/**
 * Migrations are written once for SQLite and PostgreSQL through TypeORM's Table API,
 * using only types both databases share; these helpers keep the column definitions in
 * step with the entities.
 */
export function columnKit() {
  return {
    id: (name = 'id'): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isPrimary: true,
    }),
    ref: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isNullable: nullable,
    }),
    varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    }),
    text: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'text',
      isNullable: nullable,
    }),
    integer: (name: string): TableColumnOptions => ({ name, type: 'integer' }),
    /** A real boolean on PostgreSQL, an integer 0/1 on SQLite (TypeORM maps both). */
    boolean: (name: string): TableColumnOptions => ({ name, type: 'boolean' }),
    /** ISO-8601 UTC text; see database/iso-date-time.ts. */
    dateTime: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '32',
      isNullable: nullable,
    }),
  };
}
