import type { EntityManager } from 'typeorm';

/**
 * Marks whose coverage facts a write has made stale, in the writer's own transaction, so
 * that a write and its mark land together or not at all. The next coverage read recomputes
 * the marked leaders (CoverageFactsService) before it counts.
 */
export const COVERAGE_REBUILD_SETTING = 'coverage_rebuild';

/** Both databases bind at most this many values per statement comfortably. */
const CHUNK = 500;

const placeholders = (manager: EntityManager, count: number, offset = 0) =>
  Array.from({ length: count }, (_, i) =>
    manager.connection.options.type === 'postgres' ? `$${offset + i + 1}` : '?',
  ).join(', ');

/** The leaders' gap profiles or plans may have changed. */
export async function markLeadersStale(
  manager: EntityManager,
  leaderIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(leaderIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const values = part
      .map((_, j) => (manager.connection.options.type === 'postgres' ? `($${j + 1})` : '(?)'))
      .join(', ');
    await manager.query(
      `INSERT INTO coverage_stale (leader_id) VALUES ${values} ON CONFLICT (leader_id) DO NOTHING`,
      part,
    );
  }
}

/** Every leader placed in one of the units (a wellbeing survey result changed). */
export async function markUnitLeadersStale(
  manager: EntityManager,
  unitIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(unitIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM leaders WHERE org_unit_id IN (${placeholders(manager, part.length)})`,
      part,
    );
    await markLeadersStale(
      manager,
      rows.map((r) => r.id),
    );
  }
}

/** The leaders with an approved or active plan that holds one of the offers (its effects changed). */
export async function markOfferPlansStale(
  manager: EntityManager,
  offerIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(offerIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows: { leader_id: string }[] = await manager.query(
      `SELECT DISTINCT p.leader_id FROM plan_items i JOIN development_plans p ON p.id = i.plan_id
       WHERE p.status IN ('approved', 'active') AND i.offer_id IN (${placeholders(manager, part.length)})`,
      part,
    );
    await markLeadersStale(
      manager,
      rows.map((r) => r.leader_id),
    );
  }
}

/** Everyone: a change that reaches all profiles (target profiles, a round's settings, survey mapping). */
export async function markAllStale(manager: EntityManager): Promise<void> {
  const p = manager.connection.options.type === 'postgres' ? '$1' : '?';
  await manager.query(
    `INSERT INTO settings (key, value) VALUES (${p}, 'all') ON CONFLICT (key) DO UPDATE SET value = 'all'`,
    [COVERAGE_REBUILD_SETTING],
  );
}
