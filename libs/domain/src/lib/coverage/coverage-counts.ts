import type { LeaderCoverageFact } from './leader-facts';

/** The column of a coverage table that takes all competencies together. */
export const ALL_COMPETENCIES = '*';

/**
 * The counts behind one competency's figures for a group of leaders. Every leader in scope
 * is exactly one of assessed (met or below), no target, or not assessed.
 */
export interface CompetencyCounts {
  leaders: number;
  assessed: number;
  met: number;
  below: number;
  noTarget: number;
  notAssessed: number;
  /** Sum of the gaps of the leaders below target. */
  gapSum: number;
  /** Leaders below target whose approved or active plan addresses the competency. */
  planned: number;
  /** Assessed leaders expected to meet the target once the plans are done. */
  projectedMet: number;
}

/**
 * Distinct leaders over all competencies: assessed in at least one, below target in at
 * least one, with only targetless evidence, or not assessed in any. These are the bases of
 * the all-competencies figures, whose values add the competencies' counts up.
 */
export interface DistinctCounts {
  leaders: number;
  assessed: number;
  below: number;
  noTarget: number;
  notAssessed: number;
}

export interface GroupCounts {
  competencies: Readonly<Record<string, CompetencyCounts>>;
  all: DistinctCounts;
}

export const emptyCompetencyCounts = (): CompetencyCounts => ({
  leaders: 0,
  assessed: 0,
  met: 0,
  below: 0,
  noTarget: 0,
  notAssessed: 0,
  gapSum: 0,
  planned: 0,
  projectedMet: 0,
});

export const emptyDistinctCounts = (): DistinctCounts => ({
  leaders: 0,
  assessed: 0,
  below: 0,
  noTarget: 0,
  notAssessed: 0,
});

/** Adds `b` to `a` field by field (for subtree totals). */
export function addCompetencyCounts(a: CompetencyCounts, b: CompetencyCounts): CompetencyCounts {
  return {
    leaders: a.leaders + b.leaders,
    assessed: a.assessed + b.assessed,
    met: a.met + b.met,
    below: a.below + b.below,
    noTarget: a.noTarget + b.noTarget,
    notAssessed: a.notAssessed + b.notAssessed,
    gapSum: a.gapSum + b.gapSum,
    planned: a.planned + b.planned,
    projectedMet: a.projectedMet + b.projectedMet,
  };
}

export function addDistinctCounts(a: DistinctCounts, b: DistinctCounts): DistinctCounts {
  return {
    leaders: a.leaders + b.leaders,
    assessed: a.assessed + b.assessed,
    below: a.below + b.below,
    noTarget: a.noTarget + b.noTarget,
    notAssessed: a.notAssessed + b.notAssessed,
  };
}

/** Adds two groups (of different leaders) together. */
export function addGroupCounts(a: GroupCounts, b: GroupCounts): GroupCounts {
  const keys = new Set([...Object.keys(a.competencies), ...Object.keys(b.competencies)]);
  const competencies: Record<string, CompetencyCounts> = {};
  for (const key of keys) {
    competencies[key] = addCompetencyCounts(
      a.competencies[key] ?? emptyCompetencyCounts(),
      b.competencies[key] ?? emptyCompetencyCounts(),
    );
  }
  return { competencies, all: addDistinctCounts(a.all, b.all) };
}

/**
 * The counts of a group of leaders from their facts (one list per leader). The api keeps
 * the same counts per unit in the database; this is their definition.
 */
export function countFacts(
  leaders: readonly (readonly LeaderCoverageFact[])[],
  competencyKeys: readonly string[],
): GroupCounts {
  const competencies: Record<string, CompetencyCounts> = Object.fromEntries(
    competencyKeys.map((key) => [key, emptyCompetencyCounts()]),
  );
  const all = emptyDistinctCounts();
  for (const facts of leaders) {
    all.leaders++;
    let assessed = false;
    let below = false;
    let targetless = false;
    for (const fact of facts) {
      const counts = competencies[fact.competencyKey];
      if (!counts) continue;
      counts.leaders++;
      if (fact.status === 'met' || fact.status === 'gap') {
        assessed = true;
        counts.assessed++;
        if (fact.projectedMet) counts.projectedMet++;
        if (fact.status === 'met') counts.met++;
        else {
          below = true;
          counts.below++;
          counts.gapSum += fact.gap ?? 0;
          if (fact.planned) counts.planned++;
        }
      } else if (fact.status === 'no-target') {
        targetless = true;
        counts.noTarget++;
      } else counts.notAssessed++;
    }
    if (assessed) all.assessed++;
    else if (targetless) all.noTarget++;
    else all.notAssessed++;
    if (below) all.below++;
  }
  return { competencies, all };
}
