import { DomainError } from '@lederloeft/domain';
import type { Highs } from 'highs';
import { cheapenPlan } from './cheapen';
import { checkPlan } from './certificate';
import { withoutIdleOffers, type ChosenOffer } from './chosen';
import { columnValues, formulate, type Formulation } from './formulation';
import { greedyChoices } from './greedy';
import type { PlanInput, PlannerProposal } from './plan-types';
import { buildProposal } from './proposal';
import { scoreOf, validatePlanInput } from './scoring';
import { stageRoles } from './settle';
import {
  solveStagesInWorker,
  solveStagesSync,
  type SolveRequest,
  type SolveStage,
  type WorkerSolveOptions,
} from './solver';

export { buildProposal, mixOf } from './proposal';

export interface SolveOptions {
  /** Wall-clock limit for the whole solve (every stage), in seconds. Default 10. */
  timeLimitSeconds?: number;
  /**
   * Answer budget in seconds, counted from the call (model building included). The closure
   * stage is always run to its proof (or to timeLimitSeconds); the tie-break stages (learning
   * with others, least cost, fewest hours) stop when the budget is spent, and the plan then says so
   * (`tieBreak: 'time-limit'`, `tieBreakBounds`). Default 1.6 s, so that a 10,000-offer
   * catalogue is answered in under 2 s with a proven optimal closure; `Infinity` proves the
   * tie-breaks whatever it takes (within timeLimitSeconds). See docs/planner.md.
   */
  answerBudgetSeconds?: number;
}

const DEFAULT_TIME_LIMIT_SECONDS = 10;
/** Leaves room for the explanations (about 0.1–0.2 s on 10,000 offers) within 2 s. */
export const DEFAULT_ANSWER_BUDGET_SECONDS = 1.6;
const EPSILON = 1e-9;

/**
 * On a model that is not exact (input not all decimals), the tie-break stages keep the
 * closure within this share of its optimum, and costs within a tenth of an øre; such a plan
 * is never reported as proven (settle.ts). On an exact model every stage's values lie on a
 * known grid (closure units, 0/1, priceUnit, hoursUnit), and the row that keeps an optimum
 * has half a grid step of slack.
 */
export const CLOSURE_TOLERANCE = 1e-7;
const COST_TOLERANCE = 1e-3;
const HALF_STEP = 0.5;

/** The starts the solver gets: the first incumbent, and more for the tie-break stages. */
export interface SolveStarts {
  /** The better greedy plan (closure, then learning with others, cost, hours). */
  first: ChosenOffer[];
  /** A cheaper plan with the same closure (cheapen.ts), a greedy plan with learning with others. */
  extra: ChosenOffer[][];
}

/** The request the worker solves: the model, the stages in order and the starts. */
export function solveRequest(
  input: PlanInput,
  formulation: Formulation,
  timeLimitSeconds: number,
  tieBreakDeadline: number | null,
  starts: SolveStarts = solveStarts(input, formulation),
): SolveRequest {
  const { model, scoring, exact } = formulation;
  const { bestPossible } = scoring;
  const objective: Record<SolveStage['role'], number[]> = {
    closure: model.closure,
    others: model.others,
    cost: model.cost,
    hours: model.hours,
  };
  const tolerance: Record<SolveStage['role'], number> = exact
    ? {
        closure: HALF_STEP,
        others: HALF_STEP,
        cost: HALF_STEP * exact.priceUnit,
        hours: HALF_STEP * exact.hoursUnit,
      }
    : {
        closure: CLOSURE_TOLERANCE * Math.max(1, bestPossible),
        others: HALF_STEP,
        cost: COST_TOLERANCE,
        hours: 1e-6,
      };
  return {
    model: {
      numCols: model.numCols,
      colLower: model.colLower,
      colUpper: model.colUpper,
      integrality: model.integrality,
      rowLower: model.rowLower,
      rowUpper: model.rowUpper,
      starts: model.starts,
      indices: model.indices,
      values: model.values,
    },
    stages: stageRoles(formulation).map((role) => ({
      role,
      sense: role === 'closure' || role === 'others' ? 'max' : 'min',
      cost: objective[role],
      tolerance: tolerance[role],
    })),
    // The greedy plan is feasible, so the solver starts with an incumbent and a plan
    // stopped by the time limit is never worse than greedy.
    start: columnValues(formulation, starts.first),
    extraStarts: starts.extra.map((plan) => columnValues(formulation, plan)),
    timeLimitSeconds,
    tieBreakDeadline,
  };
}

/**
 * The starts: the better of the greedy plans as the first incumbent; for the tie-break
 * stages, when the balance tie-break applies and that plan has no learning with others, a
 * greedy plan that takes one first, and, when the first plan already closes every gap (the
 * closure stage can only confirm it), a cheaper plan with the same closure from the local
 * search (cheapen.ts). Every start is checked against the input; the solver uses a start
 * only where it satisfies the stage's rows.
 */
