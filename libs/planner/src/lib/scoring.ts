import type { EffectStrength } from '@lederloeft/contracts';
import { DomainError } from '@lederloeft/domain';
import { decimal, multiply, rational, type Rational } from './exact';
import type { EffectModel, EffectVector, PlanInput, PlannerOffer } from './plan-types';

export type { EffectVector } from './plan-types';

/**
 * Defaults of the effect model (docs/planner.md): a strong effect closes one level point of
 * a competency gap, some effect half a point; a behaviour the offer does not name gets half
 * of that; a competency's score is half the competency as a whole, half its behaviours.
 */
export const DEFAULT_EFFECT_MODEL: EffectModel = Object.freeze({
  strength: Object.freeze({ strong: 1, some: 0.5 }),
  generalBehaviourShare: 0.5,
  competencyShare: 0.5,
});

/** Extra weight of a personal focus when the priorities do not say. */
export const DEFAULT_FOCUS_BONUS = 0.5;

/** One term of the objective: a competency or one of its behaviours. */
export interface ScoreTerm {
  /** Index of the competency the term belongs to. */
  competency: number;
  /** -1 for the competency as a whole, else the behaviour's index in the competency. */
  behaviour: number;
  key: string;
  /** The gap, never below 0: closure is capped here. */
  gap: number;
  /** Objective points per level point closed. */
  coefficient: number;
  /**
   * The same coefficient as an exact rational, built from the decimals it comes from
   * (weight, focus bonus, shares, behaviour count); null when one of them is not a decimal
   * with at most six places. The exact rows of the model rest on it (exact.ts).
   */
  exactCoefficient: Rational | null;
}

export interface ScoredCompetency {
  key: string;
  weight: number;
  personalFocus: boolean;
  /** Raw gap from the profile (null when unknown). */
  gap: number | null;
  behaviours: { key: string; gap: number | null }[];
}

/**
 * The objective of docs/planner.md as data: the terms with their caps and weights, and
 * each offer's effect on them. Pure; the MIP, the greedy baseline and the explanations
 * all use it, so they agree on what a plan is worth.
 */
export interface Scoring {
  competencies: ScoredCompetency[];
  terms: ScoreTerm[];
  effectModel: EffectModel;
  /** The closure of every gap, Σ coefficient × gap: no plan can do better. */
  bestPossible: number;
}

function strengthOrder(strength: Exclude<EffectStrength, 'none'>): number {
  return strength === 'strong' ? 2 : 1;
}

export function buildScoring(input: PlanInput): Scoring {
  const effectModel = input.options?.effectModel ?? DEFAULT_EFFECT_MODEL;
  const weights = input.priorities.weights ?? {};
  const focus = new Set(input.priorities.personalFocus ?? []);
  const bonus = input.priorities.focusBonus ?? DEFAULT_FOCUS_BONUS;
  const gapByKey = new Map(input.gaps.competencies.map((c) => [c.key, c]));
  const competencies: ScoredCompetency[] = [];
  const terms: ScoreTerm[] = [];

  input.competencies.forEach((competency, ci) => {
    const gap = gapByKey.get(competency.key);
    const behaviourGaps = new Map((gap?.behaviours ?? []).map((b) => [b.key, b.gap]));
    const strategic = weights[competency.key] ?? 1;
    const personalFocus = focus.has(competency.key);
    const weight = strategic * (personalFocus ? 1 + bonus : 1);
    const behaviours = competency.behaviours.map((b) => ({
      key: b.key,
      gap: behaviourGaps.get(b.key) ?? null,
    }));
    competencies.push({
      key: competency.key,
      weight,
      personalFocus,
      gap: gap?.gap ?? null,
      behaviours,
    });
    // Behaviours without a known gap neither add nor dilute; with none known, the
    // competency as a whole carries the full weight.
    const known = behaviours.filter((b) => b.gap !== null).length;
    const share = known > 0 ? effectModel.competencyShare : 1;
    const competencyGap = Math.max(0, gap?.gap ?? 0);
    // The exact twin of weight × share (and × (1 − share) / known): same factors, as rationals.
    const exactStrategic = decimal(strategic);
    const exactBonus = decimal(bonus);
    const exactShare = known > 0 ? decimal(effectModel.competencyShare) : rational(1n);
    const exactWeight =
      exactStrategic === null || (personalFocus && exactBonus === null)
        ? null
        : personalFocus && exactBonus !== null
          ? multiply(exactStrategic, rational(exactBonus.num + exactBonus.den, exactBonus.den))
          : exactStrategic;
    if (weight > 0 && competencyGap > 0) {
      terms.push({
        competency: ci,
        behaviour: -1,
        key: competency.key,
        gap: competencyGap,
        coefficient: weight * share,
        exactCoefficient:
          exactWeight === null || exactShare === null ? null : multiply(exactWeight, exactShare),
      });
    }
    behaviours.forEach((behaviour, bi) => {
      const behaviourGap = Math.max(0, behaviour.gap ?? 0);
      if (weight > 0 && behaviourGap > 0) {
        terms.push({
          competency: ci,
          behaviour: bi,
          key: behaviour.key,
          gap: behaviourGap,
          coefficient: (weight * (1 - share)) / known,
          exactCoefficient:
            exactWeight === null || exactShare === null
              ? null
              : multiply(
                  exactWeight,
                  rational(exactShare.den - exactShare.num, exactShare.den * BigInt(known)),
                ),
        });
      }
    });
  });
  const bestPossible = terms.reduce((sum, t) => sum + t.coefficient * t.gap, 0);
  return { competencies, terms, effectModel, bestPossible };
}

