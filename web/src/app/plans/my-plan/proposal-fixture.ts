import type { CompetencyProjection, PlanProposal, PlanSummary } from '@lederloeft/contracts';

function projection(
  competencyKey: string,
  gapBefore: number | null,
  closure: number,
  extra: Partial<CompetencyProjection> = {},
): CompetencyProjection {
  return {
    competencyKey,
    weight: 1,
    personalFocus: false,
    gapBefore,
    closure,
    gapAfter: gapBefore === null ? null : Math.max(0, gapBefore - closure),
    behaviours: [],
    ...extra,
  };
}

/** Test data only: a proposal with one course and one activity on the job. */
export const PROPOSAL_FIXTURE: PlanProposal = {
  status: 'optimal',
  mipGap: 0,
  tieBreak: 'proven',
  learningWithOthers: 'included',
  tieBreakBounds: { costBoundDkk: 4500, costGap: 0, hoursBound: 15, hoursGap: 0 },
  objective: 1.2,
  objectiveBound: 1.2,
  items: [
    {
      type: 'offer',
      category: 'formal',
      offerId: 'offer-1',
      code: 'LED-01',
      title: 'Modig ledelse',
      kind: 'course',
      sessionId: 'session-1',
      startDate: '2027-02-01',
      endDate: '2027-02-02',
      priceDkk: 4500,
      hours: 15,
      contribution: 0.8,
      addresses: [
        {
          competencyKey: 'hedekraft',
          strength: 'strong',
          gapBefore: 1,
          closure: 0.6,
          behaviours: [
            { behaviourKey: 'hedekraft.b1', gapBefore: 1, closure: 0.6, targeted: true },
            { behaviourKey: 'hedekraft.b2', gapBefore: 0.5, closure: 0.2, targeted: false },
          ],
        },
        {
          competencyKey: 'handlekraft',
          strength: 'some',
          gapBefore: 0.5,
          closure: 0.2,
          behaviours: [
            { behaviourKey: 'hedekraft.b1', gapBefore: 1, closure: 0.1, targeted: false },
          ],
        },
      ],
    },
    {
      type: 'experience',
      category: 'experience',
      competencyKey: 'handlekraft',
      behaviourKey: 'handlekraft.b1',
      behaviourGap: 0.5,
      text: { da: 'Adfærd 1 i handlekraft (frame)', en: 'Behaviour 1 in handlekraft (frame)' },
      suggestedAction: {
        da: 'Sæt det på dagsordenen på næste teammøde.',
        en: 'Put it on the agenda of the next team meeting.',
      },
      priceDkk: 0,
      hours: 0,
    },
  ],
  competencies: [
    projection('hedekraft', 1, 0.6, { weight: 1.5, personalFocus: true }),
    projection('handlekraft', 0.5, 0.2),
    projection('paa-tvaers', null, 0),
  ],
  budget: { limitDkk: 20000, usedDkk: 4500 },
  hours: { limit: 60, used: 15 },
  mix: {
    basis: 'count',
    experience: 1,
    others: 0,
    formal: 1,
    share: { experience: 0.5, others: 0, formal: 0.5 },
  },
  leftOut: [
    { offerId: 'offer-2', title: 'Dyrt diplommodul', kind: 'diploma-module', reasons: ['budget'] },
    { offerId: 'offer-3', title: 'Fuldt kursus', kind: 'course', reasons: ['no-seats', 'overlap'] },
  ],
  leftOutSummary: { budget: 1, 'no-seats': 1, overlap: 1 },
  model: { offers: 3, candidateOffers: 2, dominatedOffers: 0, columns: 4, rows: 5 },
};

/** The same leader with a larger budget: a coaching course joins, the course stays. */
export const LARGER_PROPOSAL_FIXTURE: PlanProposal = {
  ...PROPOSAL_FIXTURE,
  objective: 1.5,
  objectiveBound: 1.5,
  items: [
    ...PROPOSAL_FIXTURE.items.filter((item) => item.type === 'offer'),
    {
      type: 'offer',
      category: 'others',
      offerId: 'offer-4',
      code: null,
      title: 'Coaching i hedekraft',
      kind: 'coaching',
      sessionId: null,
      startDate: null,
      endDate: null,
      priceDkk: 6000,
      hours: 6,
      contribution: 0.3,
      addresses: [
        {
          competencyKey: 'hedekraft',
          strength: 'some',
          gapBefore: 1,
          closure: 0.3,
          behaviours: [],
        },
      ],
    },
  ],
  competencies: [
    projection('hedekraft', 1, 0.9, { weight: 1.5, personalFocus: true }),
    projection('handlekraft', 0.5, 0.2),
    projection('paa-tvaers', null, 0),
  ],
  budget: { limitDkk: 30000, usedDkk: 10500 },
  hours: { limit: 60, used: 21 },
};

export function planSummary(overrides: Partial<PlanSummary>): PlanSummary {
  return {
    id: 'plan-1',
    leader: { id: 'leader-1', name: 'Mette Jensen' },
    title: 'Udviklingsplan 2027',
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    status: 'draft',
    itemCount: 3,
    costDkk: 4500,
    hoursPlanned: 15,
    version: 1,
    submittedAt: null,
    updatedAt: '2026-11-27T10:00:00.000Z',
    ...overrides,
  };
}
