import type { ValueTransformer } from 'typeorm';

/**
 * Timestamps are stored as ISO-8601 UTC text (`2026-11-27T09:40:00.000Z`) on both
 * databases: SQLite and PostgreSQL share no timestamp type that TypeORM accepts for
 * both, and text in this form sorts and compares correctly (docs/adr/0003).
 */
export const isoDateTime: ValueTransformer = {
  to: (value: Date | null | undefined) => (value instanceof Date ? value.toISOString() : value),
  from: (value: string | null) => (value === null ? null : new Date(value)),
};

/** Column options of a timestamp column. */
export const dateTimeColumn = (name: string, nullable = false) =>
  ({
    name,
    type: 'varchar',
    length: 32,
    nullable,
    transformer: isoDateTime,
  }) as const;
