import type { CompetencyDocument, OfferKind, OfferLanguage } from '@lederloeft/contracts';
import type { CompetencyGap, GapProfile } from '@lederloeft/domain';
import type { PlanInput, PlannerOffer, PlannerSession } from '../lib/plan-types';

type Competency = Pick<CompetencyDocument, 'key' | 'title' | 'behaviours'>;

/** A small framework: two competencies with two behaviours each. */
export const SMALL_FRAMEWORK: Competency[] = ['a', 'b'].map((key) => ({
  key,
  title: { da: `Kompetence ${key}`, en: `Competency ${key}` },
  behaviours: [1, 2].map((n) => ({
    key: `${key}.${n}`,
    group: n === 1 ? ('frame' as const) : ('personal' as const),
    text: { da: `Adfærd ${key}${n}`, en: `Behaviour ${key}${n}` },
  })),
}));

/**
 * A gap profile: per competency its gap and optional behaviour gaps; competencies and
 * behaviours left out have no gap (null, status no-evidence).
 */
export function gapProfile(
  competencies: readonly Competency[],
  gaps: Record<string, { gap: number | null; behaviours?: Record<string, number | null> }>,
): GapProfile {
  return {
    competencies: competencies.map((competency): CompetencyGap => {
      const given = gaps[competency.key];
      const gap = given?.gap ?? null;
      return {
        key: competency.key,
        target: gap === null ? null : 4,
        observed: {},
        combined: gap === null ? null : 4 - gap,
        gap,
        evidence: { sources: [], ratings: 0 },
        status: gap === null ? 'no-evidence' : gap > 0 ? 'gap' : 'met',
        blindSpot: null,
        behaviours: competency.behaviours.map((b) => {
          const behaviourGap = given?.behaviours?.[b.key] ?? null;
          return {
            key: b.key,
            observed: {},
            combined: behaviourGap === null ? null : 4 - behaviourGap,
            gap: behaviourGap,
            evidence: { sources: [], ratings: 0 },
            status: behaviourGap === null ? 'no-evidence' : behaviourGap > 0 ? 'gap' : 'met',
            blindSpot: null,
          };
        }),
      };
    }),
  };
}

export interface OfferSpec {
  id: string;
  kind?: OfferKind;
  price?: number;
  hours?: number;
  language?: OfferLanguage;
  levels?: string[];
  location?: string | null;
  /** Default: on demand exactly when no sessions are given. */
  onDemand?: boolean;
  status?: PlannerOffer['status'];
  effects?: [string, 'some' | 'strong', string[]?][];
  /** [start, end] or a full session; ids are `${offer id}-s${n}`. */
  sessions?: ([string, string] | Partial<PlannerSession>)[];
}

export function offer(spec: OfferSpec): PlannerOffer {
  return {
    id: spec.id,
    code: spec.id.toUpperCase(),
    title: `Tilbud ${spec.id}`,
    kind: spec.kind ?? 'course',
    format: 'in-person',
    language: spec.language ?? 'da',
    location: spec.location === undefined ? 'Ikast' : spec.location,
    hours: spec.hours ?? 7,
    priceDkk: spec.price ?? 1000,
    targetLevels: spec.levels ?? [],
    onDemand: spec.onDemand ?? spec.sessions === undefined,
    status: spec.status ?? 'published',
    effects: (spec.effects ?? []).map(([competencyKey, strength, behaviourKeys]) => ({
      competencyKey,
      strength,
      behaviourKeys: behaviourKeys ?? [],
    })),
    sessions: (spec.sessions ?? []).map((s, i) => {
      const base: PlannerSession = {
        id: `${spec.id}-s${i + 1}`,
        startDate: '2027-03-01',
        endDate: '2027-03-01',
        capacity: 20,
        seatsTaken: 0,
        registrationDeadline: '2027-02-01',
      };
      return Array.isArray(s) ? { ...base, startDate: s[0], endDate: s[1] } : { ...base, ...s };
    }),
  };
}

/** An input on the small framework with generous constraints unless overridden. */
export function smallInput(
  offers: PlannerOffer[],
  overrides: Partial<Omit<PlanInput, 'constraints'>> & {
    constraints?: Partial<PlanInput['constraints']>;
  } = {},
): PlanInput {
  const { constraints, ...rest } = overrides;
  return {
    competencies: SMALL_FRAMEWORK,
    gaps: gapProfile(SMALL_FRAMEWORK, {
      a: { gap: 1, behaviours: { 'a.1': 1, 'a.2': 1 } },
      b: { gap: 1, behaviours: { 'b.1': 1, 'b.2': 1 } },
    }),
    leaderLevel: 'leder-af-ledere',
    offers,
    priorities: {},
    today: '2027-01-15',
    options: { includeLearningWithOthers: false },
    ...rest,
    constraints: {
      budgetDkk: 100_000,
      hours: 1000,
      period: { from: '2027-01-01', to: '2027-12-31' },
      languages: ['da'],
      maxFormalOffers: 10,
      ...constraints,
    },
  };
}
