import { DomainError } from '@lederloeft/domain';
import type { Highs } from 'highs';
import {
  columnValues,
  formulate,
  LEFT_OUT_REASONS,
  sessionsOverlap,
  type Formulation,
} from './formulation';
import { cheapenPlan } from './cheapen';
import { greedyChoices } from './greedy';
import { onTheJobItems } from './on-the-job';
import type {
  CompetencyContribution,
  CompetencyProjection,
  LearningCategory,
  LeftOutOffer,
  LeftOutReason,
  OfferPlanItem,
  PlanInput,
  PlanItem,
  PlanMix,
  PlanProposal,
  PlannerProposal,
  PlannerSession,
  ProposalStatus,
  TieBreakBounds,
} from './plan-types';
import { rawEffects, scoreOf, validatePlanInput, type EffectVector } from './scoring';
import {
  solveStagesInWorker,
  solveStagesSync,
  type SolveRequest,
  type SolveResult,
  type WorkerSolveOptions,
} from './solver';

export interface SolveOptions {
  /** Wall-clock limit for the whole solve (all three stages), in seconds. Default 10. */
  timeLimitSeconds?: number;
  /**
   * Answer budget in seconds, counted from the call (model building included). The closure
   * stage is always run to its proof (or to timeLimitSeconds); the tie-break stages (least
   * cost, then fewest hours) stop when the budget is spent, and the plan then says so
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

/** Closure within this share of the optimum counts as optimal in the tie-break stages. */
export const CLOSURE_TOLERANCE = 1e-7;
/** Prices have two decimals, so costs within a tenth of an øre are equal. */
const COST_TOLERANCE = 1e-3;

/** The request the worker solves: the model, the three stages and the starts. */
export function solveRequest(
  input: PlanInput,
  formulation: Formulation,
  timeLimitSeconds: number,
  tieBreakDeadline: number | null,
): SolveRequest {
  const { model, scoring } = formulation;
  const bestPossible = scoring.terms.reduce((sum, t) => sum + t.coefficient * t.gap, 0);
  const greedy = bestGreedy(input, formulation);
  const cheaper = cheaperStart(input, formulation, greedy);
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
    stages: [
      {
        sense: 'max',
        cost: model.closure,
        tolerance: CLOSURE_TOLERANCE * Math.max(1, bestPossible),
      },
      { sense: 'min', cost: model.cost, tolerance: COST_TOLERANCE },
      { sense: 'min', cost: model.hours, tolerance: 1e-6 },
    ],
    // The greedy plan is feasible, so the solver starts with an incumbent and a plan
    // stopped by the time limit is never worse than greedy.
    start: columnValues(formulation, greedy),
    tieBreakStart: cheaper === null ? null : columnValues(formulation, cheaper),
    timeLimitSeconds,
    tieBreakDeadline,
  };
}

/**
 * When the greedy plan already closes every gap (stage 1 can only confirm its closure), a
 * cheaper plan with the same closure found by local search (cheapen.ts): the cost stage's
 * first incumbent. Null when greedy falls short or nothing cheaper is found.
 */
function cheaperStart(input: PlanInput, formulation: Formulation, greedy: Chosen[]) {
  const { scoring, candidates } = formulation;
  const bestPossible = scoring.terms.reduce((sum, t) => sum + t.coefficient * t.gap, 0);
  const closure = scoreOf(
    scoring,
    greedy.map((c) => candidates[c.candidate].effects),
  );
  if (closure < bestPossible - CLOSURE_TOLERANCE * Math.max(1, bestPossible)) return null;
  const cheaper = cheapenPlan(input, formulation, greedy);
  const cost = (plan: Chosen[]) =>
    plan.reduce((sum, c) => sum + candidates[c.candidate].offer.priceDkk, 0);
  return cost(cheaper) < cost(greedy) - EPSILON ? cheaper : null;
}

/** The better of the two greedy plans (closure, then cost, then hours): the first incumbent. */
function bestGreedy(input: PlanInput, formulation: Formulation) {
  const [a, b] = (['cost', 'resources'] as const).map((ranking) =>
    greedyChoices(input, formulation, ranking),
  );
  const better =
    b.objective > a.objective + EPSILON ||
    (Math.abs(b.objective - a.objective) <= EPSILON &&
      (b.cost < a.cost || (b.cost === a.cost && b.hours < a.hours)));
  return withoutIdleOffers(formulation, (better ? b : a).chosen, true);
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
  const result =
    formulation.candidates.length === 0
      ? null
      : solveStagesSync(highs, solveRequest(input, formulation, limit, deadline));
  return buildProposal(input, formulation, result);
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
  const result =
    formulation.candidates.length === 0
      ? null
      : await solveStagesInWorker(solveRequest(input, formulation, limit, deadline), options);
  return buildProposal(input, formulation, result);
}

