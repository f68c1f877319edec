import type {
  CreatePlanItemRequest,
  CreatePlanRequest,
  LearningCategory,
  LearningWithOthers,
  LeftOutReason,
  PlanItem,
  PlanProposal,
  PlanProposalRequest,
  PlanStatus,
  PlanSummary,
} from '@lederloeft/contracts';
import type { UiKey } from '../../i18n/ui-key';

export const CATEGORIES: readonly LearningCategory[] = ['experience', 'others', 'formal'];

export const CATEGORY_LABELS: Readonly<Record<LearningCategory, UiKey>> = {
  experience: 'plans.category.experience',
  others: 'plans.category.others',
  formal: 'plans.category.formal',
};

/**
 * What the page says under the 70-20-10 balance about learning with others: nothing when
 * the plan has it (or the leader did not ask for it), else why not.
 */
export const OTHERS_NOTES: Readonly<Record<LearningWithOthers, UiKey | null>> = {
  included: null,
  'not-requested': null,
  'would-close-less': 'proposal.others.wouldCloseLess',
  'not-found': 'proposal.others.notFound',
  unavailable: 'proposal.others.unavailable',
};

export const STATUS_LABELS: Readonly<Record<PlanStatus, UiKey>> = {
  draft: 'plans.status.draft',
  submitted: 'plans.status.submitted',
  approved: 'plans.status.approved',
  returned: 'plans.status.returned',
  active: 'plans.status.active',
  completed: 'plans.status.completed',
  cancelled: 'plans.status.cancelled',
};

export const REASON_LABELS: Readonly<Record<LeftOutReason, UiKey>> = {
  'not-published': 'proposal.reason.not-published',
  level: 'proposal.reason.level',
  language: 'proposal.reason.language',
  location: 'proposal.reason.location',
  period: 'proposal.reason.period',
  'registration-closed': 'proposal.reason.registration-closed',
  'no-seats': 'proposal.reason.no-seats',
  budget: 'proposal.reason.budget',
  hours: 'proposal.reason.hours',
  overlap: 'proposal.reason.overlap',
  'max-formal': 'proposal.reason.max-formal',
  'not-needed': 'proposal.reason.not-needed',
  'search-stopped': 'proposal.reason.search-stopped',
};

/** Today in the municipality's time zone as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** The same day `months` later (the last day of a shorter month when it has no such day). */
export function addMonthsIso(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

/** Plans that are over (completed or cancelled) are history; any other is the current one. */
export function splitPlans(plans: readonly PlanSummary[]): {
  current: PlanSummary | null;
  earlier: PlanSummary[];
} {
  // The API lists the newest period first, so the first open plan is the one in force.
  const current = plans.find((p) => p.status !== 'completed' && p.status !== 'cancelled') ?? null;
  return { current, earlier: plans.filter((p) => p !== current) };
}

/** One identity per item across proposals: an offer by its id, an activity by its behaviour. */
export function itemKey(item: PlanItem): string {
  return item.type === 'offer' ? `offer:${item.offerId}` : `experience:${item.behaviourKey}`;
}

export interface GapChange {
  competencyKey: string;
  before: number | null;
  after: number | null;
}

export interface ProposalDiff {
  added: PlanItem[];
  removed: PlanItem[];
  objective: { before: number; after: number };
  cost: { before: number; after: number };
  hours: { before: number; after: number };
  /** The gap after the plan per competency, in the newer proposal's order. */
  gaps: GapChange[];
}

/** What changed from `previous` to `next`: items in and out, totals, gaps after the plan. */
export function diffProposals(previous: PlanProposal, next: PlanProposal): ProposalDiff {
  const before = new Set(previous.items.map(itemKey));
  const after = new Set(next.items.map(itemKey));
  const earlierGap = new Map(previous.competencies.map((c) => [c.competencyKey, c.gapAfter]));
  return {
    added: next.items.filter((item) => !before.has(itemKey(item))),
    removed: previous.items.filter((item) => !after.has(itemKey(item))),
    objective: { before: previous.objective, after: next.objective },
    cost: { before: previous.budget.usedDkk, after: next.budget.usedDkk },
    hours: { before: previous.hours.used, after: next.hours.used },
    gaps: next.competencies.map((c) => ({
      competencyKey: c.competencyKey,
      before: earlierGap.get(c.competencyKey) ?? null,
      after: c.gapAfter,
    })),
  };
}

/**
 * The one request that makes a draft plan of a proposal: the constraints it was made under
 * (budget, hours, period) and its items. Offers keep the competencies and behaviours whose
 * gaps the proposal credits them with closing; an experience item becomes learning on the job with the
 * suggested action, in Danish because plans are kept in Danish.
 */
export function planRequestFromProposal(
  proposal: PlanProposal,
  constraints: PlanProposalRequest & { period: { from: string; to: string } },
  title: string,
): CreatePlanRequest {
  const items = proposal.items.map((item): CreatePlanItemRequest => {
    if (item.type === 'offer') {
      // Only the gaps the offer is credited with closing (the competency's or one of its
      // behaviours'): an effect where nothing is missing would otherwise make that competency
      // a focus that needs its own SMART goal.
      const closing = item.addresses.filter(
        (a) => a.closure > 0 || a.behaviours.some((b) => b.closure > 0),
      );
      const credited = closing.length > 0 ? closing : item.addresses;
      return {
        kind: 'offer',
        offerId: item.offerId,
        sessionId: item.sessionId,
        competencyKeys: credited.map((a) => a.competencyKey),
        behaviourKeys: [
          ...new Set(
            credited.flatMap((a) =>
              a.behaviours.filter((b) => b.closure > 0).map((b) => b.behaviourKey),
            ),
          ),
        ],
      };
    }
    return {
      kind: 'on-the-job',
      behaviourKey: item.behaviourKey,
      text: item.suggestedAction.da,
      competencyKeys: [item.competencyKey],
      behaviourKeys: [item.behaviourKey],
    };
  });
  return {
    title,
    periodStart: constraints.period.from,
    periodEnd: constraints.period.to,
    budgetDkk: constraints.budgetDkk,
    hours: constraints.hours,
    items,
  };
}
