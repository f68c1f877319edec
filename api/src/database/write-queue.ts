import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs write transactions one at a time. TypeORM on SQLite has a single connection, so
 * two requests' transactions would otherwise interleave on it and fail or leave stray
 * rows (docs/adr/0003). On PostgreSQL the queue costs little and keeps behaviour alike.
 */
@Injectable()
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in a transaction once every earlier write has finished. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = this.tail.then(() => this.dataSource.transaction(work));
    // The queue must go on after a failed write; the caller still sees the failure.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
