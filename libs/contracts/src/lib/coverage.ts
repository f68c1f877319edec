/**
 * Overblik: competency coverage per org unit and competency for directors, HR and
 * administrators (and managers for the part of the organisation that reports to them).
 * Every figure is an aggregate; the server hides any that rests on too few leaders or could
 * be derived by subtraction (docs/coverage.md), and the screen, the API and the exports
 * all show the same cells.
 */
import type { LocalizedText } from './common';
import type { OrgUnitKind, OrgUnitRef } from './people';

/** Default smallest group a figure may rest on; configurable, never below the floor. */
export const COVERAGE_MIN_GROUP_DEFAULT = 5;
export const COVERAGE_MIN_GROUP_FLOOR = 3;

/**
 * The heatmap's measures: `met` the share of assessed leaders meeting their target;
 * `projected` the share expected to meet it when the approved and active plans are done;
 * `planned` the share of leaders below target whose approved or active plan addresses the
 * competency; `gap` the average gap (level points) of the leaders below target.
 */
export type CoverageMeasure = 'met' | 'projected' | 'planned' | 'gap';
export const COVERAGE_MEASURES: readonly CoverageMeasure[] = [
  'met',
  'projected',
  'planned',
  'gap',
] as const;

/**
 * Why a figure is not shown:
 * - `no-data`: nobody to count (no leaders, or none assessed, or none below target);
 * - `too-few`: it would rest on 1 to minGroupSize − 1 leaders ("Færre end 5");
 * - `complementary`: shown, it would let a hidden neighbour be worked out by subtraction;
 * - `few-changed`: a difference (projection, trend, scenario) would describe fewer than
 *   minGroupSize leaders.
 */
export type CoverageSuppression = 'no-data' | 'too-few' | 'complementary' | 'few-changed';

/**
 * One figure: a share (0–1), an average gap, a count or a change, with `n` the number of
 * distinct leaders it rests on; or the reason it is hidden.
 */
export type CoverageValue =
  | { shown: true; value: number; n: number }
  | { shown: false; reason: CoverageSuppression };

/** The figures of one row and one competency (or all competencies when the key is null). */
export interface CoverageCell {
  /** Null: all competencies together (shares over leader × competency pairs). */
  competencyKey: string | null;
  met: CoverageValue;
  projected: CoverageValue;
  planned: CoverageValue;
  gap: CoverageValue;
  /** In scope without enough evidence to judge; null while `met` is hidden. */
  notAssessed: number | null;
  /** Assessed, but no target is set for their leader level; null while `met` is hidden. */
  noTarget: number | null;
}

/** Money and time of the approved and active plans of a row's leaders. */
export type CoverageBudget =
  | {
      shown: true;
      /** Distinct leaders with an approved or active plan (the figures rest on them). */
      leaders: number;
      plans: number;
      /** Sum of the plans' activities (price snapshots), DKK. */
      committedDkk: number;
      /** Sum of the budgets the plans were made for, DKK. */
      budgetDkk: number;
      /** Hours of the leaders' time in the plans' activities. */
      hours: number;
    }
  | { shown: false; reason: CoverageSuppression };

/**
 * A row of the heatmap: a unit with its whole subtree, or (`own`) the leaders placed
 * directly in the unit shown above the rows, beside its sub-units.
 */
export interface CoverageRow {
  kind: 'unit' | 'own';
  orgUnit: OrgUnitRef & { kind: OrgUnitKind };
  /** Leaders in scope (the organisation's headcount is not assessment data). */
  leaders: number;
  /** One per competency in the framework's order, then the all-competencies cell. */
  cells: CoverageCell[];
  budget: CoverageBudget;
  /** Has sub-units and enough assessed leaders to open (drill-down stops at the limit). */
  drillable: boolean;
}

export interface CoverageRoundRef {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  status: 'open' | 'closed';
}

export interface CoverageCompetencyRef {
  key: string;
  title: LocalizedText;
}

