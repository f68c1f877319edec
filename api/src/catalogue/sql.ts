import type { DataSource } from 'typeorm';

/**
 * A small builder for the catalogue's hand-written SQL: placeholders in the driver's style
 * (`?` for SQLite, `$1` for PostgreSQL) and the few spellings the two disagree on. The
 * search needs correlated subqueries and computed ordering that TypeORM's builder would
 * only obscure.
 */
export class Sql {
  readonly params: unknown[] = [];
  readonly postgres: boolean;

  constructor(dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  /** A placeholder bound to `value`. */
  p(value: unknown): string {
    this.params.push(value);
    return this.postgres ? `$${this.params.length}` : '?';
  }

  /** A boolean literal (SQLite stores booleans as 0/1). */
  bool(value: boolean): string {
    return this.postgres ? (value ? 'TRUE' : 'FALSE') : value ? '1' : '0';
  }

  /** A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped. */
  contains(text: string): string {
    return `${this.p(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`;
  }
}
