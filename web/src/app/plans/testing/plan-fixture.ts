import type { PlanItemView, PlanSummary, PlanView } from '@lederloeft/contracts';

/** Test data only: an offer item (a course with a session). */
export const OFFER_ITEM: PlanItemView = {
  id: 'item-1',
  kind: 'offer',
  offerId: 'offer-1',
  offerTitle: 'Modig ledelse',
  offerKind: 'course',
  session: { id: 'session-1', startDate: '2027-03-01', endDate: '2027-03-02', place: 'Ikast' },
  behaviourKey: null,
  text: '',
  competencyKeys: ['hedekraft'],
  behaviourKeys: ['hedekraft.b1'],
  position: 1,
  status: 'planned',
  doneEvidence: null,
  doneAt: null,
  costDkk: 4500,
  hours: 7.5,
  booking: null,
  notes: [],
};

/** Test data only: learning on the job. */
export const JOB_ITEM: PlanItemView = {
  id: 'item-2',
  kind: 'on-the-job',
  offerId: null,
  offerTitle: null,
  offerKind: null,
  session: null,
  behaviourKey: 'hedekraft.b2',
  text: 'Have et fast punkt på afdelingsmøder',
  competencyKeys: ['hedekraft'],
  behaviourKeys: ['hedekraft.b2'],
  position: 2,
  status: 'planned',
  doneEvidence: null,
  doneAt: null,
  costDkk: 0,
  hours: 6,
  booking: null,
  notes: [],
};

/** Test data only: a coaching offer (learning with others). */
export const COACHING_ITEM: PlanItemView = {
  ...OFFER_ITEM,
  id: 'item-3',
  offerId: 'offer-2',
  offerTitle: 'Lederkollegial sparring',
  offerKind: 'coaching',
  session: null,
  position: 3,
  costDkk: 0,
  hours: 4,
};

/** Test data only: Mette's draft, as she (the owner) sees it. */
export const DRAFT_PLAN: PlanView = {
  id: 'plan-1',
  leader: { id: 'leader-1', name: 'Mette Jensen' },
  title: 'Min plan 2027',
  periodStart: '2027-01-01',
  periodEnd: '2027-12-31',
  budgetDkk: 10000,
  hours: 40,
  status: 'draft',
  managerComment: null,
  version: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  submittedAt: null,
  approvedAt: null,
  items: [OFFER_ITEM, JOB_ITEM, COACHING_ITEM],
  goals: [
    {
      id: 'goal-1',
      competencyKey: 'hedekraft',
      what: 'Medarbejderne kommer med flere idéer',
      measure: 'Mindst én ny idé pr. afdelingsmøde',
      byDate: '2027-06-30',
      behaviourKeys: ['hedekraft.b2'],
    },
  ],
  followUps: [{ id: 'fu-1', date: '2027-04-01', note: 'Status på idéerne' }],
  totals: { costDkk: 4500, hours: 17.5 },
  permissions: { edit: true, delete: true, followUp: true, actions: ['submit'] },
};

/** Test data only: the same plan submitted, as the direct manager sees it. */
export const SUBMITTED_FOR_MANAGER: PlanView = {
  ...DRAFT_PLAN,
  status: 'submitted',
  submittedAt: '2026-11-03T09:00:00.000Z',
  permissions: { edit: false, delete: false, followUp: true, actions: ['approve', 'return'] },
};

/** Test data only: the plan approved and under way, as the owner sees it. */
export const ACTIVE_PLAN: PlanView = {
  ...DRAFT_PLAN,
  status: 'active',
  managerComment: 'Godt arbejde.',
  items: [{ ...OFFER_ITEM, booking: { id: 'b-1', status: 'waiting', queuePosition: 2 } }, JOB_ITEM],
  permissions: { edit: false, delete: false, followUp: true, actions: ['complete', 'cancel'] },
};

export const INBOX_FIXTURE: PlanSummary[] = [
  {
    id: 'plan-1',
    leader: { id: 'leader-1', name: 'Camilla Nørgaard' },
    title: 'Min plan 2027',
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    status: 'submitted',
    itemCount: 3,
    costDkk: 12500,
    hoursPlanned: 17.5,
    version: 4,
    submittedAt: '2026-11-03T09:00:00.000Z',
    updatedAt: '2026-11-03T09:00:00.000Z',
  },
];
