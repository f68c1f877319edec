import type { OfferKind } from '@lederloeft/contracts';
import { OFFER_KINDS } from '@lederloeft/contracts';
import type { PlanInput, PlannerOffer, PlannerSession } from '../lib/plan-types';
import { gapProfile } from './fixtures';
import { prng } from './prng';

type Random = ReturnType<typeof prng>;

function day(offset: number): string {
  return new Date(Date.UTC(2027, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** A random offer on the given competencies (ids from `id`), as HR would enter one. */
export function randomOffer(
  r: Random,
  id: string,
  competencies: readonly { key: string; behaviours: readonly { key: string }[] }[],
): PlannerOffer {
  const kind: OfferKind = r.pick(OFFER_KINDS);
  const onDemand = r.chance(0.3);
  const sessions: PlannerSession[] = onDemand
    ? []
    : Array.from({ length: r.int(1, 3) }, (_, j) => {
        const start = r.int(20, 200);
        const capacity = r.int(1, 20);
        return {
          id: `${id}-s${j}`,
          startDate: day(start),
          endDate: day(start + r.pick([0, 0, 1, 2])),
          capacity,
          seatsTaken: r.chance(0.1) ? capacity : r.int(0, capacity - 1),
          registrationDeadline: r.chance(0.05) ? day(0) : day(15),
          place: r.pick(['Ikast', 'Brande', 'Herning']),
        };
      });
  const effects = Array.from({ length: r.int(1, 2) }, () => {
    const competency = r.pick(competencies);
    return {
      competencyKey: competency.key,
      strength: r.pick(['some', 'strong'] as const),
      behaviourKeys: competency.behaviours.filter(() => r.chance(0.4)).map((b) => b.key),
    };
  });
  // Mostly steps of 250 DKK, now and then an odd price (a 65 DKK theme day, 42.02 DKK).
  const priceDkk = r.chance(0.1) ? r.pick([65, 42.02, 1430.19, 99.5]) : r.int(0, 24) * 250;
  return {
    id,
    code: id.toUpperCase(),
    title: `Tilbud ${id}`,
    kind,
    format: r.chance(0.2) ? 'online' : 'in-person',
    language: r.chance(0.9) ? 'da' : 'en',
    location: r.pick(['Ikast', 'Brande', null]),
    hours: r.pick([0, 1, 2, 3.5, 6, 7, 12, 14]),
    priceDkk,
    targetLevels: r.pick([[], [], ['leder'], ['teamleder']]),
    onDemand,
    status: r.chance(0.95) ? 'published' : 'draft',
    effects,
    sessions,
  };
}

/**
 * A random leader and catalogue where money and time are short, so that not every gap can
 * be closed (the instances of issue 17): 3–4 competencies with 1–3 behaviours, gaps with two
 * decimals, 12–40 offers of every kind, a tight budget and few hours.
 */
export function partialClosureInstance(
  seed: number,
  size: { offers: [number, number]; competencies: [number, number] } = {
    offers: [12, 40],
    competencies: [3, 4],
  },
): PlanInput {
  const r = prng(seed * 2654435761);
  const competencies = Array.from({ length: r.int(...size.competencies) }, (_, k) => ({
    key: `k${k}`,
    title: { da: `Kompetence ${k}`, en: `Competency ${k}` },
    behaviours: Array.from({ length: r.int(1, 3) }, (_, b) => ({
      key: `k${k}.b${b}`,
      group: b % 2 === 0 ? ('frame' as const) : ('personal' as const),
      text: { da: `Adfærd ${k}.${b}`, en: `Behaviour ${k}.${b}` },
    })),
  }));
  const gap = () => (r.chance(0.15) ? null : r.chance(0.1) ? -0.3 : r.int(10, 250) / 100);
  const gaps = Object.fromEntries(
    competencies.map((c) => [
      c.key,
      {
        gap: r.chance(0.1) ? null : r.int(10, 250) / 100,
        behaviours: Object.fromEntries(c.behaviours.map((b) => [b.key, gap()])),
      },
    ]),
  );
  const offers = Array.from({ length: r.int(...size.offers) }, (_, i) =>
    randomOffer(r, `o${String(i).padStart(3, '0')}`, competencies),
  );
  return {
    competencies,
    gaps: gapProfile(competencies, gaps),
    leaderLevel: 'leder',
    offers,
    priorities: {
      weights: Object.fromEntries(competencies.map((c) => [c.key, r.pick([0.5, 1, 1, 2, 3])])),
      personalFocus: r.chance(0.4) ? [r.pick(competencies).key] : [],
    },
    constraints: {
      budgetDkk: r.int(1, 16) * 500,
      hours: r.pick([3.5, 7, 10, 14, 21]),
      period: { from: day(10), to: day(250) },
      languages: r.chance(0.7) ? ['da'] : ['da', 'en'],
      locations: r.chance(0.3) ? ['ikast '] : [],
      maxFormalOffers: r.int(1, 3),
    },
    today: day(5),
    options: { includeLearningWithOthers: r.chance(0.7) },
  };
}