export function solveStarts(input: PlanInput, formulation: Formulation): SolveStarts {
  const { scoring, candidates, prefersOthers } = formulation;
  const hasOthers = (plan: ChosenOffer[]) =>
    plan.some((c) => candidates[c.candidate].category === 'others');
  const rankings = ['cost', 'resources'] as const;
  const unforced = rankings.map((ranking) => greedyChoices(input, formulation, ranking));
  const forced = prefersOthers
    ? rankings.map((ranking) => greedyChoices(input, formulation, ranking, true))
    : [];
  // Taking learning with others first can close more as well as add the balance (it did on
  // the tight 10,000-offer benchmark): the best of all greedy plans is the first incumbent.
  const first = bestOf(formulation, [...unforced, ...forced]);
  const withOthers = forced.length > 0 ? bestOf(formulation, forced) : null;
  const extra: ChosenOffer[][] = [];
  // A plan with learning with others for a separate balance stage (a model that is not exact).
  if (withOthers && !hasOthers(first) && hasOthers(withOthers)) extra.push(withOthers);
  const { bestPossible } = scoring;
  const closesAll = (plan: ChosenOffer[]) =>
    scoreOf(
      scoring,
      plan.map((c) => candidates[c.candidate].effects),
    ) >=
    bestPossible - CLOSURE_TOLERANCE * Math.max(1, bestPossible);
  const cost = (plan: ChosenOffer[]) =>
    plan.reduce((sum, c) => sum + candidates[c.candidate].offer.priceDkk, 0);
  // When greedy already closes every gap, the cost stage starts from cheaper plans with that
  // closure found by the local search, from each greedy plan that closes every gap (the
  // solver takes the cheapest that fits the stage).
  for (const plan of [first, ...(withOthers ? [withOthers] : [])]) {
    if (!closesAll(plan)) continue;
    const cheaper = cheapenPlan(input, formulation, plan);
    if (cost(cheaper) < cost(plan) - EPSILON) extra.push(cheaper);
  }
  return { first, extra: extra.filter((plan) => checkPlan(input, formulation, plan).feasible) };
}

/** The best of greedy plans by closure, then learning with others, cost, hours; idle offers dropped. */
function bestOf(
  formulation: Formulation,
  plans: { objective: number; cost: number; hours: number; chosen: ChosenOffer[] }[],
): ChosenOffer[] {
  const { candidates } = formulation;
  const others = (plan: ChosenOffer[]) =>
    plan.some((c) => candidates[c.candidate].category === 'others') ? 1 : 0;
  let best = plans[0];
  for (const plan of plans.slice(1)) {
    const closer = plan.objective - best.objective;
    const balance = others(plan.chosen) - others(best.chosen);
    const better =
      closer > EPSILON ||
      (Math.abs(closer) <= EPSILON &&
        (balance > 0 ||
          (balance === 0 &&
            (plan.cost < best.cost || (plan.cost === best.cost && plan.hours < best.hours)))));
    if (better) best = plan;
  }
  return withoutIdleOffers(formulation, best.chosen, true);
}

function prepare(input: PlanInput, options: SolveOptions): Formulation {
  const limit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  if (!Number.isFinite(limit) || limit <= 0) {
    throw new DomainError('VALIDATION_FAILED', 'Tidsgrænsen skal være et tal over 0 sekunder.', [
      { path: 'timeLimitSeconds', message: 'Tidsgrænsen skal være et tal over 0 sekunder.' },
    ]);
  }
  const budget = options.answerBudgetSeconds ?? DEFAULT_ANSWER_BUDGET_SECONDS;
  if (Number.isNaN(budget) || budget <= 0) {
    const message = 'Svarbudgettet skal være et tal over 0 sekunder.';
    throw new DomainError('VALIDATION_FAILED', message, [{ path: 'answerBudgetSeconds', message }]);
  }
  validatePlanInput(input);
  return formulate(input);
}

/** The moment (epoch ms) the tie-break stages must stop, from the call's start. */
function tieBreakDeadline(startedAt: number, options: SolveOptions): number | null {
  const budget = options.answerBudgetSeconds ?? DEFAULT_ANSWER_BUDGET_SECONDS;
  return Number.isFinite(budget) ? startedAt + budget * 1000 : null;
}

/**
 * Solves in the calling thread and blocks it until HiGHS is done or hits the time limit:
 * for tests, scripts and the benchmark. The API uses proposePlan. `highs` comes from
 * `loadSolver()`.
 */
export function solvePlanSync(
  input: PlanInput,
  highs: Highs,
  options: SolveOptions = {},
): PlannerProposal {
  const startedAt = Date.now();
  const formulation = prepare(input, options);
  const limit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const deadline = tieBreakDeadline(startedAt, options);
  if (formulation.candidates.length === 0) return buildProposal(input, formulation, null);
  const starts = solveStarts(input, formulation);
  const result = solveStagesSync(highs, solveRequest(input, formulation, limit, deadline, starts));
  return buildProposal(input, formulation, result, starts.first);
}

/**
 * The plan proposal: validates the input, builds the mixed-integer program and solves it
 * with HiGHS in a worker thread under a time limit, then explains the result.
 */
export async function proposePlan(
  input: PlanInput,
  options: SolveOptions & WorkerSolveOptions = {},
): Promise<PlannerProposal> {
  const startedAt = Date.now();
  const formulation = prepare(input, options);
  const limit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const deadline = tieBreakDeadline(startedAt, options);
  if (formulation.candidates.length === 0) return buildProposal(input, formulation, null);
  const starts = solveStarts(input, formulation);
  const request = solveRequest(input, formulation, limit, deadline, starts);
  const result = await solveStagesInWorker(request, options);
  return buildProposal(input, formulation, result, starts.first);
}
