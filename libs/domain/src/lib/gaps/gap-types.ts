import type { AssessmentSource } from '@lederloeft/contracts';

/**
 * Where a level comes from: the leader's own assessment, their manager's, their employees'
 * (the lederevaluering) or the wellbeing survey (trivselsundersøgelse).
 */
export type { AssessmentSource };

/** The sources that rate single behaviours; the survey only speaks to whole competencies. */
export type BehaviourSource = Exclude<AssessmentSource, 'survey'>;

/**
 * One source's aggregated rating of one behaviour. Employee answers arrive already
 * aggregated (count, mean, distribution): individual answers are never kept, so they
 * stay anonymous. "Kan ikke vurdere" answers are not ratings and are not counted.
 */
export interface BehaviourEvidence {
  source: BehaviourSource;
  behaviourKey: string;
  /** Mean rating on the settings' scale. */
  mean: number;
  /** How many people rated: 1 for self and manager. */
  respondents: number;
  /** Count of answers per scale point, lowest first; kept for display, not used here. */
  distribution?: number[];
}

/** A wellbeing survey result for one competency (the survey does not ask per behaviour). */
export interface CompetencyEvidence {
  source: 'survey';
  competencyKey: string;
  /** The survey score, already translated to the rating scale. */
  score: number;
  respondents: number;
}

/** The knobs an organisation may set; DEFAULT_GAP_SETTINGS holds the defaults. */
export interface GapSettings {
  scale: { min: number; max: number };
  /** Anonymous sources (employees, survey) count only from this many respondents. */
  minRespondents: number;
  /** Relative weight of each source in the combined level; 0 leaves a source out. */
  weights: Record<AssessmentSource, number>;
  /** A blind spot is a self-rating this many points or more from the others' level. */
  blindSpotThreshold: number;
}

/** Everything needed to compute one leader's gap profile against one framework edition. */
export interface GapInput {
  competencies: readonly { key: string; behaviourKeys: readonly string[] }[];
  /** Target level per competency key, for the leader's level; missing means no target set. */
  targets: Readonly<Record<string, number | undefined>>;
  behaviourEvidence: readonly BehaviourEvidence[];
  /** Survey evidence, which maps to competencies rather than behaviours. */
  competencyEvidence: readonly CompetencyEvidence[];
  settings: GapSettings;
}

/**
 * What one source says about a behaviour or competency: a level, or, for anonymous
 * sources with too few respondents, only that it is withheld ("for få besvarelser").
 */
export type SourceLevel =
  | { level: number; respondents: number }
  | { suppressed: 'too-few-respondents'; respondents: number };

/** How much evidence a combined level rests on. */
export interface GapEvidence {
  /** The sources that entered the combined level (shown, not suppressed, weight above 0). */
  sources: AssessmentSource[];
  /** Number of individual ratings behind the combined level. */
  ratings: number;
}

/** A self-rating that differs from the others' level by at least the threshold. */
export interface BlindSpot {
  self: number;
  others: number;
  /** self - others: positive when the leader rates themselves higher than others do. */
  difference: number;
}

/**
 * met: the combined level reaches the target; gap: it does not; no-target: no target is
 * set for the leader's level; no-evidence: no usable evidence, so no level at all.
 */
export type GapStatus = 'met' | 'gap' | 'no-target' | 'no-evidence';

/** The gap for one behaviour, measured against its competency's target. */
export interface BehaviourGap {
  key: string;
  observed: Partial<Record<BehaviourSource, SourceLevel>>;
  combined: number | null;
  /** Competency target - combined; null when either is missing. */
  gap: number | null;
  evidence: GapEvidence;
  status: GapStatus;
  blindSpot: BlindSpot | null;
}

/** The gap for one competency, with the behaviours behind it. */
export interface CompetencyGap {
  key: string;
  target: number | null;
  observed: Partial<Record<AssessmentSource, SourceLevel>>;
  combined: number | null;
  /** target - combined; null when either is missing. */
  gap: number | null;
  evidence: GapEvidence;
  status: GapStatus;
  behaviours: BehaviourGap[];
  blindSpot: BlindSpot | null;
}

/** One leader's gaps, competency by competency, in the framework's order. */
export interface GapProfile {
  competencies: CompetencyGap[];
}
