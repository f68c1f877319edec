import type { CoverageScenarioCell, CoverageValue } from '@lederloeft/contracts';
import { ALL_COMPETENCIES } from './coverage-counts';
import { type CoverageTable, roundShare } from './coverage-table';
import { type RowRef, suppress, type TreeUnit } from './suppression';

/** One competency's counts of a scenario for the leaders placed directly in a unit. */
export interface ScenarioCompetencyCounts {
  assessed: number;
  below: number;
  /** Expected to meet the target with the scenario's plans. */
  projectedMet: number;
  /**
   * Leaders below target the scenario applies to: the people its difference is about. The
   * same in every run of the same kind, whichever unit it is for (counted over the whole
   * tree), so that a scenario for a unit and one for its parent hide the same figures.
   */
  eligible: number;
}

export interface ScenarioGroupCounts {
  competencies: Readonly<Record<string, ScenarioCompetencyCounts>>;
  /** Distinct leaders: assessed in one competency at least, below in one, applied to. */
  all: { assessed: number; below: number; eligible: number };
}

const emptyCompetency = (): ScenarioCompetencyCounts => ({
  assessed: 0,
  below: 0,
  projectedMet: 0,
  eligible: 0,
});

/**
 * Today's projection beside a scenario's, per row and competency. The scenario's figure
 * obeys the projection's rules and more: it is hidden wherever today's is, and where it
 * would describe 1 to minGroupSize − 1 leaders it applies to (the difference is about them).
 */
export function buildScenarioTable(input: {
  units: readonly TreeUnit[];
  competencyKeys: readonly string[];
  own: ReadonlyMap<string, ScenarioGroupCounts>;
  today: CoverageTable;
  minGroupSize: number;
}): (row: RowRef) => CoverageScenarioCell[] {
  const { units, competencyKeys, own, today, minGroupSize } = input;
  const columns = [...competencyKeys, ALL_COMPETENCIES];
  const ownOf = (unitId: string, column: string): number[] => {
    const group = own.get(unitId);
    if (!group) return [0, 0, 0];
    if (column === ALL_COMPETENCIES)
      return [group.all.assessed, group.all.below, group.all.eligible];
    const c = group.competencies[column] ?? emptyCompetency();
    return [c.assessed, c.below, c.eligible];
  };
  const result = suppress({
    units,
    columns,
    totalColumn: ALL_COMPETENCIES,
    own: ownOf,
    reasons: ['too-few', 'few-changed', 'few-changed'],
    minGroupSize,
    hidden: (row, column) => today.reason('projected', row, column),
  });
  // Projected-met counts per row: own, or summed over the subtree.
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const projectedMet = (row: RowRef, column: string): number => {
    const mine = (unitId: string) => {
      const group = own.get(unitId);
      if (!group) return 0;
      if (column !== ALL_COMPETENCIES) return group.competencies[column]?.projectedMet ?? 0;
      return Object.values(group.competencies).reduce((sum, c) => sum + c.projectedMet, 0);
    };
    if (row.kind === 'own') return mine(row.unitId);
    const walk = (id: string): number =>
      mine(id) + (children.get(id) ?? []).reduce((sum, child) => sum + walk(child), 0);
    return walk(row.unitId);
  };

  return (row) => {
    const todayCells = today.cells(row);
    return columns.map((column, i): CoverageScenarioCell => {
      const now = todayCells[i].projected;
      const reason = result.reason(row, column);
      const assessedPairs =
        column === ALL_COMPETENCIES
          ? competencyKeys.reduce(
              (sum, key) => sum + (today.counts(row).competencies[key]?.assessed ?? 0),
              0,
            )
          : (today.counts(row).competencies[column]?.assessed ?? 0);
      const scenario: CoverageValue =
        reason !== null
          ? { shown: false, reason }
          : {
              shown: true,
              value: roundShare(projectedMet(row, column) / assessedPairs),
              n: result.bases(row, column)[0],
            };
      const change: CoverageValue =
        now.shown && scenario.shown
          ? { shown: true, value: roundShare(scenario.value - now.value), n: scenario.n }
          : {
              shown: false,
              reason: scenario.shown ? (now.shown ? 'no-data' : now.reason) : scenario.reason,
            };
      return {
        competencyKey: column === ALL_COMPETENCIES ? null : column,
        today: now,
        scenario,
        change,
      };
    });
  };
}

/**
 * How many leaders a scenario applies to (below target somewhere, and without a plan
 * unless it replaces plans), per row, as a count hidden like any figure: its bases are
 * those leaders and the row's leaders, over the whole tree. Whichever unit a scenario runs
 * for, the same rows are hidden, so the counts of a unit's scenario and its sub-units'
 * cannot be subtracted to tell whether the one leader placed in the unit itself is below
 * target without a plan. A count of 0 about 5 or more leaders is shown as 0.
 */
export function scenarioEligibility(input: {
  units: readonly TreeUnit[];
  /** Per unit, the leaders placed directly in it: those the scenario applies to, and all. */
  own: ReadonlyMap<string, { eligible: number; leaders: number }>;
  minGroupSize: number;
}): (row: RowRef) => CoverageValue {
  const result = suppress({
    units: input.units,
    columns: ['eligible'],
    totalColumn: null,
    own: (unitId) => {
      const counts = input.own.get(unitId);
      return [counts?.eligible ?? 0, counts?.leaders ?? 0];
    },
    reasons: ['too-few', 'too-few'],
    minGroupSize: input.minGroupSize,
  });
  return (row) => {
    const reason = result.reason(row, 'eligible');
    const [count] = result.bases(row, 'eligible');
    if (reason === null || reason === 'no-data') return { shown: true, value: count, n: count };
    return { shown: false, reason };
  };
}
