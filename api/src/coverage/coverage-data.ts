import type { DataSource } from 'typeorm';
import type { CoverageCompetencyRef, CoverageRoundRef, OrgUnitKind } from '@lederloeft/contracts';
import {
  ALL_COMPETENCIES,
  type BudgetCounts,
  type CompetencyCounts,
  type GroupCounts,
  emptyDistinctCounts,
  projectedToMeet,
} from '@lederloeft/domain';
import { Sql } from '../catalogue/sql';

/** The org tree as coverage needs it. */
export interface CoverageUnit {
  id: string;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  path: string;
}

type Row = Record<string, string | number | null>;
const num = (value: unknown) => Number(value ?? 0);

export async function loadUnits(dataSource: DataSource): Promise<CoverageUnit[]> {
  const rows: Row[] = await dataSource.query(
    'SELECT id, name, kind, parent_id, path FROM org_units ORDER BY path',
  );
  return rows.map((r) => ({
    id: String(r['id']),
    name: String(r['name']),
    kind: r['kind'] as OrgUnitKind,
    parentId: r['parent_id'] === null ? null : String(r['parent_id']),
    path: String(r['path']),
  }));
}

/** Rounds, newest first, with the framework edition each was made against. */
export async function loadRounds(
  dataSource: DataSource,
): Promise<(CoverageRoundRef & { frameworkId: string })[]> {
  const rows: Row[] = await dataSource.query(
    'SELECT id, name, period_start, period_end, status, framework_id FROM assessment_rounds ORDER BY period_end DESC, created_at DESC',
  );
  return rows.map((r) => ({
    id: String(r['id']),
    name: String(r['name']),
    periodStart: String(r['period_start']),
    periodEnd: String(r['period_end']),
    status: r['status'] === 'closed' ? 'closed' : 'open',
    frameworkId: String(r['framework_id']),
  }));
}

export async function loadCompetencies(
  dataSource: DataSource,
  frameworkId: string,
): Promise<CoverageCompetencyRef[]> {
  const sql = new Sql(dataSource);
  const rows: Row[] = await dataSource.query(
    `SELECT key, title_da, title_en FROM competencies WHERE framework_id = ${sql.p(frameworkId)} ORDER BY position`,
    sql.params,
  );
  return rows.map((r) => ({
    key: String(r['key']),
    title: { da: String(r['title_da']), en: String(r['title_en']) },
  }));
}

/** The counts of the leaders placed directly in each unit in a round (one row per unit and competency). */
export async function loadUnitCounts(
  dataSource: DataSource,
  roundId: string,
): Promise<Map<string, GroupCounts>> {
  const sql = new Sql(dataSource);
  const rows: Row[] = await dataSource.query(
    `SELECT org_unit_id, competency_key, leaders, assessed, met, below, no_target, not_assessed, gap_hundredths, planned, projected_met
     FROM coverage_unit_stats WHERE round_id = ${sql.p(roundId)}`,
    sql.params,
  );
  const result = new Map<
    string,
    { competencies: Record<string, CompetencyCounts>; all: GroupCounts['all'] }
  >();
  for (const r of rows) {
    const unitId = String(r['org_unit_id']);
    const group = result.get(unitId) ?? { competencies: {}, all: emptyDistinctCounts() };
    if (r['competency_key'] === ALL_COMPETENCIES) {
      group.all = {
        leaders: num(r['leaders']),
        assessed: num(r['assessed']),
        below: num(r['below']),
        noTarget: num(r['no_target']),
        notAssessed: num(r['not_assessed']),
      };
    } else {
      group.competencies[String(r['competency_key'])] = {
        leaders: num(r['leaders']),
        assessed: num(r['assessed']),
        met: num(r['met']),
        below: num(r['below']),
        noTarget: num(r['no_target']),
        notAssessed: num(r['not_assessed']),
        gapSum: num(r['gap_hundredths']) / 100,
        planned: num(r['planned']),
        projectedMet: num(r['projected_met']),
      };
    }
    result.set(unitId, group);
  }
  return result;
}

/** The approved and active plans' money and hours of the leaders placed in each unit. */
export async function loadBudgets(dataSource: DataSource): Promise<Map<string, BudgetCounts>> {
  const rows: Row[] = await dataSource.query(
    `SELECT org_unit_id, COUNT(*) AS leaders, SUM(plans) AS plans, SUM(committed_ore) AS committed,
       SUM(budget_ore) AS budget, SUM(hours_tenths) AS hours
     FROM coverage_leader_plans GROUP BY org_unit_id`,
  );
  const active = dataSource.options.type === 'postgres' ? 'TRUE' : '1';
  const people: Row[] = await dataSource.query(
    `SELECT org_unit_id, COUNT(*) AS population FROM leaders WHERE active = ${active}
     GROUP BY org_unit_id`,
  );
  const result = new Map<string, BudgetCounts>(
    people.map((r) => [
      String(r['org_unit_id']),
      {
        leaders: 0,
        population: num(r['population']),
        plans: 0,
        committedOre: 0,
        budgetOre: 0,
        hoursTenths: 0,
      },
    ]),
  );
  for (const r of rows) {
    const unitId = String(r['org_unit_id']);
    result.set(unitId, {
      leaders: num(r['leaders']),
      population: result.get(unitId)?.population ?? num(r['leaders']),
      plans: num(r['plans']),
      committedOre: num(r['committed']),
      budgetOre: num(r['budget']),
      hoursTenths: num(r['hours']),
    });
  }
  return result;
}

