import type { ChosenOffer } from './chosen';
import { unitsWithin } from './exact';
import { sessionsOverlap, sessionReasons, type Formulation } from './formulation';
import type { PlanInput, PlannerSession } from './plan-types';
import { scoreOf } from './scoring';
import type { StageRole } from './solve-types';

/**
 * What the engine checks on a plan before it vouches for it: the plan is feasible in the
 * original, unreduced model, read from the input itself (not from the solver's model), and
 * its value on every stage, counted exactly.
 */
export interface PlanCheck {
  /** Every hard constraint holds; otherwise `problems` says which did not. */
  feasible: boolean;
  problems: string[];
  /**
   * The plan's value per stage, in the model's units: on an exact model integers (closure
   * units, 0/1 for learning with others, price and hours units), else the plain sums.
   */
  values: Record<StageRole, number>;
}

/**
 * Checks a plan against the input: each offer is a candidate at most once; a dated offer
 * is on one of its own sessions that is in the period, open and not full, an on-demand
 * offer on none; no two sessions share a day; budget, hours and K hold. Then counts its
 * closure, learning with others, cost and hours the way the model does.
 */
export function checkPlan(
  input: PlanInput,
  formulation: Formulation,
  chosen: readonly ChosenOffer[],
): PlanCheck {
  const { candidates, exact, scoring } = formulation;
  const { constraints } = input;
  const problems: string[] = [];
  const seen = new Set<number>();
  const sessions: PlannerSession[] = [];
  let formal = 0;
  for (const { candidate, session } of chosen) {
    const c = candidates[candidate];
    if (c === undefined || seen.has(candidate)) {
      problems.push(`offer ${candidate}: not a candidate, or twice`);
      continue;
    }
    seen.add(candidate);
    if (c.category === 'formal') formal++;
    if (c.offer.onDemand) {
      if (session !== null) problems.push(`${c.offer.id}: on demand, but on a session`);
      continue;
    }
    if (session === null || !c.offer.sessions.some((s) => s.id === session.id)) {
      problems.push(`${c.offer.id}: not on one of its sessions`);
      continue;
    }
    if (sessionReasons(input, session).length > 0) {
      problems.push(`${c.offer.id}: session ${session.id} cannot be taken`);
    }
    if (sessions.some((other) => sessionsOverlap(other, session))) {
      problems.push(`${c.offer.id}: session ${session.id} shares a day with another`);
    }
    sessions.push(session);
  }
  const inPlan = [...seen];
  const others = inPlan.some((ci) => candidates[ci].category === 'others') ? 1 : 0;
  let values: Record<StageRole, number>;
  if (exact) {
    const raw = scoring.terms.map(() => 0);
    for (const ci of inPlan) exact.effectUnits[ci].forEach((units, t) => (raw[t] += units));
    const units = scoring.terms.reduce(
      (sum, _, t) => sum + exact.termWeight[t] * Math.min(exact.termCap[t], raw[t]),
      0,
    );
    // As the closure stage counts it: with the balance in it, 2 · units + learning with others.
    const closure = exact.balanceInClosure ? 2 * units + others : units;
    const cost = inPlan.reduce((sum, ci) => sum + exact.prices[ci], 0);
    const hours = inPlan.reduce((sum, ci) => sum + exact.hours[ci], 0);
    // ⌊limit / unit⌋ on the decimals, as the model's rows have it.
    const budgetUnits = unitsWithin(constraints.budgetDkk, exact.priceUnit) ?? -1;
    const hoursUnits = unitsWithin(constraints.hours, exact.hoursUnit) ?? -1;
    if (cost > budgetUnits) problems.push('over the budget');
    if (hours > hoursUnits) problems.push('over the hours');
    values = { closure, others, cost, hours };
  } else {
    const cost = inPlan.reduce((sum, ci) => sum + candidates[ci].offer.priceDkk, 0);
    const hours = inPlan.reduce((sum, ci) => sum + candidates[ci].offer.hours, 0);
    if (cost > constraints.budgetDkk + 1e-9) problems.push('over the budget');
    if (hours > constraints.hours + 1e-9) problems.push('over the hours');
    const closure = scoreOf(
      scoring,
      inPlan.map((ci) => candidates[ci].effects),
    );
    values = { closure, others, cost, hours };
  }
  if (formal > constraints.maxFormalOffers) problems.push('more formal offers than allowed');
  return { feasible: problems.length === 0, problems, values };
}

/**
 * Whether plan values a are lexicographically better than b over the stages in order
 * (max closure, max learning with others, min cost, min hours), by more than `slack` on the
 * deciding stage.
 */
export function lexicographicallyBetter(
  roles: readonly StageRole[],
  a: Record<StageRole, number>,
  b: Record<StageRole, number>,
  slack: Record<StageRole, number>,
): boolean {
  for (const role of roles) {
    const maximise = role === 'closure' || role === 'others';
    const diff = maximise ? a[role] - b[role] : b[role] - a[role];
    if (diff > slack[role]) return true;
    if (diff < -slack[role]) return false;
  }
  return false;
}
