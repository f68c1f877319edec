import type {
  CoverageBudget,
  CoverageCell,
  CoverageMeasure,
  CoverageSuppression,
  CoverageValue,
} from '@lederloeft/contracts';
import {
  ALL_COMPETENCIES,
  type CompetencyCounts,
  emptyCompetencyCounts,
  emptyDistinctCounts,
  type GroupCounts,
} from './coverage-counts';
import {
  type BaseReason,
  type RowRef,
  suppress,
  type SuppressionResult,
  type TreeUnit,
} from './suppression';

export interface CoverageTableInput {
  /** The whole org tree: suppression runs over all of it, whatever part is shown. */
  units: readonly TreeUnit[];
  competencyKeys: readonly string[];
  /** Counts of the leaders placed directly in each unit; a unit left out has none. */
  own: ReadonlyMap<string, GroupCounts>;
  minGroupSize: number;
}

export interface CoverageTable {
  /** The row's cells: one per competency in the given order, then all competencies. */
  cells(row: RowRef): CoverageCell[];
  /** The row's counts (a subtree's are the sums over it). */
  counts(row: RowRef): GroupCounts;
  /** Why a measure's figure is hidden, or null when shown. */
  reason(measure: CoverageMeasure, row: RowRef, column: string): CoverageSuppression | null;
  rowsUnder(unitId: string): RowRef[];
  /** Whether any figure of any row under the unit is shown (drill-down stops where none is). */
  showsUnder(unitId: string): boolean;
}

/** Shares with four decimals and gaps with two: what is shown and exported, stable in tests. */
export const roundShare = (value: number): number => Math.round(value * 10000) / 10000;
export const roundGapValue = (value: number): number => Math.round(value * 100) / 100;

const rowKey = (row: RowRef) => `${row.kind}:${row.unitId}`;

/** Adds `b` into `into`, field by field (subtree totals without a new object per step). */
function addInto(into: GroupCounts, b: GroupCounts): void {
  const target = into.competencies as Record<string, CompetencyCounts>;
  for (const [key, c] of Object.entries(b.competencies)) {
    const t = (target[key] ??= emptyCompetencyCounts());
    t.leaders += c.leaders;
    t.assessed += c.assessed;
    t.met += c.met;
    t.below += c.below;
    t.noTarget += c.noTarget;
    t.notAssessed += c.notAssessed;
    t.gapSum += c.gapSum;
    t.planned += c.planned;
    t.projectedMet += c.projectedMet;
  }
  const a = into.all;
  a.leaders += b.all.leaders;
  a.assessed += b.all.assessed;
  a.below += b.all.below;
  a.noTarget += b.all.noTarget;
  a.notAssessed += b.all.notAssessed;
}

/** Own and subtree counts of every row (`unit:<id>`, and `own:<id>` for units with sub-units). */
export function rowCounts(
  units: readonly TreeUnit[],
  own: ReadonlyMap<string, GroupCounts>,
  competencyKeys: readonly string[],
): Map<string, GroupCounts> {
  const fresh = (from?: GroupCounts): GroupCounts => {
    const counts: GroupCounts = {
      competencies: Object.fromEntries(competencyKeys.map((k) => [k, emptyCompetencyCounts()])),
      all: emptyDistinctCounts(),
    };
    if (from) addInto(counts, from);
    return counts;
  };
  const ids = new Set(units.map((u) => u.id));
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId !== null && ids.has(u.parentId)) {
      const list = children.get(u.parentId);
      if (list) list.push(u.id);
      else children.set(u.parentId, [u.id]);
    }
  }
  const depth = (id: string): number => {
    let d = 0;
    for (let at = parentOf.get(id); at && ids.has(at); at = parentOf.get(at)) d++;
    return d;
  };
  const bottomUp = units.map((u) => [u.id, depth(u.id)] as const).sort((a, b) => b[1] - a[1]);
  const result = new Map<string, GroupCounts>();
  for (const [id] of bottomUp) {
    const mine = fresh(own.get(id));
    const kids = children.get(id);
    if (!kids) {
      result.set(`unit:${id}`, mine);
      continue;
    }
    const sum = fresh(mine);
    for (const child of kids) addInto(sum, result.get(`unit:${child}`) as GroupCounts);
    result.set(`own:${id}`, mine);
    result.set(`unit:${id}`, sum);
  }
  return result;
}

