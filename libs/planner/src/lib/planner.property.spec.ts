import type { OfferKind } from '@lederloeft/contracts';
import { OFFER_KINDS } from '@lederloeft/contracts';
import type { Highs } from 'highs';
import { gapProfile, SMALL_FRAMEWORK } from '../test/fixtures';
import { prng } from '../test/prng';
import type { OfferPlanItem, PlanInput, PlannerOffer, PlannerSession } from './plan-types';
import { solvePlanSync } from './planner';
import { loadSolver } from './solver';

const FORMAL: readonly OfferKind[] = ['course', 'diploma-module', 'e-learning'];
const OTHERS: readonly OfferKind[] = ['network', 'coaching', 'mentoring', 'theme-day'];

function day(offset: number): string {
  const date = new Date(Date.UTC(2027, 1, 20 + offset));
  return date.toISOString().slice(0, 10);
}

function randomInstance(seed: number): PlanInput {
  const r = prng(seed);
  const gap = () => (r.chance(0.15) ? null : r.chance(0.2) ? -0.5 : Math.round(r.int(1, 20)) / 10);
  const gaps: Parameters<typeof gapProfile>[1] = {};
  for (const competency of SMALL_FRAMEWORK) {
    gaps[competency.key] = {
      gap: gap(),
      behaviours: Object.fromEntries(competency.behaviours.map((b) => [b.key, gap()])),
    };
  }
  const offerCount = r.int(r.chance(0.1) ? 1 : 4, 15);
  const offers: PlannerOffer[] = [];
  for (let i = 0; i < offerCount; i++) {
    const onDemand = r.chance(0.3);
    const sessions: PlannerSession[] = onDemand
      ? []
      : Array.from({ length: r.int(r.chance(0.1) ? 0 : 1, 2) }, (_, j) => {
          const start = r.int(0, 90);
          const capacity = r.int(1, 3);
          return {
            id: `s${i}-${j}`,
            startDate: day(start),
            endDate: day(start + r.int(0, 2)),
            capacity,
            seatsTaken: r.chance(0.15) ? capacity : r.int(0, capacity - 1),
            registrationDeadline: r.chance(0.1) ? '2027-01-10' : '2027-02-15',
          };
        });
    const effects = Array.from({ length: r.int(r.chance(0.1) ? 0 : 1, 2) }, () => {
      const competency = r.pick([...SMALL_FRAMEWORK.map((c) => c.key), 'elsewhere']);
      const behaviours = SMALL_FRAMEWORK.find((c) => c.key === competency)?.behaviours ?? [];
      return {
        competencyKey: competency,
        strength: r.pick(['some', 'strong'] as const),
        behaviourKeys: behaviours.filter(() => r.chance(0.4)).map((b) => b.key),
      };
    });
    offers.push({
      id: `o${String(i).padStart(2, '0')}`,
      title: `Tilbud ${i}`,
      kind: r.pick(OFFER_KINDS),
      language: r.chance(0.85) ? 'da' : 'en',
      location: 'Ikast',
      hours: r.pick([0, 3.5, 7, 14]),
      priceDkk: r.int(0, 20) * 250 + (r.chance(0.2) ? 0.5 : 0),
      targetLevels: r.pick([[], [], [], ['leder'], ['teamleder'], ['leder', 'teamleder']]),
      onDemand,
      status: r.chance(0.9) ? 'published' : 'draft',
      effects,
      sessions,
    });
  }
  return {
    competencies: SMALL_FRAMEWORK,
    gaps: gapProfile(SMALL_FRAMEWORK, gaps),
    leaderLevel: 'leder',
    offers,
    priorities: {
      weights: { a: r.pick([0, 0.5, 1, 2]), b: r.pick([0.5, 1, 2]) },
      personalFocus: r.chance(0.5) ? [r.pick(['a', 'b'])] : [],
    },
    constraints: {
      budgetDkk: r.chance(0.05) ? 0 : r.int(4, 24) * 750,
      hours: r.pick([14, 28, 40, 60]),
      period: { from: '2027-03-01', to: '2027-05-15' },
      languages: r.chance(0.5) ? ['da'] : ['da', 'en'],
      maxFormalOffers: r.int(0, 3),
    },
    today: '2027-02-01',
    options: { includeLearningWithOthers: r.chance(0.5) },
  };
}

