import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WriteQueue } from '../database/write-queue';
import { COVERAGE_REBUILD_SETTING } from './coverage-staleness';
import { refreshLeaders } from './coverage-refresh';

/** Leaders recomputed per transaction: long enough to be efficient, short enough not to hold up writes. */
const BATCH = 400;

/**
 * Keeps the coverage facts fresh: before a coverage read, every leader a write has marked
 * stale (or everyone, after a change that reaches all profiles) is recomputed, in batches,
 * each batch in its own transaction through the write queue. Reads that come while a
 * refresh runs wait for the same one.
 */
@Injectable()
export class CoverageFactsService {
  private readonly logger = new Logger(CoverageFactsService.name);
  private running: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  /** Returns once no leader is waiting to be recomputed. */
  async ensureFresh(): Promise<void> {
    // A write may mark leaders while a refresh runs: look again until nothing is left.
    for (let pass = 0; pass < 3 && (await this.pending()); pass++) {
      this.running ??= this.refreshAll().finally(() => (this.running = null));
      await this.running;
    }
  }

  private async pending(): Promise<boolean> {
    const [stale] = (await this.dataSource.query(
      'SELECT 1 AS x FROM coverage_stale LIMIT 1',
    )) as unknown[];
    if (stale) return true;
    return this.dataSource
      .query(`SELECT 1 AS x FROM settings WHERE key = '${COVERAGE_REBUILD_SETTING}'`)
      .then((rows: unknown[]) => rows.length > 0);
  }

  private async refreshAll(): Promise<void> {
    const started = Date.now();
    let leaders = 0;
    await this.writes.run(async (manager) => {
      const flag = await manager.query(
        `SELECT 1 AS x FROM settings WHERE key = '${COVERAGE_REBUILD_SETTING}'`,
      );
      if (flag.length === 0) return;
      await manager.query(
        `INSERT INTO coverage_stale (leader_id) SELECT id FROM leaders WHERE 1 = 1 ON CONFLICT (leader_id) DO NOTHING`,
      );
      await manager.query(`DELETE FROM settings WHERE key = '${COVERAGE_REBUILD_SETTING}'`);
    });
    for (;;) {
      const done = await this.writes.run(async (manager) => {
        // By unit, so that a batch touches few units' counts.
        const rows: { leader_id: string }[] = await manager.query(
          `SELECT s.leader_id FROM coverage_stale s JOIN leaders l ON l.id = s.leader_id
           ORDER BY l.org_unit_id, s.leader_id LIMIT ${BATCH}`,
        );
        await refreshLeaders(
          manager,
          rows.map((r) => r.leader_id),
        );
        return rows.length;
      });
      leaders += done;
      if (done < BATCH) break;
    }
    if (leaders >= 1000) {
      this.logger.log(
        `Recomputed the coverage of ${leaders} leaders in ${Date.now() - started} ms.`,
      );
    }
  }
}