/**
 * How many of a subtree's assessed leaders are expected to meet the target in a
 * competency once the plans that end by `dueDate` are done (met now, or below with those
 * plans' effect closing the gap: the same rule as the projection).
 */
export async function projectedMetByDue(
  dataSource: DataSource,
  roundId: string,
  competencyKey: string,
  unitPath: string,
  dueDate: string,
): Promise<number> {
  const sql = new Sql(dataSource);
  const rows: Row[] = await dataSource.query(
    `SELECT f.status, f.gap_hundredths, COALESCE(e.effect, 0) AS effect
     FROM coverage_facts f
     JOIN org_units u ON u.id = f.org_unit_id
     LEFT JOIN (
       SELECT leader_id, SUM(effect_hundredths) AS effect FROM coverage_plan_effects
       WHERE competency_key = ${sql.p(competencyKey)} AND period_end <= ${sql.p(dueDate)}
       GROUP BY leader_id
     ) e ON e.leader_id = f.leader_id
     WHERE f.round_id = ${sql.p(roundId)} AND f.competency_key = ${sql.p(competencyKey)}
       AND f.status IN ('met', 'gap') AND u.path LIKE ${sql.p(`${unitPath}%`)}`,
    sql.params,
  );
  return rows.filter(
    (r) =>
      r['status'] === 'met' ||
      projectedToMeet(num(r['gap_hundredths']) / 100, num(r['effect']) / 100),
  ).length;
}

/**
 * Leaders assessed in both rounds, as pairs of (earlier unit, later unit) with a count,
 * per competency and (key '*') in any competency; only pairs with both units among
 * `unitIds` (a subtree). Read by unit id, so the indexes on (round, unit) do the work.
 */
export async function membershipPairs(
  dataSource: DataSource,
  earlierRoundId: string,
  laterRoundId: string,
  unitIds: readonly string[],
): Promise<Map<string, { earlierUnitId: string; laterUnitId: string; leaders: number }[]>> {
  const inside = new Set(unitIds);
  const counts = new Map<string, number>();
  const any = new Map<string, { a: string; b: string }>();
  for (let i = 0; i < unitIds.length; i += 400) {
    const part = unitIds.slice(i, i + 400);
    const sql = new Sql(dataSource);
    // Placeholders in the order they appear: SQLite binds each `?` once.
    const rows: Row[] = await dataSource.query(
      `SELECT f1.leader_id AS l, f1.org_unit_id AS a, f2.org_unit_id AS b, f1.competency_key AS k
       FROM coverage_facts f1
       JOIN coverage_facts f2 ON f2.leader_id = f1.leader_id AND f2.competency_key = f1.competency_key
         AND f2.round_id = ${sql.p(laterRoundId)} AND f2.status IN ('met', 'gap')
       WHERE f1.round_id = ${sql.p(earlierRoundId)} AND f1.status IN ('met', 'gap')
         AND f1.org_unit_id IN (${part.map((id) => sql.p(id)).join(', ')})`,
      sql.params,
    );
    for (const r of rows) {
      const b = String(r['b']);
      if (!inside.has(b)) continue;
      const key = `${String(r['k'])}|${String(r['a'])}|${b}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      any.set(String(r['l']), { a: String(r['a']), b });
    }
  }
  const result = new Map<
    string,
    { earlierUnitId: string; laterUnitId: string; leaders: number }[]
  >();
  const add = (column: string, a: string, b: string, leaders: number) =>
    result.set(column, [
      ...(result.get(column) ?? []),
      { earlierUnitId: a, laterUnitId: b, leaders },
    ]);
  for (const [key, n] of counts) {
    const [k, a, b] = key.split('|');
    add(k, a, b, n);
  }
  const anyCounts = new Map<string, number>();
  for (const { a, b } of any.values())
    anyCounts.set(`${a}|${b}`, (anyCounts.get(`${a}|${b}`) ?? 0) + 1);
  for (const [key, n] of anyCounts) {
    const [a, b] = key.split('|');
    add(ALL_COMPETENCIES, a, b, n);
  }
  return result;
}