interface Chosen {
  candidate: number;
  session: PlannerSession | null;
}

function chosenColumns(formulation: Formulation, colValue: number[] | null): Chosen[] {
  if (colValue === null) return [];
  const sessionOf = new Map<number, PlannerSession>();
  for (const { candidate, session, column } of formulation.sessionColumns) {
    if (session !== null && colValue[column] > 0.5) sessionOf.set(candidate, session);
  }
  const chosen: Chosen[] = [];
  formulation.candidates.forEach((_, ci) => {
    if (colValue[ci] > 0.5) chosen.push({ candidate: ci, session: sessionOf.get(ci) ?? null });
  });
  return chosen;
}

/**
 * Drops chosen offers that add no closure (in id order, or dearest first), unless one is
 * the plan's only learning with others. In a solved plan only offers that cost neither
 * money nor hours can be such ties of all three stages; dropping them keeps the plan
 * optimal and honest. On the greedy start it makes a cheaper first incumbent.
 */
function withoutIdleOffers(
  formulation: Formulation,
  chosen: Chosen[],
  dearestFirst = false,
): Chosen[] {
  const { scoring, candidates, requiresOthers } = formulation;
  const vectors = (list: Chosen[]) => list.map((c) => candidates[c.candidate].effects);
  const order = [...chosen];
  if (dearestFirst) {
    const offerOf = (c: Chosen) => candidates[c.candidate].offer;
    order.sort(
      (x, y) =>
        offerOf(y).priceDkk - offerOf(x).priceDkk ||
        offerOf(y).hours - offerOf(x).hours ||
        x.candidate - y.candidate,
    );
  }
  let kept = [...chosen];
  for (const item of order) {
    const rest = kept.filter((c) => c !== item);
    const loss = scoreOf(scoring, vectors(kept)) - scoreOf(scoring, vectors(rest));
    const othersLeft = rest.some((c) => candidates[c.candidate].category === 'others');
    if (loss <= EPSILON && (!requiresOthers || othersLeft)) kept = rest;
  }
  return kept;
}

