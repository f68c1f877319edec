import type { Candidate, LearningCategory, PlanInput } from './plan-types';
import type { Scoring } from './scoring';

/**
 * How freely an offer of a category can be added to a plan: a formal offer counts against
 * K, learning on the job is unconstrained, learning with others is unconstrained and also
 * satisfies the learning-with-others row. Replacing an offer by one of the same or a higher
 * rank never breaks the K row nor the learning-with-others row.
 */
const CATEGORY_RANK: Readonly<Record<LearningCategory, number>> = {
  formal: 0,
  experience: 1,
  others: 2,
};

const TOLERANCE = 1e-9;

/**
 * Whether A can always stand in for B in time: A is on demand, or every eligible session
 * of B contains (start ≥, end ≤) an eligible session of A. A's session then shares a day
 * only with sessions that B's session shared a day with.
 */
function coversInTime(a: Candidate, b: Candidate): boolean {
  if (a.offer.onDemand) return true;
  if (b.offer.onDemand) return false;
  return b.sessions.every((s) =>
    a.sessions.some((x) => x.startDate >= s.startDate && x.endDate <= s.endDate),
  );
}

export interface Pruned {
  /** Candidates that enter the model, in their original (id) order. */
  kept: Candidate[];
  /** Candidates left out because enough kept candidates dominate them, in id order. */
  dominated: Candidate[];
}

/**
 * Dominance pruning; exact, it cannot change the lexicographic optimum (closure, then cost,
 * then hours).
 *
 * A dominates B when: A costs at most B's price and hours; A's category rank is at least
 * B's (CATEGORY_RANK); A covers B in time (coversInTime); and on every objective term t,
 * min(a_At, cap_t) ≥ min(a_Bt, cap_t), the effects clipped at the term's gap.
 *
 * Swap lemma: in any feasible plan P that contains B but not A, the plan P − B + A is
 * feasible (budget, hours: A is not dearer; K and learning with others: by the rank;
 * overlap: A's session lies inside B's chosen session, or A is on demand; seats and
 * registration: only eligible sessions are candidates) and its closure is at least P's:
 * for each term, min(cap, R + a_A) ≥ min(cap, R + a_B) because either a_A ≥ cap (the term
 * is closed) or a_A < cap and then a_A ≥ a_B. Its cost and hours are at most P's. So the
 * swapped plan is lexicographically at least as good.
 *
 * Counting: let D be the kept dominators of B. In an optimal plan P that contains B, the
 * dominators that are also in P fit together with B: their prices sum to at most
 * budget − p_B, their hours to at most hours − h_B, and at most K (K − 1 when B is formal)
 * of them are formal. The most of D that can do so, m(D), is bounded by taking the
 * cheapest prices, the fewest hours and the formal count separately. If |D| > m(D), some
 * A ∈ D is outside P, and the swap gives an optimal plan without B.
 *
 * Order: candidates are visited cheapest first and only candidates already kept count as
 * dominators; a kept candidate is never removed later. So every removal keeps the optimum
 * of the candidate set that finally remains, by induction over the removals.
 */
export function pruneDominated(
  candidates: readonly Candidate[],
  scoring: Scoring,
  input: PlanInput,
): Pruned {
  const termCount = scoring.terms.length;
  const clipped = candidates.map((c) => {
    const vector = new Float64Array(termCount);
    c.effects.forEach((amount, t) => (vector[t] = Math.min(amount, scoring.terms[t].gap)));
    return vector;
  });
  const support = candidates.map((c) => [...c.effects.keys()]);
  const total = clipped.map((v) => v.reduce((sum, x) => sum + x, 0));
  const order = candidates
    .map((_, i) => i)
    .sort((i, j) => {
      const a = candidates[i];
      const b = candidates[j];
      return (
        a.offer.priceDkk - b.offer.priceDkk ||
        a.offer.hours - b.offer.hours ||
        CATEGORY_RANK[b.category] - CATEGORY_RANK[a.category] ||
        Number(b.offer.onDemand) - Number(a.offer.onDemand) ||
        total[j] - total[i] ||
        i - j
      );
    });

  // Flat arrays: the scan below runs over thousands of pairs on a large catalogue.
  const price = Float64Array.from(candidates, (c) => c.offer.priceDkk);
  const hours = Float64Array.from(candidates, (c) => c.offer.hours);
  const rank = Int8Array.from(candidates, (c) => CATEGORY_RANK[c.category]);
  const dominates = (a: number, b: number): boolean => {
    if (hours[a] > hours[b] || rank[a] < rank[b]) return false;
    const va = clipped[a];
    const vb = clipped[b];
    for (const t of support[b]) if (va[t] < vb[t]) return false;
    return coversInTime(candidates[a], candidates[b]);
  };

  // Kept candidates per term they act on, in visiting order (cheapest first): a dominator
  // acts on every term of B's support and costs at most B's price.
  const keptByTerm: number[][] = scoring.terms.map(() => []);
  const { budgetDkk, hours: hoursLimit, maxFormalOffers } = input.constraints;
  const removed = new Set<number>();
  for (const b of order) {
    const B = candidates[b].offer;
    let shortest = keptByTerm[support[b][0]] ?? [];
    for (const t of support[b])
      if (keptByTerm[t].length < shortest.length) shortest = keptByTerm[t];
    // Dominators found so far: how many of them can share a plan with B at most.
    const budgetLeft = budgetDkk - B.priceDkk + TOLERANCE;
    const hoursLeft = hoursLimit - B.hours + TOLERANCE;
    const formalLeft = maxFormalOffers - (candidates[b].category === 'formal' ? 1 : 0);
    let found = 0;
    let formalFound = 0;
    let priceSum = 0;
    let priceFit = 0;
    const hoursFound: number[] = [];
    let isDominated = false;
    for (const a of shortest) {
      if (price[a] > price[b]) break;
      if (!dominates(a, b)) continue;
      const A = candidates[a].offer;
      found++;
      if (candidates[a].category === 'formal') formalFound++;
      // Visited by price ascending, so the cheapest prices come first.
      priceSum += A.priceDkk;
      if (priceSum <= budgetLeft) priceFit++;
      let at = hoursFound.length;
      while (at > 0 && hoursFound[at - 1] > A.hours) at--;
      hoursFound.splice(at, 0, A.hours);
      let hoursSum = 0;
      let hoursFit = 0;
      for (const h of hoursFound) {
        hoursSum += h;
        if (hoursSum > hoursLeft) break;
        hoursFit++;
      }
      const fitInPlan = Math.min(
        priceFit,
        hoursFit,
        Math.max(0, Math.min(formalLeft, formalFound)) + (found - formalFound),
      );
      if (found > fitInPlan) {
        isDominated = true;
        break;
      }
    }
    if (isDominated) {
      removed.add(b);
    } else {
      for (const t of support[b]) keptByTerm[t].push(b);
    }
  }
  return {
    kept: candidates.filter((_, i) => !removed.has(i)),
    dominated: candidates.filter((_, i) => removed.has(i)),
  };
}