/** Progress towards a director's target for a unit and competency. */
export interface CoverageTargetView {
  orgUnit: OrgUnitRef;
  competencyKey: string;
  /** Whole percent of the unit's assessed leaders meeting their target, 1–100. */
  targetPercent: number;
  /** ISO date by which the share should be reached. */
  dueDate: string;
  note: string | null;
  setBy: { accountId: string | null; name: string };
  updatedAt: string;
  /** The share meeting target now (newest round), under the same rules as the heatmap. */
  current: CoverageValue;
  /** The share expected once the plans that end by the due date are done. */
  projectedByDue: CoverageValue;
  /**
   * reached: the share already meets the target; on-track: the plans ending by the due
   * date are expected to reach it; off-track: they are not; unknown: a figure is hidden;
   * overdue: the due date has passed without reaching it.
   */
  status: 'reached' | 'on-track' | 'off-track' | 'unknown' | 'overdue';
}

/** `PUT /api/org-units/:id/coverage-targets/:competencyKey` */
export interface SaveCoverageTargetRequest {
  targetPercent: number;
  dueDate: string;
  note?: string | null;
}

/** `GET /api/coverage?orgUnitId=&roundId=` (and `&file=xlsx|pdf` for the exports). */
export interface CoverageQuery {
  orgUnitId?: string;
  roundId?: string;
  file?: 'xlsx' | 'pdf';
}

/** The heatmap of one unit: its total, and a row per sub-unit (and its own leaders). */
export interface CoverageOverview {
  round: CoverageRoundRef;
  /** Rounds that can be chosen, newest first. */
  rounds: CoverageRoundRef[];
  minGroupSize: number;
  competencies: CoverageCompetencyRef[];
  /** From the caller's top unit down to this one. */
  breadcrumb: OrgUnitRef[];
  /** The units the caller may start from (a director's areas, the kommune for HR). */
  scopes: OrgUnitRef[];
  unit: CoverageRow;
  rows: CoverageRow[];
  /** Targets set for this unit and its sub-units, with progress. */
  targets: CoverageTargetView[];
  /** Whether the caller may set targets for this unit (directors over it, HR, admins). */
  canSetTargets: boolean;
  generatedAt: string;
}

/** One round's point of a trend line. */
export interface CoverageTrendPoint {
  roundId: string;
  met: CoverageValue;
  gap: CoverageValue;
  /**
   * Change of `met` from the previous round in share points (0.05 = 5 points); null for
   * the first round. Hidden (`few-changed`) when 1 to minGroupSize − 1 leaders came or went.
   */
  change: CoverageValue | null;
  /**
   * Leaders assessed in this round and not the previous one, and the other way round; null
   * where either round's figure is hidden or either count is 1 to minGroupSize − 1.
   */
  membership: { in: number; out: number } | null;
}

export interface CoverageTrendSeries {
  row: { kind: 'unit' | 'own'; orgUnit: OrgUnitRef };
  competencyKey: string | null;
  points: CoverageTrendPoint[];
}

/** `GET /api/coverage/trend?orgUnitId=` — the unit and its rows over every round. */
export interface CoverageTrend {
  orgUnit: OrgUnitRef;
  minGroupSize: number;
  competencies: CoverageCompetencyRef[];
  /** Oldest first. */
  rounds: CoverageRoundRef[];
  series: CoverageTrendSeries[];
}

/** Demand and supply of one competency (HR). */
export interface CompetencyDemand {
  competencyKey: string;
  /** Leaders below target (value = the count). */
  demand: CoverageValue;
  strongOffers: number;
  someOffers: number;
  onDemandOffers: number;
  /** Sessions in the window with open registration and free seats, and those seats. */
  sessions: number;
  freeSeats: number;
  /** Seats taken and waiting on the window's sessions of offers with an effect on it. */
  seatsTaken: number;
  capacity: number;
  waitingList: number;
}

export interface BehaviourDemand {
  competencyKey: string;
  behaviourKey: string;
  /** Leaders with a gap on the behaviour. */
  demand: CoverageValue;
  /** Available offers naming the behaviour (published; on demand or with free seats). */
  offers: number;
  onDemandOffers: number;
  freeSeats: number;
}

/** A session's seats against its requests. */
export interface SessionDemand {
  offerId: string;
  offerTitle: string;
  sessionId: string;
  startDate: string;
  endDate: string;
  place: string | null;
  capacity: number;
  seatsTaken: number;
  waitingList: number;
  competencyKeys: string[];
}

