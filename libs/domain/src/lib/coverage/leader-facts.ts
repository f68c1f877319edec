import type { GapProfile, GapStatus } from '../gaps/gap-types';

/**
 * What a leader's approved and active plans do for each competency: which competencies an
 * activity names (`addressed`), and the level points the plans' catalogue offers are
 * expected to close (`effects`, the planner's effect model, not yet capped at the gap).
 */
export interface LeaderPlanCoverage {
  addressed: readonly string[];
  effects: Readonly<Record<string, number>>;
}

/** One leader and one competency, as coverage counts them. */
export interface LeaderCoverageFact {
  competencyKey: string;
  /** The gap profile's status: met, gap (below target), no-target or no-evidence. */
  status: GapStatus;
  /** The gap profile's gap (target − combined), null without level or target. */
  gap: number | null;
  /** An approved or active plan has an activity for the competency. */
  planned: boolean;
  /** Level points the plans are expected to close (uncapped). */
  effect: number;
  /** Expected to meet the target once the plans are done; null when not judged. */
  projectedMet: boolean | null;
}

/** Two decimals as the gap profile shows them, so a projection agrees with what leaders see. */
function roundGap(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Whether a gap closes once the plans are done: the planner credits at most the gap
 * (closure = min(gap, effect)) and reports gapAfter = gap − closure; met when it is 0.
 */
export function projectedToMeet(gap: number, effect: number): boolean {
  if (gap <= 0) return true;
  const closure = Math.min(gap, Math.max(0, effect));
  return roundGap(gap - closure) <= 0;
}

/**
 * A leader's coverage facts, one per competency of the profile: the profile decides met,
 * gap, no-target and no-evidence (so every aggregate agrees with the leader's own gap
 * profile), and the plans decide planned and projected.
 */
export function leaderCoverageFacts(
  profile: Pick<GapProfile, 'competencies'>,
  plans: LeaderPlanCoverage,
): LeaderCoverageFact[] {
  const addressed = new Set(plans.addressed);
  return profile.competencies.map((competency) => {
    const effect = plans.effects[competency.key] ?? 0;
    const judged = competency.status === 'met' || competency.status === 'gap';
    return {
      competencyKey: competency.key,
      status: competency.status,
      gap: competency.gap,
      planned: addressed.has(competency.key),
      effect,
      projectedMet: !judged
        ? null
        : competency.status === 'met' || projectedToMeet(competency.gap ?? 0, effect),
    };
  });
}

/** The behaviours of a profile below target: HR's demand per behaviour. */
export function behavioursBelowTarget(
  profile: Pick<GapProfile, 'competencies'>,
): { competencyKey: string; behaviourKey: string }[] {
  return profile.competencies.flatMap((competency) =>
    competency.behaviours
      .filter((behaviour) => behaviour.status === 'gap')
      .map((behaviour) => ({ competencyKey: competency.key, behaviourKey: behaviour.key })),
  );
}
