import { LEFT_OUT_REASONS, sessionsOverlap, type Formulation } from './formulation';
import type { ChosenOffer } from './chosen';
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
  PlannerProposal,
} from './plan-types';
import { rawEffects, scoreOf, type EffectVector } from './scoring';
import { settlePlan } from './settle';
import type { SolveResult } from './solve-types';

const EPSILON = 1e-9;

/**
 * Turns the solver's answer into the plan with its explanations, once the engine has
 * checked it (settle.ts). `start` is the solver's first incumbent (the greedy plan), the
 * fallback should no solution of the solver pass the check.
 */
export function buildProposal(
  input: PlanInput,
  formulation: Formulation,
  result: SolveResult | null,
  start: readonly ChosenOffer[] | null = null,
): PlannerProposal {
  const { scoring, candidates } = formulation;
  const settled = settlePlan(input, formulation, result, start);
  const { chosen, status, tieBreak } = settled;
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
  const { bestPossible } = scoring;
  const dualBound =
    settled.closureBound === null ? bestPossible : Math.min(settled.closureBound, bestPossible);
  const objectiveBound = status === 'optimal' ? objective : Math.max(dualBound, objective);
  const mipGap =
    status === 'optimal' || objectiveBound <= 0 ? 0 : (objectiveBound - objective) / objectiveBound;

  return {
    status,
    mipGap,
    tieBreak,
    tieBreakBounds: settled.tieBreakBounds,
    learningWithOthers: settled.learningWithOthers,
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

/** Why each offer outside the plan is outside it. */
function leftOutOffers(
  input: PlanInput,
  formulation: Formulation,
  chosen: readonly ChosenOffer[],
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
  // Without learning with others in the plan, such an offer would add the balance even where
  // it adds no closure: then what keeps it out is a limit, not that it is not needed.
  const balanceOpen =
    formulation.prefersOthers && !chosen.some((c) => candidates[c.candidate].category === 'others');
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
      const addsBalance = balanceOpen && candidate.category === 'others';
      if (gain <= EPSILON && !addsBalance) {
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
