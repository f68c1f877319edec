import type { EntityManager } from 'typeorm';
import { inList } from './sql-list';

/**
 * Rebuilds the per-unit counts of a round for some units from coverage_facts: the counts
 * `countFacts` (libs/domain) defines, by status, one row per competency and a row `*` with
 * the distinct-leader counts over all competencies. A test checks both agree.
 */
export async function rebuildUnitStats(
  manager: EntityManager,
  roundId: string,
  unitIds: string[],
): Promise<void> {
  for (let i = 0; i < unitIds.length; i += 400) {
    const part = unitIds.slice(i, i + 400);
    const params = [roundId, ...part];
    const units = inList(manager, part.length, 1);
    const round = inList(manager, 1);
    await manager.query(
      `DELETE FROM coverage_unit_stats WHERE round_id = ${round} AND org_unit_id IN (${units})`,
      params,
    );
    await manager.query(
      `INSERT INTO coverage_unit_stats (round_id, org_unit_id, competency_key, leaders, assessed, met, below, no_target, not_assessed, gap_hundredths, planned, projected_met)
       SELECT round_id, org_unit_id, competency_key, COUNT(*),
         SUM(CASE WHEN status IN ('met', 'gap') THEN 1 ELSE 0 END),
         SUM(CASE WHEN status = 'met' THEN 1 ELSE 0 END),
         SUM(CASE WHEN status = 'gap' THEN 1 ELSE 0 END),
         SUM(CASE WHEN status = 'no-target' THEN 1 ELSE 0 END),
         SUM(CASE WHEN status = 'no-evidence' THEN 1 ELSE 0 END),
         SUM(CASE WHEN status = 'gap' THEN COALESCE(gap_hundredths, 0) ELSE 0 END),
         SUM(CASE WHEN status = 'gap' AND planned THEN 1 ELSE 0 END),
         SUM(CASE WHEN projected_met THEN 1 ELSE 0 END)
       FROM coverage_facts WHERE round_id = ${round} AND org_unit_id IN (${units})
       GROUP BY round_id, org_unit_id, competency_key`,
      params,
    );
    // Per leader first (assessed in any competency, below in any, only targetless), then per unit.
    await manager.query(
      `INSERT INTO coverage_unit_stats (round_id, org_unit_id, competency_key, leaders, assessed, met, below, no_target, not_assessed, gap_hundredths, planned, projected_met)
       SELECT round_id, org_unit_id, '*', COUNT(*), SUM(a), SUM(m), SUM(b),
         SUM(CASE WHEN a = 0 AND t = 1 THEN 1 ELSE 0 END),
         SUM(CASE WHEN a = 0 AND t = 0 THEN 1 ELSE 0 END),
         SUM(g), SUM(p), SUM(pm)
       FROM (
         SELECT round_id, org_unit_id, leader_id,
           MAX(CASE WHEN status IN ('met', 'gap') THEN 1 ELSE 0 END) AS a,
           SUM(CASE WHEN status = 'met' THEN 1 ELSE 0 END) AS m,
           MAX(CASE WHEN status = 'gap' THEN 1 ELSE 0 END) AS b,
           MAX(CASE WHEN status = 'no-target' THEN 1 ELSE 0 END) AS t,
           SUM(CASE WHEN status = 'gap' THEN COALESCE(gap_hundredths, 0) ELSE 0 END) AS g,
           SUM(CASE WHEN status = 'gap' AND planned THEN 1 ELSE 0 END) AS p,
           SUM(CASE WHEN projected_met THEN 1 ELSE 0 END) AS pm
         FROM coverage_facts WHERE round_id = ${round} AND org_unit_id IN (${units})
         GROUP BY round_id, org_unit_id, leader_id
       ) per_leader
       GROUP BY round_id, org_unit_id`,
      params,
    );
  }
}