/**
 * Gaps the available catalogue does not address: leaders with the gap beyond the free
 * seats of available offers that name the behaviour (or have an effect on the competency).
 */
export interface UnmetDemand {
  competencyKey: string;
  /** Null: the competency as a whole (no available offer has an effect on it). */
  behaviourKey: string | null;
  demand: CoverageValue;
  /** Free seats of available offers addressing it; null when an on-demand offer does. */
  availableSeats: number | null;
  /** Leaders left without a seat (value); hidden like the demand it comes from. */
  unmet: CoverageValue;
}

/** `GET /api/coverage/demand[?roundId=]` — HR's demand against the catalogue. */
export interface CoverageDemand {
  round: CoverageRoundRef;
  minGroupSize: number;
  /** ISO dates of the supply window (today and 12 months on). */
  from: string;
  to: string;
  competencies: CompetencyDemand[];
  behaviours: BehaviourDemand[];
  /** The window's sessions, most pressed first (waiting list, then seats taken / capacity). */
  sessions: SessionDemand[];
  /** Largest first; hidden figures last. */
  unmet: UnmetDemand[];
}

/** `POST /api/coverage/scenarios` — what if; nothing is saved. */
export interface CoverageScenarioRequest {
  orgUnitId: string;
  roundId?: string;
  /**
   * Who is re-planned: leaders with a gap and no approved or active plan (default), or
   * every leader with a gap, whose current plans the scenario's proposals then replace.
   */
  leaders?: 'without-plan' | 'all-with-gap';
  /** Budget (DKK) and hours of each re-planned leader's plan. */
  budgetDkk: number;
  hours: number;
  /** Extra seats on existing sessions. */
  extraSeats?: { sessionId: string; seats: number }[];
  /** New sessions of published offers. */
  newSessions?: {
    offerId: string;
    startDate: string;
    endDate: string;
    capacity: number;
    place?: string | null;
  }[];
  /** Strategic weights in place of those in force (0.5–3, steps of 0.5). */
  weights?: { competencyKey: string; weight: number }[];
}

export type CoverageScenarioStatus = 'running' | 'done' | 'cancelled' | 'failed';

/** Today's projection beside the scenario's, per competency. */
export interface CoverageScenarioCell {
  competencyKey: string | null;
  today: CoverageValue;
  scenario: CoverageValue;
  /** scenario − today in share points. */
  change: CoverageValue;
}

export interface CoverageScenarioRow {
  kind: 'unit' | 'own';
  orgUnit: OrgUnitRef & { kind: OrgUnitKind };
  cells: CoverageScenarioCell[];
}

export interface CoverageScenarioResult {
  /**
   * Leaders the scenario applies to (see `leaders` of the request), as a count (value and
   * n): hidden as any figure where it would tell about 1 to minGroupSize − 1 leaders, the
   * same for every scenario whichever unit it runs for.
   */
  eligible: CoverageValue;
  /** Of those, the leaders the planner proposed for, hit the time limit for, or failed for; hidden with `eligible`. */
  replanned: CoverageValue;
  timedOut: CoverageValue;
  failed: CoverageValue;
  unit: CoverageScenarioRow;
  rows: CoverageScenarioRow[];
  /** Cost and hours the re-planned leaders' proposals would add (hidden below the limit). */
  added: CoverageBudget;
}

/** A running or finished scenario, polled with `GET /api/coverage/scenarios/:id`. */
export interface CoverageScenarioJob {
  id: string;
  status: CoverageScenarioStatus;
  orgUnit: OrgUnitRef;
  round: CoverageRoundRef;
  createdAt: string;
  /**
   * The unit's leaders (all of them: a public count) gone through, in an order of its own
   * per scenario, so the progress does not tell how many the scenario applies to.
   */
  progress: { done: number; total: number };
  /** Per-leader time limit of the planner, seconds. */
  timeLimitSeconds: number;
  result: CoverageScenarioResult | null;
  /** Why it failed (Danish), when it did. */
  message: string | null;
}
