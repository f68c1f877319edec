import type { DataSource } from 'typeorm';
import type {
  CoverageBudget,
  CoverageScenarioResult,
  CoverageScenarioRow,
  CoverageValue,
} from '@lederloeft/contracts';
import {
  ALL_COMPETENCIES,
  buildScenarioTable,
  projectedToMeet,
  type RowRef,
  scenarioEligibility,
  type ScenarioGroupCounts,
  type ScenarioCompetencyCounts,
} from '@lederloeft/domain';
import type { PlannerProposal } from '@lederloeft/planner';
import { type CoverageContext, rowsUnder } from './coverage.service';
import { loadUnitCounts } from './coverage-data';
import { Sql } from '../catalogue/sql';
import { inList } from './sql-list';

export type ScenarioLeaders = 'without-plan' | 'all-with-gap';

/**
 * Leaders a scenario of this kind applies to, per unit (placed directly in it) and
 * competency, and distinct per unit (`*`), over the whole tree: the same whichever unit a
 * scenario runs for, so every scenario hides the same figures.
 */
async function eligibleCounts(
  dataSource: DataSource,
  roundId: string,
  leaders: ScenarioLeaders,
): Promise<Map<string, Map<string, number>>> {
  const sql = new Sql(dataSource);
  const withoutPlan =
    leaders === 'without-plan'
      ? 'AND leader_id NOT IN (SELECT leader_id FROM coverage_leader_plans)'
      : '';
  const rows: { org_unit_id: string; competency_key: string; n: number | string }[] =
    await dataSource.query(
      `SELECT org_unit_id, competency_key, COUNT(*) AS n FROM coverage_facts
       WHERE round_id = ${sql.p(roundId)} AND status = 'gap' ${withoutPlan}
       GROUP BY org_unit_id, competency_key
       UNION ALL
       SELECT org_unit_id, '${ALL_COMPETENCIES}' AS competency_key, COUNT(DISTINCT leader_id) AS n
       FROM coverage_facts WHERE round_id = ${sql.p(roundId)} AND status = 'gap' ${withoutPlan}
       GROUP BY org_unit_id`,
      sql.params,
    );
  const result = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const unit = result.get(r.org_unit_id) ?? new Map<string, number>();
    unit.set(r.competency_key, Number(r.n));
    result.set(r.org_unit_id, unit);
  }
  return result;
}

/**
 * The scenario beside today: per unit the counts of today's projection, with each
 * re-planned leader's projection taken from their proposal's closure (added to their
 * plans' effect, or in their place when the scenario replaces plans), and the leaders it
 * applies to. The scenario table of libs/domain then hides what would describe too few,
 * and the counts of the summary are hidden where the number of leaders it applies to is.
 */