interface MeasureSpec {
  bases: (c: CompetencyCounts | null, all: GroupCounts['all']) => number[];
  reasons: BaseReason[];
}

/**
 * The groups each measure rests on (docs/coverage.md): who a figure, or a difference, is
 * about. The first base is what the value is computed over (and its n); the leaders of the
 * row (and, below target, the assessed) follow, so that a figure about a small group is
 * hidden as too few even when it would say "no data" (no one below target among three).
 */
const MEASURES: Record<CoverageMeasure, MeasureSpec> = {
  met: {
    bases: (c, all) => (c ? [c.assessed, c.leaders] : [all.assessed, all.leaders]),
    reasons: ['too-few', 'too-few'],
  },
  // Projected − met describes the leaders below target: too few of them, and the
  // projection would tell what their plans do.
  projected: {
    bases: (c, all) =>
      c ? [c.assessed, c.below, c.leaders] : [all.assessed, all.below, all.leaders],
    reasons: ['too-few', 'few-changed', 'too-few'],
  },
  planned: {
    bases: (c, all) =>
      c ? [c.below, c.assessed, c.leaders] : [all.below, all.assessed, all.leaders],
    reasons: ['too-few', 'too-few', 'too-few'],
  },
  gap: {
    bases: (c, all) =>
      c ? [c.below, c.assessed, c.leaders] : [all.below, all.assessed, all.leaders],
    reasons: ['too-few', 'too-few', 'too-few'],
  },
};

/** The counts of a column: a competency's, or all competencies' added up (pairs). */
function columnCounts(counts: GroupCounts, column: string): CompetencyCounts {
  if (column !== ALL_COMPETENCIES) return counts.competencies[column] ?? emptyCompetencyCounts();
  return Object.values(counts.competencies).reduce(
    (sum, c) => ({
      leaders: sum.leaders + c.leaders,
      assessed: sum.assessed + c.assessed,
      met: sum.met + c.met,
      below: sum.below + c.below,
      noTarget: sum.noTarget + c.noTarget,
      notAssessed: sum.notAssessed + c.notAssessed,
      gapSum: sum.gapSum + c.gapSum,
      planned: sum.planned + c.planned,
      projectedMet: sum.projectedMet + c.projectedMet,
    }),
    emptyCompetencyCounts(),
  );
}

function measureValue(measure: CoverageMeasure, c: CompetencyCounts): number {
  switch (measure) {
    case 'met':
      return roundShare(c.met / c.assessed);
    case 'projected':
      return roundShare(c.projectedMet / c.assessed);
    case 'planned':
      return roundShare(c.planned / c.below);
    case 'gap':
      return roundGapValue(c.gapSum / c.below);
  }
}

/**
 * The coverage heatmap's figures for every row of the org tree, each hidden where the
 * suppression rules say so (suppression.ts): the screen, the API and the exports all read
 * their cells from here.
 */
