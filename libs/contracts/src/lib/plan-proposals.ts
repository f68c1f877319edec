/**
 * A plan proposal (`POST /api/leaders/:id/plan-proposals`): what the planner (libs/planner)
 * returns, with its explanations. Nothing of it is saved until the leader makes a plan of it.
 */
import type { EffectStrength, OfferKind, OfferLanguage } from './catalogue';
import type { LocalizedText } from './common';

/** The constraints a leader asks a proposal for. */
export interface PlanProposalRequest {
  /** Budget in DKK. */
  budgetDkk: number;
  /** Hours of the leader's time. */
  hours: number;
  /** ISO dates; default today and 12 months on. */
  period?: { from: string; to: string };
  /** Default ['da']. */
  languages?: OfferLanguage[];
  /** Places the leader can go; empty = anywhere. */
  locations?: string[];
  /** At most this many formal offers; default 2. */
  maxFormalOffers?: number;
  /** Competency keys the leader marks as personal focus. */
  personalFocus?: string[];
  /** The round whose gaps are planned for; the newest when left out. */
  roundId?: string;
}

/** The 70-20-10 categories. */
export type LearningCategory = 'experience' | 'others' | 'formal';

/**
 * The 70-20-10 category of each kind of offer: formal training, learning with others,
 * learning on the job (job rotation and shadowing are done in someone else's job). The
 * planner, the plan page and the PDF all group by this one table.
 */
export const OFFER_CATEGORY: Readonly<Record<OfferKind, LearningCategory>> = Object.freeze({
  course: 'formal',
  'diploma-module': 'formal',
  'e-learning': 'formal',
  network: 'others',
  coaching: 'others',
  mentoring: 'others',
  'theme-day': 'others',
  'job-rotation': 'experience',
});

/** Why an offer is not in the plan. */
export type LeftOutReason =
  | 'not-published'
  | 'level'
  | 'language'
  | 'location'
  | 'period'
  | 'registration-closed'
  | 'no-seats'
  | 'budget'
  | 'hours'
  | 'overlap'
  | 'max-formal'
  | 'not-needed'
  | 'search-stopped';

export interface BehaviourContribution {
  behaviourKey: string;
  gapBefore: number;
  /** Level points of the behaviour's gap this item is credited with. */
  closure: number;
  /** The offer names this behaviour (else it reaches it through its general effect). */
  targeted: boolean;
}

export interface CompetencyContribution {
  competencyKey: string;
  strength: Exclude<EffectStrength, 'none'>;
  gapBefore: number;
  /** Level points of the competency gap this item is credited with. */
  closure: number;
  behaviours: BehaviourContribution[];
}

/** A chosen catalogue offer. */
export interface OfferPlanItem {
  type: 'offer';
  category: LearningCategory;
  offerId: string;
  code: string | null;
  title: string;
  kind: OfferKind;
  /** The chosen session; null for on-demand offers. */
  sessionId: string | null;
  startDate: string | null;
  endDate: string | null;
  priceDkk: number;
  hours: number;
  /** Objective points credited to this item (the plan's closure split by effect shares). */
  contribution: number;
  addresses: CompetencyContribution[];
}

/** A learning-on-the-job activity from the framework's example behaviours. */
export interface ExperiencePlanItem {
  type: 'experience';
  category: 'experience';
  competencyKey: string;
  behaviourKey: string;
  /** The behaviour's gap; null when the profile has no level for it. */
  behaviourGap: number | null;
  /** The example behaviour, verbatim from the framework. */
  text: LocalizedText;
  suggestedAction: LocalizedText;
  priceDkk: 0;
  hours: 0;
}

export type PlanItem = OfferPlanItem | ExperiencePlanItem;

/** Gaps are null when the profile has no gap (no target or no evidence). */
export interface BehaviourProjection {
  behaviourKey: string;
  gapBefore: number | null;
  closure: number;
  gapAfter: number | null;
}

