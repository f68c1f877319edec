import type { LearningWithOthers, ProposalStatus, TieBreakBounds } from '@lederloeft/contracts';
import { checkPlan, lexicographicallyBetter, type PlanCheck } from './certificate';
import { cheapenPlan } from './cheapen';
import { chosenColumns, withoutIdleOffers, type ChosenOffer } from './chosen';
import type { Formulation } from './formulation';
import type { PlanInput, PlanProposal } from './plan-types';
import type { SolveResult, StageResult, StageRole } from './solve-types';

/** The stages the engine solves for a formulation, in lexicographic order. */
export function stageRoles(formulation: Formulation): StageRole[] {
  // On an exact model the closure stage carries the balance itself (balanceInClosure).
  return formulation.othersColumn >= 0 && !formulation.exact?.balanceInClosure
    ? ['closure', 'others', 'cost', 'hours']
    : ['closure', 'cost', 'hours'];
}

/** What the solver's answer comes to once the engine has checked it. */
export interface SettledPlan {
  chosen: ChosenOffer[];
  status: ProposalStatus;
  tieBreak: PlanProposal['tieBreak'];
  /** A proven upper bound on the closure (objective points), when the solver gave one. */
  closureBound: number | null;
  /** The tie-break bounds in DKK and hours (null unless the closure is proven). */
  tieBreakBounds: TieBreakBounds | null;
  learningWithOthers: LearningWithOthers;
  /** Why the engine did not vouch for the answer (empty when it did); for tests and logs. */
  doubts: string[];
}

/**
 * The plan and what is proven about it (docs/planner.md, "What 'proven' means"). The solver's
 * answer is not taken on trust: the plan must be feasible in the original model (checked from
 * the input), its exact value on every stage must equal what the solver reports for that
 * stage and lie within the stage's proven bound, and a local search from it must find
 * nothing better. The closure is reported optimal, and the tie-breaks proven, only when these
 * hold; otherwise `unverified`, with the bounds.
 */
export function settlePlan(
  input: PlanInput,
  formulation: Formulation,
  result: SolveResult | null,
  start: readonly ChosenOffer[] | null,
): SettledPlan {
  const roles = stageRoles(formulation);
  const learning = (chosen: ChosenOffer[], balanceProven: boolean): LearningWithOthers => {
    if (!(input.options?.includeLearningWithOthers ?? true)) return 'not-requested';
    if (!formulation.prefersOthers) return 'unavailable';
    if (chosen.some((c) => formulation.candidates[c.candidate].category === 'others')) {
      return 'included';
    }
    return balanceProven ? 'would-close-less' : 'not-found';
  };
  if (result === null) {
    // Nothing in the catalogue can enter the plan: the empty plan is optimal on every stage.
    return {
      chosen: [],
      status: 'optimal',
      tieBreak: 'proven',
      closureBound: 0,
      tieBreakBounds: { costBoundDkk: 0, costGap: 0, hoursBound: 0, hoursGap: 0 },
      learningWithOthers: learning([], true),
      doubts: [],
    };
  }
  const first = result.stages[0];
  if (first?.status === 'error') throw new Error('HiGHS kunne ikke løse planmodellen.');
  const doubts: string[] = [];

  // The last stage's solution, else an earlier one, else the start: the first that is feasible.
  const tried = [result.colValue, ...[...result.solutions].reverse()];
  let chosen: ChosenOffer[] | null = null;
  let check: PlanCheck | null = null;
  for (const colValue of tried) {
    if (colValue === null) continue;
    const plan = withoutIdleOffers(formulation, chosenColumns(formulation, colValue));
    const planCheck = checkPlan(input, formulation, plan);
    if (planCheck.feasible) {
      chosen = plan;
      check = planCheck;
      break;
    }
    doubts.push(`solver plan infeasible: ${planCheck.problems.join('; ')}`);
  }
  if (chosen === null || check === null) {
    chosen = withoutIdleOffers(formulation, start ?? []);
    check = checkPlan(input, formulation, chosen);
    if (!check.feasible) throw new Error('Planlæggeren fandt ingen gyldig plan.');
  }

  const exact = formulation.exact !== null;
  // Integers on an exact model: half a unit decides. Otherwise the solver's own tolerances.
  const slackOf = (value: number) => (exact ? 0.5 : 1e-6 * Math.max(1, Math.abs(value)));
  // The solver's objective in the units the plan's exact value counts in (cost and hours
  // are solved in DKK and hours, on a grid of priceUnit and hoursUnit).
  const unitOf = (role: StageRole) =>
    role === 'cost'
      ? (formulation.exact?.priceUnit ?? 1)
      : role === 'hours'
        ? (formulation.exact?.hoursUnit ?? 1)
        : 1;
  const agrees = (role: StageRole, stage: StageResult | undefined): boolean => {
    if (stage?.status !== 'optimal' || stage.objective === null || check === null) return false;
    const value = check.values[role];
    const slack = slackOf(value);
    const maximise = role === 'closure' || role === 'others';
    const objective = stage.objective / unitOf(role);
    const bound = (stage.bound ?? stage.objective) / unitOf(role);
    const matches = Math.abs(objective - value) <= slack;
    const bounded = maximise ? bound <= value + slack : bound >= value - slack;
    if (!matches || !bounded) {
      doubts.push(`${role}: plan ${value}, solver ${objective}, bound ${bound}`);
    }
    return matches && bounded;
  };

  let status: ProposalStatus;
  if (first?.status === 'infeasible') status = 'infeasible';
  else if (first?.status === 'time-limit') status = 'time-limit';
  else status = agrees('closure', first) ? 'optimal' : 'unverified';

  let tieBreak: PlanProposal['tieBreak'] = 'skipped';
  if (status === 'optimal') {
    const later = roles.slice(1).map((_, i) => result.stages[i + 1]);
    const failed = later.some((s) => s?.status === 'infeasible' || s?.status === 'error');
    if (failed) {
      // A tie-break stage cannot be infeasible (the previous plan is feasible in it).
      doubts.push('a tie-break stage failed');
      tieBreak = 'unverified';
    } else if (later.some((s) => s === undefined || s.status !== 'optimal')) {
      tieBreak = 'time-limit';
    } else {
      const allAgree = roles.slice(1).every((role, i) => agrees(role, later[i]));
      if (!exact) doubts.push('the model is not exact (input not all decimals)');
      tieBreak = allAgree && exact ? 'proven' : 'unverified';
    }
    // A local search from the plan (drop, swap, one for two, two for one) must find nothing
    // better on the tie-breaks; if it does, the better plan is the answer and nothing is
    // claimed about it.
    const improved = withoutIdleOffers(formulation, cheapenPlan(input, formulation, chosen));
    const improvedCheck = checkPlan(input, formulation, improved);
    const slack = { closure: 0, others: 0, cost: 0, hours: 0 };
    for (const role of roles) slack[role] = slackOf(check.values[role]);
    if (
      improvedCheck.feasible &&
      lexicographicallyBetter(roles, improvedCheck.values, check.values, slack)
    ) {
      doubts.push('a local search found a better plan');
      chosen = improved;
      check = improvedCheck;
      if (tieBreak === 'proven') tieBreak = 'unverified';
    }
  }

  const balanceIndex = roles.indexOf('others');
  const balanceProven =
    status === 'optimal' && (balanceIndex < 0 || result.stages[balanceIndex]?.status === 'optimal');
  return {
    chosen,
    status,
    tieBreak,
    closureBound: boundIn(formulation, 'closure', first),
    tieBreakBounds:
      status === 'optimal' ? tieBreakBoundsOf(formulation, roles, result, tieBreak, check) : null,
    learningWithOthers: learning(chosen, balanceProven),
    doubts,
  };
}