export function buildCoverageTable(input: CoverageTableInput): CoverageTable {
  const { units, competencyKeys, own, minGroupSize } = input;
  const columns = [...competencyKeys, ALL_COMPETENCIES];
  const counts = rowCounts(units, own, competencyKeys);
  const ownOf = (unitId: string) =>
    own.get(unitId) ?? { competencies: {}, all: emptyDistinctCounts() };
  const results = {} as Record<CoverageMeasure, SuppressionResult>;
  for (const measure of Object.keys(MEASURES) as CoverageMeasure[]) {
    const spec = MEASURES[measure];
    results[measure] = suppress({
      units,
      columns,
      totalColumn: ALL_COMPETENCIES,
      own: (unitId, column) => {
        const group = ownOf(unitId);
        return spec.bases(
          column === ALL_COMPETENCIES
            ? null
            : (group.competencies[column] ?? emptyCompetencyCounts()),
          group.all,
        );
      },
      reasons: spec.reasons,
      minGroupSize,
    });
  }
  const showsUnder = new Map<string, boolean>();
  const countsOf = (row: RowRef): GroupCounts =>
    counts.get(rowKey(row)) ?? { competencies: {}, all: emptyDistinctCounts() };

  const value = (measure: CoverageMeasure, row: RowRef, column: string): CoverageValue => {
    const reason = results[measure].reason(row, column);
    if (reason !== null) return { shown: false, reason };
    const n = results[measure].bases(row, column)[0];
    return { shown: true, value: measureValue(measure, columnCounts(countsOf(row), column)), n };
  };

  return {
    cells(row) {
      const group = countsOf(row);
      return columns.map((column): CoverageCell => {
        const met = value('met', row, column);
        const all = column === ALL_COMPETENCIES;
        const c = all ? null : (group.competencies[column] ?? emptyCompetencyCounts());
        return {
          competencyKey: all ? null : column,
          met,
          projected: value('projected', row, column),
          planned: value('planned', row, column),
          gap: value('gap', row, column),
          notAssessed: met.shown ? (c ? c.notAssessed : group.all.notAssessed) : null,
          noTarget: met.shown ? (c ? c.noTarget : group.all.noTarget) : null,
        };
      });
    },
    counts: countsOf,
    reason: (measure, row, column) => results[measure].reason(row, column),
    rowsUnder: (unitId) => results.met.rowsUnder(unitId),
    showsUnder(unitId) {
      let known = showsUnder.get(unitId);
      if (known === undefined) {
        known = results.met
          .rowsUnder(unitId)
          .some((row) =>
            columns.some((column) =>
              (Object.keys(MEASURES) as CoverageMeasure[]).some(
                (measure) => results[measure].reason(row, column) === null,
              ),
            ),
          );
        showsUnder.set(unitId, known);
      }
      return known;
    },
  };
}

/** Money and time of the approved and active plans of the leaders placed in one unit. */
export interface BudgetCounts {
  /** Distinct leaders with such a plan: the figures rest on them. */
  leaders: number;
  /**
   * The active leaders placed in the unit, with or without a plan: "no plans" would tell
   * about each of them, so a small group's budget is hidden even when it is empty.
   */
  population: number;
  plans: number;
  committedOre: number;
  budgetOre: number;
  hoursTenths: number;
}

/**
 * Budget and hours per row, hidden like the heatmap's figures: a unit's sum of plan costs
 * tells about the few leaders behind it just as a share would.
 */
export function buildBudgetTable(input: {
  units: readonly TreeUnit[];
  own: ReadonlyMap<string, BudgetCounts>;
  minGroupSize: number;
}): (row: RowRef) => CoverageBudget {
  const none: BudgetCounts = {
    leaders: 0,
    population: 0,
    plans: 0,
    committedOre: 0,
    budgetOre: 0,
    hoursTenths: 0,
  };
  const result = suppress({
    units: input.units,
    columns: ['budget'],
    totalColumn: null,
    own: (unitId) => {
      const counts = input.own.get(unitId);
      return [counts?.leaders ?? 0, counts?.population ?? 0];
    },
    reasons: ['too-few', 'too-few'],
    minGroupSize: input.minGroupSize,
  });
  // Subtree sums, as for the coverage counts.
  const sums = new Map<string, BudgetCounts>();
  const children = new Map<string, string[]>();
  for (const u of input.units) {
    if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const add = (a: BudgetCounts, b: BudgetCounts): BudgetCounts => ({
    leaders: a.leaders + b.leaders,
    population: a.population + b.population,
    plans: a.plans + b.plans,
    committedOre: a.committedOre + b.committedOre,
    budgetOre: a.budgetOre + b.budgetOre,
    hoursTenths: a.hoursTenths + b.hoursTenths,
  });
  const total = (id: string): BudgetCounts => {
    const known = sums.get(id);
    if (known) return known;
    let sum = input.own.get(id) ?? none;
    for (const child of children.get(id) ?? []) sum = add(sum, total(child));
    sums.set(id, sum);
    return sum;
  };
  return (row) => {
    const reason = result.reason(row, 'budget');
    if (reason !== null) return { shown: false, reason };
    const counts = row.kind === 'own' ? (input.own.get(row.unitId) ?? none) : total(row.unitId);
    return {
      shown: true,
      leaders: counts.leaders,
      plans: counts.plans,
      committedDkk: counts.committedOre / 100,
      budgetDkk: counts.budgetOre / 100,
      hours: counts.hoursTenths / 10,
    };
  };
}
