import type {
  CoverageCell,
  CoverageDemand,
  CoverageOverview,
  CoverageRow,
  CoverageScenarioJob,
  CoverageTrend,
  CoverageValue,
  OfferSearchResult,
} from '@lederloeft/contracts';

/** Test data only. */
const shown = (value: number, n: number): CoverageValue => ({ shown: true, value, n });
const hidden = (reason: 'too-few' | 'complementary' | 'no-data'): CoverageValue => ({
  shown: false,
  reason,
});
const cell = (key: string | null, met: CoverageValue, gap: CoverageValue = met): CoverageCell => ({
  competencyKey: key,
  met,
  projected: met.shown ? shown(Math.min(1, met.value + 0.2), met.n) : met,
  planned: met.shown ? shown(0.5, 6) : met,
  gap,
  notAssessed: met.shown ? 1 : null,
  noTarget: met.shown ? 0 : null,
});
const row = (
  kind: CoverageRow['kind'],
  id: string,
  name: string,
  leaders: number,
  cells: CoverageCell[],
  drillable = false,
): CoverageRow => ({
  kind,
  orgUnit: { id, name, kind: 'afdeling' },
  leaders,
  cells,
  budget:
    leaders >= 5
      ? { shown: true, leaders: 5, plans: 5, committedDkk: 40000, budgetDkk: 65000, hours: 90 }
      : { shown: false, reason: 'too-few' },
  drillable,
});

export const OVERVIEW: CoverageOverview = {
  round: {
    id: 'round-2026',
    name: 'Lederevaluering 2026',
    periodStart: '2026-09-01',
    periodEnd: '2026-12-18',
    status: 'open',
  },
  rounds: [
    {
      id: 'round-2026',
      name: 'Lederevaluering 2026',
      periodStart: '2026-09-01',
      periodEnd: '2026-12-18',
      status: 'open',
    },
    {
      id: 'round-2025',
      name: 'Lederevaluering 2025',
      periodStart: '2025-09-01',
      periodEnd: '2025-12-18',
      status: 'closed',
    },
  ],
  minGroupSize: 5,
  competencies: [
    { key: 'handlekraft', title: { da: 'Ledelse med handlekraft', en: 'Leadership with drive' } },
    { key: 'hedekraft', title: { da: 'Ledelse med hedekraft', en: 'Leadership with the heath' } },
  ],
  breadcrumb: [{ id: 'bu', name: 'Børn og Unge' }],
  scopes: [{ id: 'bu', name: 'Børn og Unge' }],
  unit: row('unit', 'bu', 'Børn og Unge', 19, [
    cell('handlekraft', shown(0.5263, 19)),
    cell('hedekraft', shown(0.84, 19)),
    cell(null, shown(0.68, 19)),
  ]),
  rows: [
    row('own', 'bu', 'Børn og Unge', 1, [
      cell('handlekraft', hidden('too-few')),
      cell('hedekraft', hidden('too-few')),
      cell(null, hidden('too-few')),
    ]),
    row(
      'unit',
      'dagtilbud',
      'Dagtilbud',
      7,
      [
        cell('handlekraft', hidden('complementary')),
        cell('hedekraft', hidden('complementary')),
        cell(null, hidden('complementary')),
      ],
      false,
    ),
    row(
      'unit',
      'skoler',
      'Skoler',
      11,
      [
        cell('handlekraft', shown(0.4545, 11)),
        cell('hedekraft', shown(0.18, 11), hidden('no-data')),
        cell(null, shown(0.32, 11)),
      ],
      true,
    ),
  ],
  targets: [
    {
      orgUnit: { id: 'bu', name: 'Børn og Unge' },
      competencyKey: 'hedekraft',
      targetPercent: 80,
      dueDate: '2027-12-31',
      note: 'Idéer bliver til virkelighed.',
      setBy: { accountId: 'acc-director', name: 'Birgitte' },
      updatedAt: '2026-12-01T10:00:00.000Z',
      current: shown(0.84, 19),
      projectedByDue: shown(0.9, 19),
      status: 'reached',
    },
  ],
  canSetTargets: true,
  generatedAt: '2026-12-07T10:00:00.000Z',
};

export const TREND: CoverageTrend = {
  orgUnit: { id: 'bu', name: 'Børn og Unge' },
  minGroupSize: 5,
  competencies: OVERVIEW.competencies,
  rounds: [...OVERVIEW.rounds].reverse(),
  series: [
    {
      row: { kind: 'unit', orgUnit: { id: 'bu', name: 'Børn og Unge' } },
      competencyKey: 'handlekraft',
      points: [
        {
          roundId: 'round-2025',
          met: shown(0.4, 17),
          gap: shown(0.5, 10),
          change: null,
          membership: null,
        },
        {
          roundId: 'round-2026',
          met: shown(0.5263, 19),
          gap: shown(0.4, 9),
          change: shown(0.1263, 19),
          membership: { in: 5, out: 3 },
        },
      ],
    },
    {
      row: { kind: 'unit', orgUnit: { id: 'bu', name: 'Børn og Unge' } },
      competencyKey: 'hedekraft',
      points: [
        {
          roundId: 'round-2025',
          met: shown(0.7, 17),
          gap: shown(0.3, 5),
          change: null,
          membership: null,
        },
        {
          roundId: 'round-2026',
          met: shown(0.84, 19),
          gap: shown(0.2, 3),
          change: { shown: false, reason: 'few-changed' },
          membership: { in: 2, out: 0 },
        },
      ],
    },
  ],
};