/** Turns the solver's answer into the plan with its explanations. */
export function buildProposal(
  input: PlanInput,
  formulation: Formulation,
  result: SolveResult | null,
): PlannerProposal {
  const { scoring, candidates } = formulation;
  const first = result?.stages[0];
  if (first?.status === 'error') throw new Error('HiGHS kunne ikke løse planmodellen.');
  let status: ProposalStatus = 'optimal';
  if (first?.status === 'time-limit') status = 'time-limit';
  if (first?.status === 'infeasible') status = 'infeasible';
  const later = result?.stages.slice(1) ?? [];
  const tieBreak: PlanProposal['tieBreak'] =
    result === null
      ? 'proven'
      : status !== 'optimal'
        ? 'skipped'
        : later.length === 2 && later.every((s) => s.status === 'optimal')
          ? 'proven'
          : 'time-limit';

  const chosen = withoutIdleOffers(
    formulation,
    chosenColumns(formulation, result?.colValue ?? null),
  );
  const vectors: EffectVector[] = chosen.map((c) => candidates[c.candidate].effects);
  const objective = scoreOf(scoring, vectors);
  const raw = rawEffects(scoring, vectors);
  const closure = scoring.terms.map((term, t) => Math.min(term.gap, raw[t]));

  const offerItems: OfferPlanItem[] = chosen.map(({ candidate, session }) => {
    const { offer, category, effects } = candidates[candidate];
    const share = (t: number) => (raw[t] > 0 ? (closure[t] * (effects.get(t) ?? 0)) / raw[t] : 0);
    let contribution = 0;
    effects.forEach((_, t) => (contribution += scoring.terms[t].coefficient * share(t)));
    const addresses: CompetencyContribution[] = [];
    scoring.competencies.forEach((competency, ci) => {
      const terms = [...effects.keys()]
        .filter((t) => scoring.terms[t].competency === ci)
        .sort((a, b) => a - b);
      if (terms.length === 0) return;
      const strengths = offer.effects.filter((e) => e.competencyKey === competency.key);
      const named = new Set(strengths.flatMap((e) => e.behaviourKeys));
      const wholeTerm = terms.find((t) => scoring.terms[t].behaviour < 0);
      addresses.push({
        competencyKey: competency.key,
        strength: strengths.some((e) => e.strength === 'strong') ? 'strong' : 'some',
        gapBefore: Math.max(0, competency.gap ?? 0),
        closure: wholeTerm === undefined ? 0 : share(wholeTerm),
        behaviours: terms
          .filter((t) => scoring.terms[t].behaviour >= 0)
          .map((t) => ({
            behaviourKey: scoring.terms[t].key,
            gapBefore: scoring.terms[t].gap,
            closure: share(t),
            targeted: named.has(scoring.terms[t].key),
          })),
      });
    });
    return {
      type: 'offer',
      category,
      offerId: offer.id,
      code: offer.code ?? null,
      title: offer.title,
      kind: offer.kind,
      sessionId: session?.id ?? null,
      startDate: session?.startDate ?? null,
      endDate: session?.endDate ?? null,
      priceDkk: offer.priceDkk,
      hours: offer.hours,
      contribution,
      addresses,
    };
  });
  offerItems.sort((a, b) => {
    const dateA = a.startDate ?? '9999-12-31';
    const dateB = b.startDate ?? '9999-12-31';
    if (dateA !== dateB) return dateA < dateB ? -1 : 1;
    return a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0;
  });

  const usedDkk = offerItems.reduce((sum, item) => sum + item.priceDkk, 0);
  const usedHours = offerItems.reduce((sum, item) => sum + item.hours, 0);
  const items: PlanItem[] = [...offerItems, ...onTheJobItems(input)];

  const competencies: CompetencyProjection[] = scoring.competencies.map((competency, ci) => {
    const termClosure = (behaviour: number) => {
      const t = scoring.terms.findIndex((x) => x.competency === ci && x.behaviour === behaviour);
      return t < 0 ? 0 : closure[t];
    };
    const whole = termClosure(-1);
    return {
      competencyKey: competency.key,
      weight: competency.weight,
      personalFocus: competency.personalFocus,
      gapBefore: competency.gap,
      closure: whole,
      gapAfter: competency.gap === null ? null : competency.gap - whole,
      behaviours: competency.behaviours.map((behaviour, bi) => {
        const done = termClosure(bi);
        return {
          behaviourKey: behaviour.key,
          gapBefore: behaviour.gap,
          closure: done,
          gapAfter: behaviour.gap === null ? null : behaviour.gap - done,
        };
      }),
    };
  });

  const leftOut = leftOutOffers(input, formulation, chosen, usedDkk, usedHours, objective);
  const leftOutSummary: Partial<Record<LeftOutReason, number>> = {};
  for (const reason of LEFT_OUT_REASONS) {
    const count = leftOut.filter((o) => o.reasons.includes(reason)).length;
    if (count > 0) leftOutSummary[reason] = count;
  }

  // The proven bound: HiGHS's dual bound, or, when it had none yet, the closure of every
  // gap (no plan can do better). The gap is measured against it.
  const bestPossible = scoring.terms.reduce((sum, t) => sum + t.coefficient * t.gap, 0);
  const dualBound =
    first?.bound !== null && first?.bound !== undefined && Number.isFinite(first.bound)
      ? Math.min(first.bound, bestPossible)
      : bestPossible;
  const objectiveBound = status === 'optimal' ? objective : Math.max(dualBound, objective);
  const mipGap =
    status === 'optimal' || objectiveBound <= 0 ? 0 : (objectiveBound - objective) / objectiveBound;

  return {
    status,
    mipGap,
    tieBreak,
    tieBreakBounds:
      status === 'optimal' ? tieBreakBoundsOf(result, tieBreak, usedDkk, usedHours) : null,
    objective,
    objectiveBound,
    items,
    competencies,
    budget: { limitDkk: input.constraints.budgetDkk, usedDkk },
    hours: { limit: input.constraints.hours, used: usedHours },
    mix: mixOf(items),
    leftOut,
    leftOutSummary,
    model: {
      offers: input.offers.length,
      candidateOffers: candidates.length + formulation.dominated.length,
      dominatedOffers: formulation.dominated.length,
      columns: formulation.model.numCols,
      rows: formulation.model.rowLower.length,
    },
  };
}

