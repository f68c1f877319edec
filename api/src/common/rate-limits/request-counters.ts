import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WriteQueue } from '../../database/write-queue';

/** A counter's state: how many in the current window, and when the window ends. */
export interface CounterState {
  count: number;
  resetsAt: Date;
}

/**
 * Fixed-window counters in the database (`request_counters`), so that every api process
 * sees the same counts: one atomic upsert per counted request, on SQLite and PostgreSQL
 * alike (`INSERT … ON CONFLICT … DO UPDATE … RETURNING`). A window that has passed starts
 * again at 1. Old rows are deleted now and then (clean-up), never needed for correctness.
 */
@Injectable()
export class RequestCounters {
  private hitsSinceCleanUp = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** Placeholders in the driver's style: `?` (SQLite) or `$n` (PostgreSQL). */
  private p(n: number): string {
    return this.postgres ? `$${n}` : '?';
  }

  /** Counts one more for (bucket, key) in a window of `windowMs`. */
  async hit(
    bucket: string,
    key: string,
    windowMs: number,
    now = new Date(),
  ): Promise<CounterState> {
    const started = now.toISOString();
    const cutoff = new Date(now.getTime() - windowMs).toISOString();
    // PostgreSQL numbers its placeholders, SQLite binds each `?` in the order it appears:
    // started ($3) and cutoff ($4) are used twice, the second time cutoff first.
    const params = this.postgres
      ? [bucket, key, started, cutoff]
      : [bucket, key, started, cutoff, cutoff, started];
    const [p1, p2, p3, p4] = [1, 2, 3, 4].map((n) => this.p(n));
    const [p6, p5] = this.postgres ? [p4, p3] : ['?', '?'];
    const rows = await this.writes.run((manager) =>
      manager.query(
        `INSERT INTO request_counters (bucket, key, window_start, count) VALUES (${p1}, ${p2}, ${p3}, 1)
         ON CONFLICT (bucket, key) DO UPDATE SET
           count = CASE WHEN request_counters.window_start <= ${p4} THEN 1 ELSE request_counters.count + 1 END,
           window_start = CASE WHEN request_counters.window_start <= ${p6} THEN ${p5} ELSE request_counters.window_start END
         RETURNING count, window_start`,
        params,
      ),
    );
    if (++this.hitsSinceCleanUp >= 1000) {
      this.hitsSinceCleanUp = 0;
      await this.cleanUp(now);
    }
    return stateOf(rows as CounterRow[], windowMs, now);
  }

  /** The current count without counting; 0 when there is none or its window has passed. */
  async peek(
    bucket: string,
    key: string,
    windowMs: number,
    now = new Date(),
  ): Promise<CounterState> {
    const rows: CounterRow[] = await this.dataSource.query(
      `SELECT count, window_start FROM request_counters WHERE bucket = ${this.p(1)} AND key = ${this.p(2)}`,
      [bucket, key],
    );
    return stateOf(rows, windowMs, now);
  }

  async clear(bucket: string, key: string): Promise<void> {
    await this.writes.run((manager) =>
      manager.query(
        `DELETE FROM request_counters WHERE bucket = ${this.p(1)} AND key = ${this.p(2)}`,
        [bucket, key],
      ),
    );
  }

  /** Deletes counters whose window ended more than a day ago (no rule counts that long). */
  async cleanUp(now = new Date()): Promise<void> {
    const before = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
    await this.writes.run((manager) =>
      manager.query(`DELETE FROM request_counters WHERE window_start < ${this.p(1)}`, [before]),
    );
  }
}

interface CounterRow {
  count: number | string;
  window_start: string;
}

function stateOf(rows: CounterRow[], windowMs: number, now: Date): CounterState {
  const row = rows[0];
  if (!row) return { count: 0, resetsAt: now };
  const resetsAt = new Date(new Date(row.window_start).getTime() + windowMs);
  if (resetsAt.getTime() <= now.getTime()) return { count: 0, resetsAt: now };
  return { count: Number(row.count), resetsAt };
}
