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
        strength: r.chance(0.35) ? ('strong' as const) : ('some' as const),
        behaviourKeys: competency.behaviours.filter(() => r.chance(0.2)).map((b) => b.key),
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
      hours: r.pick([2, 3.5, 7, 7, 14, 14, 21, 28, 37]),
      priceDkk: kind === 'job-rotation' ? 0 : r.int(0, 60) * 500,
      targetLevels: r.pick([[], [], ['leder'], ['leder', 'leder-af-ledere'], ['teamleder']]),
      onDemand,
      status: 'published',
      effects,
      sessions,
    });
  }
  const gap = () => Math.round(r.int(2, 25)) / 10;
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
      budgetDkk: 40_000,
      hours: 80,
      period: { from: '2027-01-04', to: '2027-12-31' },
      languages: ['da'],
      maxFormalOffers: 3,
    },
    today: '2027-01-04',
    options: { includeLearningWithOthers: true },
  };
}
