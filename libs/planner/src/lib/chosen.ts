import type { Formulation } from './formulation';
import type { PlannerSession } from './plan-types';
import { scoreOf } from './scoring';

/** A plan as chosen offers (candidate index) on sessions (null when on demand). */
export interface ChosenOffer {
  candidate: number;
  session: PlannerSession | null;
}

const EPSILON = 1e-9;

/** The plan a solver solution describes: offers with y = 1, each on its chosen session. */
export function chosenColumns(
  formulation: Formulation,
  colValue: readonly number[] | null,
): ChosenOffer[] {
  if (colValue === null) return [];
  const sessionOf = new Map<number, PlannerSession>();
  for (const { candidate, session, column } of formulation.sessionColumns) {
    if (session !== null && colValue[column] > 0.5) sessionOf.set(candidate, session);
  }
  const chosen: ChosenOffer[] = [];
  formulation.candidates.forEach((_, ci) => {
    if (colValue[ci] > 0.5) chosen.push({ candidate: ci, session: sessionOf.get(ci) ?? null });
  });
  return chosen;
}

/**
 * Drops chosen offers that add no closure (in id order, or dearest first), unless one is
 * the plan's only learning with others (the balance tie-break counts it). In a solved plan
 * only offers that cost neither money nor hours can be such ties of every stage; dropping
 * them keeps the plan optimal and honest. On the greedy start it makes a cheaper first
 * incumbent.
 */
export function withoutIdleOffers(
  formulation: Formulation,
  chosen: readonly ChosenOffer[],
  dearestFirst = false,
): ChosenOffer[] {
  const { scoring, candidates, prefersOthers } = formulation;
  const vectors = (list: ChosenOffer[]) => list.map((c) => candidates[c.candidate].effects);
  const isOthers = (c: ChosenOffer) => candidates[c.candidate].category === 'others';
  const keepOthers = prefersOthers && chosen.some(isOthers);
  const order = [...chosen];
  if (dearestFirst) {
    const offerOf = (c: ChosenOffer) => candidates[c.candidate].offer;
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
    if (loss <= EPSILON && (!keepOthers || rest.some(isOthers))) kept = rest;
  }
  return kept;
}