/**
 * Instances where dominance pruning has work to do: the offers share two or three effect
 * templates (some copies weakened), prices and hours vary, half are on demand and the
 * dated ones start on one of three days, so sessions often contain one another.
 */
function dominanceHeavyInstance(seed: number): PlanInput {
  const base = randomInstance(seed);
  const r = prng(seed * 7919 + 13);
  const templates = Array.from({ length: r.int(2, 3) }, () =>
    Array.from({ length: r.int(1, 2) }, () => {
      const competency = r.pick(SMALL_FRAMEWORK);
      return {
        competencyKey: competency.key,
        strength: r.pick(['some', 'strong'] as const),
        behaviourKeys: competency.behaviours.filter(() => r.chance(0.5)).map((b) => b.key),
      };
    }),
  );
  const offers = Array.from({ length: r.int(6, 14) }, (_, i): PlannerOffer => {
    const onDemand = r.chance(0.5);
    const effects = r
      .pick(templates)
      .map((effect) =>
        r.chance(0.3)
          ? { ...effect, strength: 'some' as const, behaviourKeys: effect.behaviourKeys.slice(1) }
          : effect,
      );
    return {
      id: `d${String(i).padStart(2, '0')}`,
      title: `Tilbud ${i}`,
      kind: r.pick(OFFER_KINDS),
      language: 'da',
      location: 'Ikast',
      hours: r.pick([0, 3.5, 7, 7, 14]),
      priceDkk: r.int(0, 8) * 500,
      targetLevels: [],
      onDemand,
      status: 'published',
      effects,
      sessions: onDemand
        ? []
        : Array.from({ length: r.int(1, 2) }, (_, j) => {
            const start = r.pick([10, 30, 50]) + r.int(0, 1);
            return {
              id: `ds${i}-${j}`,
              startDate: day(start),
              endDate: day(start + r.int(0, 2)),
              capacity: 5,
              seatsTaken: 0,
              registrationDeadline: '2027-02-15',
            };
          }),
    };
  });
  return {
    ...base,
    offers,
    constraints: { ...base.constraints, budgetDkk: r.int(1, 12) * 500, languages: ['da'] },
  };
}

// ---- An independent reference: the documented rules, written out again, and brute force.

function sessionOk(input: PlanInput, s: PlannerSession): boolean {
  const { from, to } = input.constraints.period;
  return (
    s.startDate >= from &&
    s.endDate <= to &&
    s.registrationDeadline >= input.today &&
    s.capacity > s.seatsTaken
  );
}

function offerOk(input: PlanInput, o: PlannerOffer): boolean {
  return (
    (o.status ?? 'published') === 'published' &&
    (o.targetLevels.length === 0 || o.targetLevels.includes(input.leaderLevel)) &&
    input.constraints.languages.includes(o.language)
  );
}

/** The objective exactly as docs/planner.md states it. */
function referenceScore(input: PlanInput, chosen: readonly PlannerOffer[]): number {
  const value = { strong: 1, some: 0.5 };
  let total = 0;
  for (const competency of input.competencies) {
    const profile = input.gaps.competencies.find((c) => c.key === competency.key);
    const focus = input.priorities.personalFocus?.includes(competency.key) ?? false;
    const weight = (input.priorities.weights?.[competency.key] ?? 1) * (focus ? 1.5 : 1);
    const effects = chosen.flatMap((o) =>
      o.effects.filter((e) => e.competencyKey === competency.key).length > 0
        ? [
            {
              v: Math.max(
                ...o.effects
                  .filter((e) => e.competencyKey === competency.key)
                  .map((e) => value[e.strength]),
              ),
              named: new Set(
                o.effects
                  .filter((e) => e.competencyKey === competency.key)
                  .flatMap((e) => e.behaviourKeys),
              ),
            },
          ]
        : [],
    );
    const known = (profile?.behaviours ?? []).filter((b) => b.gap !== null);
    const share = known.length > 0 ? 0.5 : 1;
    const raw = effects.reduce((sum, e) => sum + e.v, 0);
    total += weight * share * Math.min(Math.max(0, profile?.gap ?? 0), raw);
    for (const behaviour of known) {
      const rawB = effects.reduce(
        (sum, e) => sum + (e.named.has(behaviour.key) ? e.v : e.v / 2),
        0,
      );
      total +=
        ((weight * (1 - share)) / known.length) * Math.min(Math.max(0, behaviour.gap ?? 0), rawB);
    }
  }
  return total;
}

