import { formulate, sessionsOverlap, type Formulation } from './formulation';
import type { PlanInput, PlannerSession } from './plan-types';
import { scoreOf, validatePlanInput, type EffectVector } from './scoring';

export interface GreedyPlan {
  objective: number;
  costDkk: number;
  hours: number;
  choices: { offerId: string; sessionId: string | null }[];
}

/**
 * The benchmark baseline, not the engine: repeatedly add the feasible offer with the best
 * gain in closure per DKK (free offers first, ties by id, earliest eligible session that
 * fits), until nothing adds closure. Same candidates and hard constraints as the MIP; when
 * the catalogue has learning with others (and it is asked for), the best such offer is taken
 * first. That was the engine's rule until 2026-12-07 (now a tie-break after the closure);
 * the baseline keeps it so that the benchmark's comparisons stay comparable over time.
 */
export function greedyPlan(input: PlanInput): GreedyPlan {
  validatePlanInput(input);
  // The baseline ranks every candidate, including those the MIP's exact pruning drops.
  const formulation = formulate(input, { pruneDominated: false });
  const { objective, cost, hours, chosen } = greedyChoices(
    input,
    formulation,
    'cost',
    formulation.prefersOthers,
  );
  return {
    objective,
    costDkk: cost,
    hours,
    choices: chosen.map((c) => ({
      offerId: formulation.candidates[c.candidate].offer.id,
      sessionId: c.session?.id ?? null,
    })),
  };
}

/**
 * How greedy ranks: `cost` = closure per DKK (the benchmark baseline); `resources` =
 * closure per share of budget plus share of hours used (a better first incumbent for the
 * solver, which takes the better of the two).
 */
export type GreedyRanking = 'cost' | 'resources';

/**
 * The greedy choices on a formulation's candidates; also the solver's first incumbent.
 * `othersFirst`: take the best learning-with-others offer first (a start for the balance
 * tie-break, which prefers a plan with one when it costs no closure).
 */
export function greedyChoices(
  input: PlanInput,
  formulation: Formulation,
  ranking: GreedyRanking = 'cost',
  othersFirst = false,
) {
  const { scoring, candidates } = formulation;
  const { constraints } = input;
  const chosen: { candidate: number; session: PlannerSession | null }[] = [];
  const vectors: EffectVector[] = [];
  let cost = 0;
  let hours = 0;
  let formal = 0;
  let objective = 0;
  const taken = new Set<number>();

  const raw = scoring.terms.map(() => 0);
  const busy: PlannerSession[] = [];

  const pick = (onlyOthers: boolean): boolean => {
    let best: {
      candidate: number;
      session: PlannerSession | null;
      gain: number;
      ratio: number;
    } | null = null;
    for (let ci = 0; ci < candidates.length; ci++) {
      const candidate = candidates[ci];
      if (taken.has(ci)) continue;
      if (onlyOthers && candidate.category !== 'others') continue;
      const { offer } = candidate;
      if (cost + offer.priceDkk > constraints.budgetDkk + 1e-9) continue;
      if (hours + offer.hours > constraints.hours + 1e-9) continue;
      if (candidate.category === 'formal' && formal >= constraints.maxFormalOffers) continue;
      let session: PlannerSession | null = null;
      if (!offer.onDemand) {
        const free = candidate.sessions.find((s) => busy.every((b) => !sessionsOverlap(s, b)));
        if (!free) continue;
        session = free;
      }
      // The marginal gain, term by term on the offer's own terms only (capped closure).
      let gain = 0;
      candidate.effects.forEach((amount, t) => {
        const { gap, coefficient } = scoring.terms[t];
        gain += coefficient * (Math.min(gap, raw[t] + amount) - Math.min(gap, raw[t]));
      });
      if (gain <= 1e-9 && !onlyOthers) continue;
      const use =
        ranking === 'cost'
          ? offer.priceDkk
          : offer.priceDkk / Math.max(constraints.budgetDkk, 1) +
            offer.hours / Math.max(constraints.hours, 1);
      const ratio = use > 0 ? gain / use : Infinity;
      if (best === null || ratio > best.ratio || (ratio === best.ratio && gain > best.gain)) {
        best = { candidate: ci, session, gain, ratio };
      }
    }
    if (best === null) return false;
    const { candidate: ci, session } = best;
    const { offer, category, effects } = candidates[ci];
    taken.add(ci);
    chosen.push({ candidate: ci, session });
    vectors.push(effects);
    effects.forEach((amount, t) => (raw[t] += amount));
    if (session) busy.push(session);
    cost += offer.priceDkk;
    hours += offer.hours;
    if (category === 'formal') formal++;
    objective = scoreOf(scoring, vectors);
    return true;
  };

  if (othersFirst) pick(true);
  while (pick(false)) {
    // keep adding while something adds closure
  }
  return { objective, cost, hours, chosen };
}