export const RUNNING_JOB: CoverageScenarioJob = {
  id: 'job-1',
  status: 'running',
  orgUnit: { id: 'bu', name: 'Børn og Unge' },
  round: OVERVIEW.round,
  createdAt: '2026-12-07T10:00:00.000Z',
  progress: { done: 3, total: 19 },
  timeLimitSeconds: 2,
  result: null,
  message: null,
};

export const DONE_JOB: CoverageScenarioJob = {
  ...RUNNING_JOB,
  status: 'done',
  progress: { done: 19, total: 19 },
  result: {
    eligible: shown(12, 12),
    replanned: shown(12, 12),
    timedOut: shown(1, 12),
    failed: shown(0, 12),
    unit: {
      kind: 'unit',
      orgUnit: { id: 'bu', name: 'Børn og Unge', kind: 'fagomraade' },
      cells: [
        {
          competencyKey: 'handlekraft',
          today: shown(0.6, 19),
          scenario: shown(0.8, 19),
          change: shown(0.2, 19),
        },
        {
          competencyKey: 'hedekraft',
          today: shown(0.9, 19),
          scenario: shown(0.9, 19),
          change: shown(0, 19),
        },
        {
          competencyKey: null,
          today: shown(0.75, 19),
          scenario: shown(0.85, 19),
          change: shown(0.1, 19),
        },
      ],
    },
    rows: [],
    added: { shown: true, leaders: 12, plans: 12, committedDkk: 54000, budgetDkk: 0, hours: 210 },
  },
};

export const DEMAND: CoverageDemand = {
  round: OVERVIEW.round,
  minGroupSize: 5,
  from: '2026-12-07',
  to: '2027-12-07',
  competencies: [
    {
      competencyKey: 'handlekraft',
      demand: shown(14, 14),
      strongOffers: 2,
      someOffers: 1,
      onDemandOffers: 0,
      sessions: 1,
      freeSeats: 6,
      seatsTaken: 14,
      capacity: 20,
      waitingList: 3,
    },
    {
      competencyKey: 'hedekraft',
      demand: hidden('too-few'),
      strongOffers: 0,
      someOffers: 0,
      onDemandOffers: 0,
      sessions: 0,
      freeSeats: 0,
      seatsTaken: 0,
      capacity: 0,
      waitingList: 0,
    },
  ],
  behaviours: [
    {
      competencyKey: 'handlekraft',
      behaviourKey: 'handlekraft.b2',
      demand: shown(11, 11),
      offers: 1,
      onDemandOffers: 0,
      freeSeats: 6,
    },
  ],
  sessions: [
    {
      offerId: 'offer-1',
      offerTitle: 'Ledelse i forandring',
      sessionId: 'session-1',
      startDate: '2027-02-01',
      endDate: '2027-02-02',
      place: 'Ikast',
      capacity: 20,
      seatsTaken: 14,
      waitingList: 3,
      competencyKeys: ['handlekraft'],
    },
  ],
  unmet: [
    {
      competencyKey: 'handlekraft',
      behaviourKey: 'handlekraft.b2',
      demand: shown(11, 11),
      availableSeats: 6,
      unmet: shown(5, 11),
    },
    {
      competencyKey: 'hedekraft',
      behaviourKey: null,
      demand: hidden('too-few'),
      availableSeats: 0,
      unmet: hidden('too-few'),
    },
  ],
};

/** A published course with a session that can get extra seats in a scenario. */
export const SCENARIO_OFFERS: OfferSearchResult = {
  items: [
    {
      id: 'offer-1',
      code: 'LED-101',
      kind: 'course',
      title: 'Ledelse i forandring',
      provider: 'Ikast-Brande Kommune',
      format: 'in-person',
      language: 'da',
      location: 'Ikast',
      hours: 14,
      priceDkk: 4500,
      priceIncludesVat: false,
      priceIsIndicative: false,
      ects: null,
      targetLevels: [],
      status: 'published',
      onDemand: false,
      effects: [{ competencyKey: 'handlekraft', strength: 'strong', behaviourKeys: [] }],
      nextSession: {
        id: 'session-1',
        offerId: 'offer-1',
        startDate: '2027-02-01',
        endDate: '2027-02-02',
        place: 'Ikast',
        capacity: 20,
        registrationDeadline: '2027-01-15',
        seatsTaken: 14,
        waitingList: 3,
        freeSeats: 6,
        registrationOpen: true,
      },
      openSessionCount: 1,
      freeSeats: 6,
    },
  ],
  total: 1,
  page: 1,
  pageSize: 100,
};