interface Best {
  score: number;
  /** 1 when the plan has learning with others that addresses a gap. */
  others: number;
  cost: number;
  hours: number;
}

/**
 * Every feasible plan, and the lexicographic optimum of docs/planner.md: the most closure;
 * among those, when the preference is on and the catalogue has an eligible learning-with-
 * others offer that addresses a gap, one with such an offer; then the least cost; then the
 * fewest hours.
 */
function bruteForce(input: PlanInput): { best: Best; leaves: number } {
  const { constraints } = input;
  const options = input.offers.map((o) =>
    !offerOk(input, o) ? [] : o.onDemand ? [null] : o.sessions.filter((s) => sessionOk(input, s)),
  );
  // The balance counts learning with others that addresses a gap, not any such offer.
  const addsOthers = (o: PlannerOffer) => OTHERS.includes(o.kind) && referenceScore(input, [o]) > 0;
  const othersPreferred =
    (input.options?.includeLearningWithOthers ?? true) &&
    input.offers.some(
      (o, i) =>
        addsOthers(o) &&
        options[i].length > 0 &&
        o.priceDkk <= constraints.budgetDkk &&
        o.hours <= constraints.hours,
    );
  const all: Best[] = [];
  const chosen: PlannerOffer[] = [];
  const busy: PlannerSession[] = [];
  const walk = (i: number, cost: number, hours: number, formal: number) => {
    if (i === input.offers.length) {
      const others = othersPreferred && chosen.some(addsOthers) ? 1 : 0;
      all.push({ score: referenceScore(input, chosen), others, cost, hours });
      return;
    }
    walk(i + 1, cost, hours, formal);
    const o = input.offers[i];
    const isFormal = FORMAL.includes(o.kind);
    if (cost + o.priceDkk > constraints.budgetDkk + 1e-9) return;
    if (hours + o.hours > constraints.hours + 1e-9) return;
    if (isFormal && formal + 1 > constraints.maxFormalOffers) return;
    for (const session of options[i]) {
      if (
        session &&
        busy.some((b) => b.startDate <= session.endDate && session.startDate <= b.endDate)
      ) {
        continue;
      }
      chosen.push(o);
      if (session) busy.push(session);
      walk(i + 1, cost + o.priceDkk, hours + o.hours, formal + (isFormal ? 1 : 0));
      chosen.pop();
      if (session) busy.pop();
    }
  };
  walk(0, 0, 0, 0);
  return { best: lexicographicBest(all), leaves: all.length };
}

/** The lexicographic optimum of a set of plans (closure, learning with others, cost, hours). */
function lexicographicBest(all: readonly Best[]): Best {
  const score = Math.max(...all.map((b) => b.score));
  const closest = all.filter((b) => b.score >= score - 1e-6);
  const others = Math.max(...closest.map((b) => b.others));
  const balanced = closest.filter((b) => b.others === others);
  const cost = Math.min(...balanced.map((b) => b.cost));
  const hours = Math.min(...balanced.filter((b) => b.cost <= cost + 1e-6).map((b) => b.hours));
  return { score, others, cost, hours };
}

