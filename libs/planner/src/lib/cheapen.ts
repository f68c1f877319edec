import type { ChosenOffer } from './chosen';
import { sessionsOverlap, type Formulation } from './formulation';
import type { PlanInput } from './plan-types';

export type { ChosenOffer } from './chosen';

const TOLERANCE = 1e-9;

/**
 * A cheaper plan with at least the same closure: a local search from a feasible plan that
 * drops offers, swaps one offer for a cheaper one, one for two cheaper ones, or two for one,
 * while every hard constraint holds (budget, hours, K, no overlap), the closure does not fall
 * and a learning-with-others offer stays when the start has one. It lowers cost first,
 * then hours.
 *
 * It only supplies a first incumbent to the cost tie-break stage (the solver checks it
 * against the closure row and keeps the better start), so it affects speed, never the
 * result: the solver still proves the least cost. Deterministic: moves are tried in a fixed
 * order (dearest chosen offer first, cheapest replacement first, ties by index), and the
 * search stops after `maxMoves` improvements.
 */
export function cheapenPlan(
  input: PlanInput,
  formulation: Formulation,
  start: readonly ChosenOffer[],
  maxMoves = 50,
): ChosenOffer[] {
  const { scoring, candidates } = formulation;
  // The balance tie-break ranks a plan with learning with others above one without: a
  // cheaper plan must keep one if the start has one.
  const keepOthers = start.some((c) => candidates[c.candidate].category === 'others');
  const { budgetDkk, hours: hoursLimit, maxFormalOffers } = input.constraints;
  const terms = scoring.terms;
  const price = candidates.map((c) => c.offer.priceDkk);
  const hours = candidates.map((c) => c.offer.hours);
  const entries = candidates.map((c) => [...c.effects.entries()]);
  const raw = new Float64Array(terms.length);
  const score = () => {
    let sum = 0;
    for (let t = 0; t < terms.length; t++)
      sum += terms[t].coefficient * Math.min(terms[t].gap, raw[t]);
    return sum;
  };
  const apply = (ci: number, sign: 1 | -1) => {
    for (const [t, amount] of entries[ci]) raw[t] += sign * amount;
  };

  let plan = [...start];
  for (const c of plan) apply(c.candidate, 1);
  const target = score() - TOLERANCE;

  // Whether `rest` plus `added` is feasible; returns the added offers with their sessions.
  const tryPlan = (rest: ChosenOffer[], added: number[]): ChosenOffer[] | null => {
    let cost = 0;
    let time = 0;
    let formal = 0;
    let others = 0;
    const all = [...rest.map((c) => c.candidate), ...added];
    for (const ci of all) {
      cost += price[ci];
      time += hours[ci];
      if (candidates[ci].category === 'formal') formal++;
      if (candidates[ci].category === 'others') others++;
    }
    if (cost > budgetDkk + TOLERANCE || time > hoursLimit + TOLERANCE) return null;
    if (formal > maxFormalOffers || (keepOthers && others === 0)) return null;
    for (const ci of added) apply(ci, 1);
    const enough = score() >= target;
    for (const ci of added) apply(ci, -1);
    if (!enough) return null;
    const busy = rest.flatMap((c) => (c.session ? [c.session] : []));
    const result: ChosenOffer[] = [];
    for (const ci of added) {
      if (candidates[ci].offer.onDemand) {
        result.push({ candidate: ci, session: null });
        continue;
      }
      const free = candidates[ci].sessions.find((s) => busy.every((b) => !sessionsOverlap(s, b)));
      if (!free) return null;
      busy.push(free);
      result.push({ candidate: ci, session: free });
    }
    return result;
  };
  const better = (p1: number, h1: number, p2: number, h2: number) =>
    p1 < p2 - TOLERANCE || (Math.abs(p1 - p2) <= TOLERANCE && h1 < h2 - TOLERANCE);
  const byPrice = candidates
    .map((_, i) => i)
    .sort((a, b) => price[a] - price[b] || hours[a] - hours[b] || a - b);

  // One improving move, or null when none is found.
  const improve = (): ChosenOffer[] | null => {
    const inPlan = new Set(plan.map((c) => c.candidate));
    const dearest = [...plan].sort(
      (a, b) =>
        price[b.candidate] - price[a.candidate] ||
        hours[b.candidate] - hours[a.candidate] ||
        a.candidate - b.candidate,
    );
    // Drop an offer.
    for (const out of dearest) {
      const rest = plan.filter((c) => c !== out);
      apply(out.candidate, -1);
      const ok = tryPlan(rest, []);
      apply(out.candidate, 1);
      if (ok) return rest;
    }
    // One for one cheaper, then one for two cheaper together.
    for (const out of dearest) {
      const o = out.candidate;
      const rest = plan.filter((c) => c !== out);
      apply(o, -1);
      try {
        for (const c of byPrice) {
          if (!better(price[c], hours[c], price[o], hours[o])) break;
          if (inPlan.has(c)) continue;
          const added = tryPlan(rest, [c]);
          if (added) return [...rest, ...added];
        }
        // Pairs among the cheapest replacements that act on a term the offer acted on.
        const acts = new Set(entries[o].map(([t]) => t));
        const pool = byPrice
          .filter((c) => !inPlan.has(c) && price[c] < price[o] - TOLERANCE)
          .filter((c) => entries[c].some(([t]) => acts.has(t)))
          .slice(0, 60);
        let best: ChosenOffer[] | null = null;
        let bestPrice = price[o];
        let bestHours = hours[o];
        for (let i = 0; i < pool.length; i++) {
          for (let j = i + 1; j < pool.length; j++) {
            const p = price[pool[i]] + price[pool[j]];
            const h = hours[pool[i]] + hours[pool[j]];
            if (!better(p, h, bestPrice, bestHours)) continue;
            const added = tryPlan(rest, [pool[i], pool[j]]);
            if (added) {
              best = [...rest, ...added];
              bestPrice = p;
              bestHours = h;
            }
          }
        }
        if (best) return best;
      } finally {
        apply(o, 1);
      }
    }
    // Two for one cheaper.
    for (let i = 0; i < dearest.length; i++) {
      for (let j = i + 1; j < dearest.length; j++) {
        const [a, b] = [dearest[i].candidate, dearest[j].candidate];
        const rest = plan.filter((c) => c !== dearest[i] && c !== dearest[j]);
        apply(a, -1);
        apply(b, -1);
        try {
          for (const c of byPrice) {
            if (inPlan.has(c)) continue;
            if (!better(price[c], hours[c], price[a] + price[b], hours[a] + hours[b])) break;
            const added = tryPlan(rest, [c]);
            if (added) return [...rest, ...added];
          }
        } finally {
          apply(a, 1);
          apply(b, 1);
        }
      }
    }
    return null;
  };

  for (let move = 0; move < maxMoves; move++) {
    const next = improve();
    if (next === null) break;
    for (const c of plan) apply(c.candidate, -1);
    plan = next;
    for (const c of plan) apply(c.candidate, 1);
  }
  return plan;
}
