import type { OfferKind } from '@lederloeft/contracts';
import { IKAST_BRANDE_FRAMEWORK } from '@lederloeft/domain';
import type { PlanInput, PlannerOffer, PlannerSession } from '../lib/plan-types';
import { gapProfile } from './fixtures';
import { prng } from './prng';

const KINDS: readonly OfferKind[] = [
  'course',
  'course',
  'course',
  'diploma-module',
  'e-learning',
  'e-learning',
  'network',
  'coaching',
  'mentoring',
  'theme-day',
  'job-rotation',
];
const ON_DEMAND_KINDS: readonly OfferKind[] = ['e-learning', 'coaching', 'mentoring'];

/** Price range in DKK (steps of 250) and typical hours per kind. */
const PROFILE: Readonly<Record<OfferKind, { price: [number, number]; hours: number[] }>> = {
  course: { price: [2000, 15000], hours: [7, 14, 14, 21] },
  'diploma-module': { price: [9000, 25000], hours: [40, 60, 80] },
  'e-learning': { price: [250, 3000], hours: [1, 2, 3.5, 7] },
  network: { price: [500, 3000], hours: [6, 12, 20] },
  coaching: { price: [4000, 15000], hours: [6, 8, 12] },
  mentoring: { price: [500, 2000], hours: [6, 10, 12] },
  'theme-day': { price: [500, 2500], hours: [3.5, 7] },
  'job-rotation': { price: [0, 0], hours: [37, 74, 150] },
};

function isoDay(offset: number): string {
  return new Date(Date.UTC(2027, 0, 4 + offset)).toISOString().slice(0, 10);
}

/**
 * A synthetic catalogue on the Ikast-Brande framework for the benchmark and the
 * time-limit test: `offers` offers with three sessions each on average (on-demand offers
 * have none), spread over a year, and one leader with gaps in every competency.
 */
export function syntheticInput(offers: number, seed = 42): PlanInput {
  const r = prng(seed);
  const competencies = IKAST_BRANDE_FRAMEWORK.competencies;
  const catalogue: PlannerOffer[] = [];
  let sessionCount = 0;
  for (let i = 0; i < offers; i++) {
    const kind = r.pick(KINDS);
    const onDemand = ON_DEMAND_KINDS.includes(kind) && r.chance(0.6);
    const sessions: PlannerSession[] = [];
    if (!onDemand) {
      const count = r.int(2, 5);
      for (let j = 0; j < count; j++) {
        const start = r.int(0, 360);
        const capacity = r.int(8, 30);
        sessions.push({
          id: `s${String(sessionCount++).padStart(6, '0')}`,
          startDate: isoDay(start),
          endDate: isoDay(start + r.pick([0, 0, 0, 1, 1, 2])),
          capacity,
          seatsTaken: r.chance(0.1) ? capacity : r.int(0, capacity - 1),
          registrationDeadline: isoDay(start - 14),
        });
      }
    }
    const effectCount = r.int(1, 2);
    const effects = [];
    for (let e = 0; e < effectCount; e++) {
      const competency = r.pick(competencies);
      effects.push({
        competencyKey: competency.key,
        strength: r.chance(0.3) ? ('strong' as const) : ('some' as const),
        behaviourKeys: competency.behaviours.filter(() => r.chance(0.15)).map((b) => b.key),
      });
    }
    catalogue.push({
      id: `o${String(i).padStart(6, '0')}`,
      code: `K${i}`,
      title: `Tilbud ${i}`,
      kind,
      format: 'in-person',
      language: r.chance(0.9) ? 'da' : 'en',
      location: r.pick(['Ikast', 'Brande', 'Herning', 'Aarhus']),
      hours: r.pick(PROFILE[kind].hours),
      priceDkk: r.int(PROFILE[kind].price[0] / 250, PROFILE[kind].price[1] / 250) * 250,
      targetLevels: r.pick([[], [], ['leder'], ['leder', 'leder-af-ledere'], ['teamleder']]),
      onDemand,
      status: 'published',
      effects,
      sessions,
    });
  }
  const gap = () => r.int(5, 25) / 10;
  return {
    competencies,
    gaps: gapProfile(
      competencies,
      Object.fromEntries(
        competencies.map((c) => [
          c.key,
          {
            gap: gap(),
            behaviours: Object.fromEntries(c.behaviours.map((b) => [b.key, gap() - 0.5])),
          },
        ]),
      ),
    ),
    leaderLevel: 'leder',
    offers: catalogue,
    priorities: { weights: { hedekraft: 2, 'paa-tvaers': 1.5 }, personalFocus: ['handlekraft'] },
    constraints: {
      budgetDkk: 30_000,
      hours: 80,
      period: { from: '2027-01-04', to: '2027-12-31' },
      languages: ['da'],
      maxFormalOffers: 3,
    },
    today: '2027-01-04',
    options: { includeLearningWithOthers: true },
  };
}
