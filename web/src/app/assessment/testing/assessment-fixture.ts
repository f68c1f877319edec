import type {
  AssessmentRoundView,
  BehaviourGapView,
  CompetencyGapView,
  GapProfileView,
  RatingSheetView,
} from '@lederloeft/contracts';
import { FRAMEWORK_FIXTURE } from '../../framework/testing/framework-fixture';

/** Test data only: an open round on the fixture framework, with the default 1-5 scale. */
export const ROUND_FIXTURE: AssessmentRoundView = {
  id: 'round-1',
  name: 'Lederevaluering 2026',
  frameworkId: FRAMEWORK_FIXTURE.id,
  periodStart: '2026-09-01',
  periodEnd: '2026-12-18',
  sources: ['self', 'manager', 'employees', 'survey'],
  status: 'open',
  minRespondents: 3,
  weights: { self: 1, manager: 2, employees: 2, survey: 1 },
  scale: [
    { value: 1, label: { da: 'I meget lav grad', en: 'To a very small extent' } },
    { value: 2, label: { da: 'I lav grad', en: 'To a small extent' } },
    { value: 3, label: { da: 'I nogen grad', en: 'To some extent' } },
    { value: 4, label: { da: 'I høj grad', en: 'To a large extent' } },
    { value: 5, label: { da: 'I meget høj grad', en: 'To a very large extent' } },
  ],
};

export const CLOSED_ROUND_FIXTURE: AssessmentRoundView = {
  ...ROUND_FIXTURE,
  id: 'round-0',
  name: 'Lederevaluering 2025',
  status: 'closed',
};

/** Every behaviour key of the fixture framework, in order (14). */
export const BEHAVIOUR_KEYS: string[] = FRAMEWORK_FIXTURE.competencies.flatMap((c) =>
  c.behaviours.map((b) => b.key),
);

/** A rating sheet of leader-1 in ROUND_FIXTURE with these answers. */
export function ratingSheet(
  ratings: Record<string, number | null>,
  source: 'self' | 'manager' = 'self',
  leaderId = 'leader-1',
): RatingSheetView {
  const answered = Object.keys(ratings).length;
  return {
    roundId: ROUND_FIXTURE.id,
    leaderId,
    source,
    ratings,
    answered,
    total: BEHAVIOUR_KEYS.length,
    updatedAt: answered ? '2026-11-20T08:15:00.000Z' : null,
  };
}

function behaviour(key: string, extra: Partial<BehaviourGapView> = {}): BehaviourGapView {
  return {
    key,
    observed: {
      self: { level: 4, respondents: 1 },
      manager: { level: 3, respondents: 1 },
      employees: { level: 3.25, respondents: 11 },
    },
    combined: 3.3,
    gap: 0.2,
    evidence: { sources: ['self', 'manager', 'employees'], ratings: 13 },
    status: 'gap',
    blindSpot: null,
    ...extra,
  };
}

const competencies: CompetencyGapView[] = [
  {
    key: 'handlekraft',
    target: 3.5,
    observed: {
      self: { level: 4.6, respondents: 1 },
      manager: { level: 3.2, respondents: 1 },
      employees: { level: 3.3, respondents: 11 },
      survey: { level: 3.4, respondents: 11 },
    },
    combined: 3.36,
    gap: 0.14,
    status: 'gap',
    evidence: { sources: ['self', 'manager', 'employees', 'survey'], ratings: 47 },
    blindSpot: { self: 4.6, others: 3.3, difference: 1.3 },
    behaviours: [
      behaviour('handlekraft.b1', { blindSpot: { self: 5, others: 3.5, difference: 1.5 } }),
      behaviour('handlekraft.b2'),
      behaviour('handlekraft.b3'),
    ],
  },
  {
    key: 'borgerne-i-centrum',
    target: 3.5,
    observed: {
      self: { level: 3.8, respondents: 1 },
      manager: { level: 4, respondents: 1 },
      employees: { level: 3.9, respondents: 11 },
      survey: { suppressed: 'too-few-respondents', respondents: 2 },
    },
    combined: 3.9,
    gap: -0.4,
    status: 'met',
    evidence: { sources: ['self', 'manager', 'employees'], ratings: 1 },
    blindSpot: null,
    behaviours: [behaviour('borgerne-i-centrum.b1', { status: 'met', gap: -0.4 })],
  },
  {
    key: 'paa-tvaers',
    target: null,
    observed: { manager: { level: 3, respondents: 1 } },
    combined: 3,
    gap: null,
    status: 'no-target',
    evidence: { sources: ['manager'], ratings: 2 },
    blindSpot: null,
    behaviours: [],
  },
  {
    key: 'hedekraft',
    target: 3.5,
    observed: { employees: { suppressed: 'too-few-respondents', respondents: 2 } },
    combined: null,
    gap: null,
    status: 'no-evidence',
    evidence: { sources: [], ratings: 0 },
    blindSpot: null,
    behaviours: [],
  },
];

/** Test data only: one competency of each status, a blind spot and withheld sources. */
export const GAP_PROFILE_FIXTURE: GapProfileView = {
  leaderId: 'leader-1',
  round: ROUND_FIXTURE,
  levelKey: 'foerstelinjeleder',
  weights: { self: 1, manager: 2, employees: 2, survey: 1 },
  competencies,
};

export const NOT_FOUND = { status: 404, statusText: 'Not Found' } as const;
export const NOT_FOUND_BODY = {
  statusCode: 404,
  error: 'Not Found',
  message: 'Der er endnu ingen vurderingsrunde.',
};
