import type {
  CompetencyDocument,
  EffectStrength,
  LearningCategory,
  OfferEffect,
  OfferFormat,
  OfferKind,
  OfferLanguage,
  OfferStatus,
  PlanProposal,
} from '@lederloeft/contracts';
import type { GapProfile } from '@lederloeft/domain';

/**
 * A session as the planner needs it. `OfferSessionView` fits; `freeSeats` and
 * `registrationOpen` are recomputed from the fields below and `PlanInput.today`, so the
 * plan never depends on the clock of the machine that runs it.
 */
export interface PlannerSession {
  id: string;
  /** ISO dates (YYYY-MM-DD), both days included. */
  startDate: string;
  endDate: string;
  capacity: number;
  seatsTaken: number;
  /** ISO date; registration closes at the end of this day. */
  registrationDeadline: string;
  place?: string;
}

/** An offer as the planner needs it. `OfferView` fits as it is. */
export interface PlannerOffer {
  id: string;
  code?: string;
  title: string;
  kind: OfferKind;
  format?: OfferFormat;
  language: OfferLanguage;
  location: string | null;
  /** Hours of the leader's time, all sessions included. */
  hours: number;
  priceDkk: number;
  /** Leader level keys; empty means every level. */
  targetLevels: readonly string[];
  onDemand: boolean;
  /** Only published offers are planned; a missing status counts as published. */
  status?: OfferStatus;
  effects: readonly OfferEffect[];
  sessions: readonly PlannerSession[];
}

/** The organisation's strategic priorities and the leader's own focus. */
export interface PlanPriorities {
  /** Strategic weight per competency key (≥ 0); a missing key weighs 1. */
  weights?: Readonly<Record<string, number>>;
  /** Competency keys the leader marked as personal focus. */
  personalFocus?: readonly string[];
  /** Extra weight of a personal focus: w = strategic × (1 + focusBonus). Default 0.5. */
  focusBonus?: number;
}

export interface PlanConstraints {
  /** Budget for the plan in DKK. */
  budgetDkk: number;
  /** Hours of the leader's time the plan may use. */
  hours: number;
  /** ISO dates; a session must start and end inside the period (both days included). */
  period: { from: string; to: string };
  /** Teaching languages the leader accepts. */
  languages: readonly OfferLanguage[];
  /**
   * Places the leader can travel to; empty or missing means anywhere. Online offers and
   * offers without a location always pass.
   */
  locations?: readonly string[];
  /** At most this many formal offers (course, diploma module, e-learning). */
  maxFormalOffers: number;
}

/** The effect model's numbers; DEFAULT_EFFECT_MODEL holds the documented defaults. */
export interface EffectModel {
  /** Level points an offer closes on a competency per strength. */
  strength: Record<Exclude<EffectStrength, 'none'>, number>;
  /** Share of the strength value that reaches a behaviour the offer does not name. */
  generalBehaviourShare: number;
  /** Share of a competency's score that comes from the competency as a whole. */
  competencyShare: number;
}

export interface PlanOptions {
  /**
   * Prefer a plan with a learning-with-others offer (network, mentoring, coaching, theme
   * day) among the plans that close the most: the first tie-break after the closure, never
   * at its cost. Default true.
   */
  includeLearningWithOthers?: boolean;
  /** Learning-on-the-job activities per competency with a gap. Default 2. */
  onTheJobPerCompetency?: number;
  effectModel?: EffectModel;
}

export interface PlanInput {
  /** The framework edition's competencies with their example behaviours (texts used). */
  competencies: readonly Pick<CompetencyDocument, 'key' | 'title' | 'behaviours'>[];
  /** The leader's gap profile against that edition. */
  gaps: GapProfile;
  /** The leader's level key, matched against offers' target levels. */
  leaderLevel: string;
  /** The published catalogue (other statuses are left out with a reason). */
  offers: readonly PlannerOffer[];
  priorities: PlanPriorities;
  constraints: PlanConstraints;
  /** ISO date the plan is made; decides whether registration is still open. */
  today: string;
  options?: PlanOptions;
}

/** An offer's effect on the objective terms: term index → level points per choice. */
export type EffectVector = Map<number, number>;

/** An offer that may enter the plan, with the sessions it may be taken on. */
export interface Candidate {
  offer: PlannerOffer;
  category: LearningCategory;
  /** Eligible sessions sorted by start date then id; empty for on-demand offers. */
  sessions: PlannerSession[];
  effects: EffectVector;
}

/** The planner's proposal: `PlanProposal` of the contracts, tie-break bounds included. */
export type PlannerProposal = PlanProposal;

export type {
  BehaviourContribution,
  CompetencyContribution,
  CompetencyProjection,
  BehaviourProjection,
  ExperiencePlanItem,
  LearningCategory,
  LearningWithOthers,
  LeftOutOffer,
  LeftOutReason,
  OfferPlanItem,
  PlanItem,
  PlanMix,
  PlanProposal,
  ProposalStatus,
  TieBreakBounds,
} from '@lederloeft/contracts';
