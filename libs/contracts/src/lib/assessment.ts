import type { LocalizedText } from './common';

/** Where evidence about a leader comes from. */
export type AssessmentSource = 'self' | 'manager' | 'employees' | 'survey';
export const ASSESSMENT_SOURCES: readonly AssessmentSource[] = [
  'self',
  'manager',
  'employees',
  'survey',
];

/** A point of the rating scale, e.g. 3 = "I nogen grad". */
export interface ScalePoint {
  value: number;
  label: LocalizedText;
}

/** An assessment round, e.g. "Lederevaluering 2026", bound to one framework edition. */
export interface AssessmentRoundView {
  id: string;
  name: string;
  frameworkId: string;
  /** ISO dates (YYYY-MM-DD). */
  periodStart: string;
  periodEnd: string;
  sources: AssessmentSource[];
  status: 'open' | 'closed';
  /** Employee results with fewer respondents are not shown and not used. */
  minRespondents: number;
  scale: ScalePoint[];
  /** Weight of each source in the combined level (0 leaves a source out). */
  weights: Record<AssessmentSource, number>;
}

/** `POST /api/assessment-rounds` (admin). */
export interface CreateAssessmentRoundRequest {
  name: string;
  /** The edition the round assesses; the current one when left out. */
  frameworkId?: string;
  periodStart: string;
  periodEnd: string;
  sources: AssessmentSource[];
  minRespondents?: number;
  weights?: Record<AssessmentSource, number>;
}

/** `PATCH /api/assessment-rounds/:id` (admin): open or close, and adjust the settings. */
export interface UpdateAssessmentRoundRequest {
  name?: string;
  periodEnd?: string;
  status?: 'open' | 'closed';
  minRespondents?: number;
  weights?: Record<AssessmentSource, number>;
}

/** One leader's own or their manager's ratings in a round; null = "kan ikke vurdere". */
export interface RatingSheetView {
  roundId: string;
  leaderId: string;
  source: 'self' | 'manager';
  /** behaviour key → rating (null: "kan ikke vurdere"); unanswered behaviours are absent. */
  ratings: Record<string, number | null>;
  answered: number;
  total: number;
  updatedAt: string | null;
}

/** Saves one answer: the flow saves as you go. */
export interface SaveRatingRequest {
  behaviourKey: string;
  /** 1..5 on the default scale, or null for "kan ikke vurdere". */
  rating: number | null;
}

/** A source's level for a competency or behaviour, or why it is not shown. */
export type SourceLevelView =
  | { level: number; respondents: number }
  | { suppressed: 'too-few-respondents'; respondents: number };

export interface BlindSpotView {
  self: number;
  others: number;
  /** self − others: positive when the leader rates themself higher than others do. */
  difference: number;
}

export type GapStatusView = 'met' | 'gap' | 'no-target' | 'no-evidence';

export interface GapEvidenceView {
  /** The sources that entered the combined level. */
  sources: AssessmentSource[];
  /** Number of individual ratings behind it. */
  ratings: number;
}

export interface BehaviourGapView {
  key: string;
  observed: Partial<Record<AssessmentSource, SourceLevelView>>;
  combined: number | null;
  /** The competency's target − this behaviour's combined level. */
  gap: number | null;
  evidence: GapEvidenceView;
  status: GapStatusView;
  blindSpot: BlindSpotView | null;
}

export interface CompetencyGapView {
  key: string;
  target: number | null;
  observed: Partial<Record<AssessmentSource, SourceLevelView>>;
  combined: number | null;
  /** target − combined; null when either is missing (never a hidden default). */
  gap: number | null;
  status: GapStatusView;
  evidence: GapEvidenceView;
  blindSpot: BlindSpotView | null;
  behaviours: BehaviourGapView[];
}

/** `GET /api/leaders/:id/gap-profile`: the leader's gaps in one round. */
export interface GapProfileView {
  leaderId: string;
  round: AssessmentRoundView;
  levelKey: string;
  weights: Record<AssessmentSource, number>;
  competencies: CompetencyGapView[];
}

/** `POST /api/assessment-rounds/:id/employee-results[/preview]`: a leader evaluation import. */
export interface EmployeeResultsImportView {
  /** Respondent rows in the file. */
  responses: number;
  /** Leaders with results. */
  leaders: number;
  /** Leader × behaviour results that are (or would be) stored. */
  results: number;
  errors: { line: number; column: string; message: string }[];
}

/** A wellbeing survey item and the competency it is evidence for (null: none). */
export interface SurveyItemView {
  code: string;
  text: string;
  competencyKey: string | null;
}

/** `POST /api/assessment-rounds/:id/survey-results[/preview]`: a wellbeing survey import. */
export interface SurveyImportView {
  rows: number;
  units: number;
  items: number;
  /** Items in the file not yet mapped to a competency (they count nowhere until mapped). */
  unmappedItems: string[];
  errors: { line: number; column: string; message: string }[];
}