export interface CompetencyProjection {
  competencyKey: string;
  weight: number;
  personalFocus: boolean;
  gapBefore: number | null;
  closure: number;
  gapAfter: number | null;
  behaviours: BehaviourProjection[];
}

export interface LeftOutOffer {
  offerId: string;
  title: string;
  kind: OfferKind;
  reasons: LeftOutReason[];
}

/**
 * optimal: the closure is proven optimal (the solver's proof, checked by the engine);
 * time-limit: the solver stopped early; unverified: the solver reported an optimum that the
 * engine's check of the plan did not confirm (the plan is valid, the bound is the solver's);
 * infeasible: no plan (cannot happen with valid input).
 */
export type ProposalStatus = 'optimal' | 'time-limit' | 'unverified' | 'infeasible';

/**
 * Learning with others in the plan (the balance tie-break, docs/planner.md): included;
 * would-close-less: every eligible offer would make the plan close less of the gaps, so
 * none is in it; not-found: the search stopped before it could tell; unavailable: the
 * catalogue has no eligible learning-with-others offer that addresses a gap;
 * not-requested: the leader switched the preference off.
 */
export type LearningWithOthers =
  | 'included'
  | 'would-close-less'
  | 'not-found'
  | 'unavailable'
  | 'not-requested';

export interface PlanProposal {
  status: ProposalStatus;
  /**
   * Remaining relative optimality gap of the objective, (bound − objective) / bound; 0 when
   * optimal. Reported by the time limit: the plan is at most this share below the optimum.
   */
  mipGap: number;
  /**
   * Whether the tie-breaks (learning with others, then least cost, then fewest hours, among
   * plans with the optimal closure) were proven too: proven; time-limit (the answer budget
   * stopped them); unverified (the solver reported them optimal, the engine's check did not
   * confirm it; `tieBreakBounds` holds the solver's bounds); skipped (closure not proven).
   */
  tieBreak: 'proven' | 'time-limit' | 'unverified' | 'skipped';
  /** Whether the plan has learning with others, and if not, why. */
  learningWithOthers: LearningWithOthers;
  /** The objective (priority-weighted closure), recomputed exactly from the chosen items. */
  objective: number;
  /** A proven upper bound on the objective; equals the objective when optimal. */
  objectiveBound: number;
  items: PlanItem[];
  competencies: CompetencyProjection[];
  budget: { limitDkk: number; usedDkk: number };
  hours: { limit: number; used: number };
  mix: PlanMix;
  /**
   * How far the tie-breaks got (null unless the closure is proven optimal): when the answer
   * budget stops them, how much cheaper (and shorter) a plan with the same closure could be.
   */
  tieBreakBounds: TieBreakBounds | null;
  leftOut: LeftOutOffer[];
  leftOutSummary: Partial<Record<LeftOutReason, number>>;
  /**
   * Size of the catalogue and of the model that was solved: `candidateOffers` passed every
   * rule, `dominatedOffers` of them were pruned exactly before the solve (docs/planner.md).
   */
  model: {
    offers: number;
    candidateOffers: number;
    dominatedOffers: number;
    columns: number;
    rows: number;
  };
}

/** The 70-20-10 balance, counted by items. */
export interface PlanMix {
  basis: 'count';
  experience: number;
  others: number;
  formal: number;
  share: Record<LearningCategory, number>;
}

/**
 * How far the tie-breaks (least cost, then fewest hours, among plans with the optimal
 * closure) got. When the answer budget stops them, the plan still has the proven optimal
 * closure, and these bounds say how much cheaper (and, once the cost is proven, how much
 * shorter) such a plan could be.
 */
export interface TieBreakBounds {
  /** Proven lower bound on the cost of a plan with the optimal closure; = usedDkk when proven. */
  costBoundDkk: number;
  /** (usedDkk − costBoundDkk) / usedDkk; 0 when the least cost is proven. */
  costGap: number;
  /** Proven lower bound on the hours of a least-cost plan; null while the cost is not proven. */
  hoursBound: number | null;
  /** (used − hoursBound) / used; null while the cost is not proven, 0 when proven. */
  hoursGap: number | null;
}