/** Every hard constraint, checked on the plan itself. */
function assertHardConstraints(input: PlanInput, items: OfferPlanItem[]): void {
  const { constraints } = input;
  const byId = new Map(input.offers.map((o) => [o.id, o]));
  const cost = items.reduce((sum, i) => sum + i.priceDkk, 0);
  const hours = items.reduce((sum, i) => sum + i.hours, 0);
  expect(cost).toBeLessThanOrEqual(constraints.budgetDkk + 1e-6);
  expect(hours).toBeLessThanOrEqual(constraints.hours + 1e-6);
  expect(new Set(items.map((i) => i.offerId)).size).toBe(items.length);
  expect(items.filter((i) => FORMAL.includes(i.kind)).length).toBeLessThanOrEqual(
    constraints.maxFormalOffers,
  );
  const sessions: PlannerSession[] = [];
  for (const item of items) {
    const o = byId.get(item.offerId);
    expect(o).toBeDefined();
    if (!o) continue;
    expect(offerOk(input, o)).toBe(true);
    if (o.onDemand) {
      expect(item.sessionId).toBeNull();
    } else {
      const session = o.sessions.find((s) => s.id === item.sessionId);
      expect(session).toBeDefined();
      if (!session) continue;
      expect(sessionOk(input, session)).toBe(true);
      for (const other of sessions) {
        expect(session.startDate <= other.endDate && other.startDate <= session.endDate).toBe(
          false,
        );
      }
      sessions.push(session);
    }
  }
}

describe('property: the engine equals exhaustive search on small instances', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadSolver();
  });

  it('matches the brute-force optimum (closure, learning with others, cost, hours) on 250 instances', () => {
    let nonTrivial = 0;
    for (let seed = 1; seed <= 250; seed++) {
      const input = randomInstance(seed);
      // Exactness is the point here: the tie-breaks run to their proof whatever the load.
      const plan = solvePlanSync(input, highs, { answerBudgetSeconds: Infinity });
      const { best, leaves } = bruteForce(input);
      const items = plan.items.filter((i): i is OfferPlanItem => i.type === 'offer');
      const context = `seed ${seed}`;
      expect([context, plan.status, plan.tieBreak]).toEqual([context, 'optimal', 'proven']);
      expect([context, Math.abs(plan.objective - best.score) <= 1e-6]).toEqual([context, true]);
      const chosenOffers = items.map((i) => input.offers.find((o) => o.id === i.offerId));
      expect(
        Math.abs(referenceScore(input, chosenOffers as PlannerOffer[]) - plan.objective),
      ).toBeLessThanOrEqual(1e-9);
      expect([context, plan.learningWithOthers === 'included' ? 1 : 0]).toEqual([
        context,
        best.others,
      ]);
      expect([context, plan.budget.usedDkk]).toEqual([context, best.cost]);
      expect([context, plan.hours.used]).toEqual([context, best.hours]);
      assertHardConstraints(input, items);
      if (leaves > 4 && best.score > 0) nonTrivial++;
    }
    // The instances must exercise real choices, not only empty catalogues.
    expect(nonTrivial).toBeGreaterThanOrEqual(150);
  });

  it('matches the brute-force optimum on 150 instances where dominance pruning removes offers', () => {
    let pruned = 0;
    let nonTrivial = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const input = dominanceHeavyInstance(seed);
      // Exactness is the point here: the tie-breaks run to their proof whatever the load.
      const plan = solvePlanSync(input, highs, { answerBudgetSeconds: Infinity });
      const { best, leaves } = bruteForce(input);
      const items = plan.items.filter((i): i is OfferPlanItem => i.type === 'offer');
      const context = `seed ${seed}`;
      expect([context, plan.status, plan.tieBreak]).toEqual([context, 'optimal', 'proven']);
      expect([context, Math.abs(plan.objective - best.score) <= 1e-6]).toEqual([context, true]);
      expect([context, plan.learningWithOthers === 'included' ? 1 : 0]).toEqual([
        context,
        best.others,
      ]);
      expect([context, plan.budget.usedDkk]).toEqual([context, best.cost]);
      expect([context, plan.hours.used]).toEqual([context, best.hours]);
      assertHardConstraints(input, items);
      // Every offer is either in the plan or explained, pruned or not.
      expect(items.length + plan.leftOut.length).toBe(input.offers.length);
      if (plan.model.dominatedOffers > 0) pruned++;
      if (leaves > 4 && best.score > 0) nonTrivial++;
    }
    expect(pruned).toBeGreaterThanOrEqual(75);
    expect(nonTrivial).toBeGreaterThanOrEqual(100);
  });
});