/**
 * The proven lower bounds of the tie-break stages. A stage stopped by the answer budget
 * reports HiGHS's dual bound; a skipped one only the trivial bound 0. The hours bound
 * exists only once the least cost is proven (stage 3 minimises hours among least-cost
 * plans).
 */
function tieBreakBoundsOf(
  result: SolveResult | null,
  tieBreak: PlanProposal['tieBreak'],
  usedDkk: number,
  usedHours: number,
): TieBreakBounds {
  const gapOf = (used: number, bound: number) => (used <= EPSILON ? 0 : (used - bound) / used);
  if (result === null || tieBreak === 'proven') {
    return { costBoundDkk: usedDkk, costGap: 0, hoursBound: usedHours, hoursGap: 0 };
  }
  const boundOf = (stage: number, used: number) => {
    const found = result.stages[stage];
    if (found?.status === 'optimal') return used;
    const bound = found?.bound;
    // Never above what the plan uses: the plan itself is a feasible point of the stage.
    return bound !== null && bound !== undefined && Number.isFinite(bound)
      ? Math.min(Math.max(bound, 0), used)
      : 0;
  };
  const costBoundDkk = boundOf(1, usedDkk);
  const costProven = result.stages[1]?.status === 'optimal';
  const hoursBound = costProven ? boundOf(2, usedHours) : null;
  return {
    costBoundDkk,
    costGap: gapOf(usedDkk, costBoundDkk),
    hoursBound,
    hoursGap: hoursBound === null ? null : gapOf(usedHours, hoursBound),
  };
}

/** Why each offer outside the plan is outside it. */
function leftOutOffers(
  input: PlanInput,
  formulation: Formulation,
  chosen: Chosen[],
  usedDkk: number,
  usedHours: number,
  objective: number,
): LeftOutOffer[] {
  const { scoring, candidates, excluded } = formulation;
  const { constraints } = input;
  const inPlan = new Set(chosen.map((c) => c.candidate));
  const chosenVectors = chosen.map((c) => candidates[c.candidate].effects);
  const chosenSessions = chosen.flatMap((c) => (c.session ? [c.session] : []));
  const formalCount = chosen.filter((c) => candidates[c.candidate].category === 'formal').length;
  const result: LeftOutOffer[] = [];
  // Offers outside the plan that could enter it: model candidates not chosen, and the
  // candidates dominance pruning kept out of the model.
  const outside = new Map(
    candidates.filter((_, i) => !inPlan.has(i)).map((c) => [c.offer.id, c] as const),
  );
  formulation.dominated.forEach((c) => outside.set(c.offer.id, c));
  const offers = [...input.offers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const offer of offers) {
    const early = excluded.get(offer.id);
    const candidate = outside.get(offer.id);
    let reasons: LeftOutReason[];
    if (early) {
      reasons = early;
    } else if (candidate !== undefined) {
      const gain = scoreOf(scoring, [...chosenVectors, candidate.effects]) - objective;
      if (gain <= EPSILON) {
        reasons = ['not-needed'];
      } else {
        reasons = [];
        if (usedDkk + offer.priceDkk > constraints.budgetDkk + EPSILON) reasons.push('budget');
        if (usedHours + offer.hours > constraints.hours + EPSILON) reasons.push('hours');
        if (
          !offer.onDemand &&
          candidate.sessions.every((s) => chosenSessions.some((c) => sessionsOverlap(s, c)))
        ) {
          reasons.push('overlap');
        }
        if (candidate.category === 'formal' && formalCount >= constraints.maxFormalOffers) {
          reasons.push('max-formal');
        }
        if (reasons.length === 0) reasons.push('search-stopped');
      }
    } else {
      continue;
    }
    result.push({ offerId: offer.id, title: offer.title, kind: offer.kind, reasons });
  }
  return result;
}

/** The 70-20-10 balance by number of items (on-the-job activities have no hours). */
export function mixOf(items: readonly PlanItem[]): PlanMix {
  const count = (category: LearningCategory) => items.filter((i) => i.category === category).length;
  const experience = count('experience');
  const others = count('others');
  const formal = count('formal');
  const total = experience + others + formal;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  return {
    basis: 'count',
    experience,
    others,
    formal,
    share: { experience: share(experience), others: share(others), formal: share(formal) },
  };
}