/** A stage's proven bound in the plan's own units (objective points, DKK, hours). */
function boundIn(
  formulation: Formulation,
  role: StageRole,
  stage: StageResult | undefined,
): number | null {
  const bound = stage?.bound;
  if (bound === null || bound === undefined || !Number.isFinite(bound)) return null;
  const { exact } = formulation;
  if (!exact) return bound;
  // With the balance in the closure stage the objective is 2·units + o ≥ 2·units: halving it
  // still bounds the closure from above.
  if (role === 'closure') return bound / ((exact.balanceInClosure ? 2 : 1) * exact.closureScale);
  return bound;
}

/**
 * The proven lower bounds of the cost and hours tie-breaks. A stage stopped by the answer
 * budget reports HiGHS's dual bound; a skipped one only the trivial bound 0. The hours bound
 * exists only once the least cost is proven (the hours stage minimises hours among
 * least-cost plans).
 */
function tieBreakBoundsOf(
  formulation: Formulation,
  roles: readonly StageRole[],
  result: SolveResult,
  tieBreak: PlanProposal['tieBreak'],
  check: PlanCheck,
): TieBreakBounds {
  const { exact } = formulation;
  const usedDkk = exact ? check.values.cost * exact.priceUnit : check.values.cost;
  const usedHours = exact ? check.values.hours * exact.hoursUnit : check.values.hours;
  const gapOf = (used: number, bound: number) => (used <= 1e-9 ? 0 : (used - bound) / used);
  if (tieBreak === 'proven') {
    return { costBoundDkk: usedDkk, costGap: 0, hoursBound: usedHours, hoursGap: 0 };
  }
  const boundOf = (role: 'cost' | 'hours', used: number) => {
    const stage = result.stages[roles.indexOf(role)];
    if (stage?.status === 'optimal' && tieBreak !== 'unverified') return used;
    const bound = boundIn(formulation, role, stage);
    // Never above what the plan uses: the plan itself is a feasible point of the stage.
    return bound === null ? 0 : Math.min(Math.max(bound, 0), used);
  };
  const costBoundDkk = boundOf('cost', usedDkk);
  const costProven = result.stages[roles.indexOf('cost')]?.status === 'optimal';
  const hoursBound = costProven ? boundOf('hours', usedHours) : null;
  return {
    costBoundDkk,
    costGap: gapOf(usedDkk, costBoundDkk),
    hoursBound,
    hoursGap: hoursBound === null ? null : gapOf(usedHours, hoursBound),
  };
}