/**
 * How much one choice of the offer closes each term, before the cap. An offer naming a
 * competency twice counts with its strongest effect; keys outside the framework are ignored.
 */
export function effectVector(scoring: Scoring, offer: PlannerOffer): EffectVector {
  const best = new Map<string, { strength: Exclude<EffectStrength, 'none'>; named: Set<string> }>();
  for (const effect of offer.effects) {
    const seen = best.get(effect.competencyKey);
    if (!seen) {
      best.set(effect.competencyKey, {
        strength: effect.strength,
        named: new Set(effect.behaviourKeys),
      });
    } else {
      if (strengthOrder(effect.strength) > strengthOrder(seen.strength)) {
        seen.strength = effect.strength;
      }
      effect.behaviourKeys.forEach((key) => seen.named.add(key));
    }
  }
  const vector: EffectVector = new Map();
  const { strength, generalBehaviourShare } = scoring.effectModel;
  scoring.terms.forEach((term, index) => {
    const competency = scoring.competencies[term.competency];
    const effect = best.get(competency.key);
    if (!effect) return;
    const value = strength[effect.strength];
    const amount =
      term.behaviour < 0 || effect.named.has(term.key) ? value : value * generalBehaviourShare;
    if (amount > 0) vector.set(index, amount);
  });
  return vector;
}

/** Raw (uncapped) effect per term of a set of chosen offers. */
export function rawEffects(scoring: Scoring, chosen: readonly EffectVector[]): number[] {
  const raw = scoring.terms.map(() => 0);
  for (const vector of chosen) {
    for (const [term, amount] of vector) raw[term] += amount;
  }
  return raw;
}

/** The objective of a set of chosen offers: Σ coefficient × min(gap, Σ effect). */
export function scoreOf(scoring: Scoring, chosen: readonly EffectVector[]): number {
  const raw = rawEffects(scoring, chosen);
  return scoring.terms.reduce(
    (sum, term, i) => sum + term.coefficient * Math.min(term.gap, raw[i]),
    0,
  );
}

/** Checks the numbers the engine relies on; every problem is reported at once. */
export function validatePlanInput(input: PlanInput): void {
  const issues: { path: string; message: string }[] = [];
  const { constraints, priorities } = input;
  const nonNegative = (value: number, path: string, label: string) => {
    if (!Number.isFinite(value) || value < 0) {
      issues.push({ path, message: `${label} skal være et tal på mindst 0.` });
    }
  };
  nonNegative(constraints.budgetDkk, 'constraints.budgetDkk', 'Budgettet');
  nonNegative(constraints.hours, 'constraints.hours', 'Timerne');
  if (!Number.isInteger(constraints.maxFormalOffers) || constraints.maxFormalOffers < 0) {
    issues.push({
      path: 'constraints.maxFormalOffers',
      message: 'Højst antal formelle tilbud skal være et helt tal på mindst 0.',
    });
  }
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;
  if (
    !isoDate.test(constraints.period.from) ||
    !isoDate.test(constraints.period.to) ||
    constraints.period.from > constraints.period.to
  ) {
    issues.push({
      path: 'constraints.period',
      message: 'Perioden skal have en start- og slutdato (ÅÅÅÅ-MM-DD), og start før slut.',
    });
  }
  if (!isoDate.test(input.today)) {
    issues.push({ path: 'today', message: 'Dagens dato skal være på formen ÅÅÅÅ-MM-DD.' });
  }
  for (const [key, weight] of Object.entries(priorities.weights ?? {})) {
    nonNegative(weight, `priorities.weights.${key}`, `Vægten for "${key}"`);
  }
  if (priorities.focusBonus !== undefined) {
    nonNegative(priorities.focusBonus, 'priorities.focusBonus', 'Tillægget for personligt fokus');
  }
  const offerIds = new Set<string>();
  const sessionIds = new Set<string>();
  input.offers.forEach((offer, i) => {
    if (offerIds.has(offer.id)) {
      issues.push({
        path: `offers[${i}].id`,
        message: `Tilbuddet "${offer.id}" står der to gange.`,
      });
    }
    offerIds.add(offer.id);
    nonNegative(offer.priceDkk, `offers[${i}].priceDkk`, `Prisen på "${offer.title}"`);
    nonNegative(offer.hours, `offers[${i}].hours`, `Timerne for "${offer.title}"`);
    offer.sessions.forEach((session, j) => {
      if (sessionIds.has(session.id)) {
        issues.push({
          path: `offers[${i}].sessions[${j}].id`,
          message: `Holdet "${session.id}" står der to gange.`,
        });
      }
      sessionIds.add(session.id);
      if (
        !isoDate.test(session.startDate) ||
        !isoDate.test(session.endDate) ||
        session.startDate > session.endDate
      ) {
        issues.push({
          path: `offers[${i}].sessions[${j}]`,
          message: `Holdet "${session.id}" skal have start- og slutdato, og start før slut.`,
        });
      }
    });
  });
  if (issues.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Data til planforslaget er ugyldige.', issues);
  }
}