export async function scenarioResult(
  dataSource: DataSource,
  context: CoverageContext,
  run: {
    proposals: Map<string, PlannerProposal>;
    failed: number;
    leaders: ScenarioLeaders;
  },
): Promise<CoverageScenarioResult> {
  const { units, competencies, table, minGroupSize } = context;
  const keys = competencies.map((c) => c.key);
  const today = await loadUnitCounts(dataSource, context.round.id);
  const applies = await eligibleCounts(dataSource, context.round.id, run.leaders);
  const replace = run.leaders === 'all-with-gap';
  const own = new Map<
    string,
    ScenarioGroupCounts & { competencies: Record<string, ScenarioCompetencyCounts> }
  >();
  for (const [unitId, counts] of today) {
    own.set(unitId, {
      competencies: Object.fromEntries(
        keys.map((k) => {
          const c = counts.competencies[k];
          return [
            k,
            {
              assessed: c?.assessed ?? 0,
              below: c?.below ?? 0,
              projectedMet: c?.projectedMet ?? 0,
              eligible: applies.get(unitId)?.get(k) ?? 0,
            },
          ];
        }),
      ),
      all: {
        assessed: counts.all.assessed,
        below: counts.all.below,
        eligible: applies.get(unitId)?.get(ALL_COMPETENCIES) ?? 0,
      },
    });
  }
  const eligibility = scenarioEligibility({
    units,
    own: new Map(
      [...today].map(([unitId, counts]) => [
        unitId,
        {
          eligible: applies.get(unitId)?.get(ALL_COMPETENCIES) ?? 0,
          leaders: counts.all.leaders,
        },
      ]),
    ),
    minGroupSize,
  });
  type FactRow = {
    leader_id: string;
    competency_key: string;
    org_unit_id: string;
    status: string;
    gap_hundredths: number | null;
    effect_hundredths: number;
    projected_met: boolean | number | null;
  };
  const facts: FactRow[] = [];
  const ids = [...run.proposals.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    facts.push(
      ...((await dataSource.query(
        `SELECT leader_id, competency_key, org_unit_id, status, gap_hundredths, effect_hundredths, projected_met
         FROM coverage_facts WHERE round_id = ${inList(dataSource.manager, 1)}
         AND leader_id IN (${inList(dataSource.manager, part.length, 1)})`,
        [context.round.id, ...part],
      )) as FactRow[]),
    );
  }
  let addedDkk = 0;
  let addedHours = 0;
  let timedOut = 0;
  const changedLeaders = new Map<string, string>();
  for (const fact of facts) {
    const proposal = run.proposals.get(fact.leader_id);
    const group = own.get(fact.org_unit_id);
    const counts = group?.competencies[fact.competency_key];
    if (!proposal || !group || !counts || fact.status !== 'gap') continue;
    const gap = Number(fact.gap_hundredths ?? 0) / 100;
    const closure =
      proposal.competencies.find((c) => c.competencyKey === fact.competency_key)?.closure ?? 0;
    const effect = (replace ? 0 : Number(fact.effect_hundredths) / 100) + closure;
    const before = fact.projected_met === true || fact.projected_met === 1;
    const after = projectedToMeet(gap, effect);
    counts.projectedMet += Number(after) - Number(before);
    changedLeaders.set(fact.leader_id, fact.org_unit_id);
  }
  for (const leaderId of changedLeaders.keys()) {
    const proposal = run.proposals.get(leaderId);
    if (proposal) {
      addedDkk += proposal.budget.usedDkk;
      addedHours += proposal.hours.used;
      if (proposal.status === 'time-limit') timedOut += 1;
    }
  }
  const cells = buildScenarioTable({
    units,
    competencyKeys: keys,
    own,
    today: table,
    minGroupSize,
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const row = (ref: RowRef): CoverageScenarioRow => {
    const unit = byId.get(ref.unitId);
    return {
      kind: ref.kind,
      orgUnit: { id: ref.unitId, name: unit?.name ?? '', kind: unit?.kind ?? 'enhed' },
      cells: cells(ref),
    };
  };
  const replanned = changedLeaders.size;
  const eligible = eligibility({ kind: 'unit', unitId: context.unit.id });
  // The summary's counts are of the leaders the scenario applies to: hidden where their
  // number is, with its reason.
  const count = (value: number): CoverageValue =>
    eligible.shown ? { shown: true, value, n: eligible.n } : eligible;
  // The proposals' money and hours describe the re-planned leaders: as few, hidden.
  const added: CoverageBudget = !eligible.shown
    ? eligible
    : replanned > 0 && replanned < minGroupSize
      ? { shown: false, reason: 'too-few' }
      : {
          shown: true,
          leaders: replanned,
          plans: replanned,
          committedDkk: Math.round(addedDkk * 100) / 100,
          budgetDkk: 0,
          hours: Math.round(addedHours * 10) / 10,
        };
  return {
    eligible,
    replanned: count(run.proposals.size),
    timedOut: count(timedOut),
    failed: count(run.failed),
    unit: row({ kind: 'unit', unitId: context.unit.id }),
    rows: rowsUnder(table, byId, context.unit.id).map(row),
    added,
  };
}
