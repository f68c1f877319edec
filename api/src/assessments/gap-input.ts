import {
  DEFAULT_GAP_SETTINGS,
  type BehaviourEvidence,
  type GapInput,
  type GapSettings,
} from '@lederloeft/domain';
import type { AssessmentRoundEntity } from './assessment-round.entity';

/** The round's scale, anonymity limit and source weights as gap settings. */
export function gapSettingsOf(round: AssessmentRoundEntity): GapSettings {
  const values = round.scale.map((p) => p.value);
  return {
    ...DEFAULT_GAP_SETTINGS,
    scale: { min: Math.min(...values), max: Math.max(...values) },
    minRespondents: round.minRespondents,
    weights: { ...DEFAULT_GAP_SETTINGS.weights, ...(round.weights ?? {}) },
  };
}

/** One leader's stored evidence in one round, as read from the database. */
export interface StoredEvidence {
  ratings: { source: 'self' | 'manager'; behaviourKey: string; rating: number | null }[];
  employees: { behaviourKey: string; mean: number; respondents: number }[];
  /** The survey results of the leader's (current) unit. */
  survey: { competencyKey: string; score: number; respondents: number }[];
}

/**
 * The gap rules' input for one leader in one round: only sources the round collects,
 * "kan ikke vurdere" left out. The leader's gap profile and the coverage facts both come
 * from here, so every aggregate agrees with the profile the leader sees.
 */
export function gapInputOf(
  round: AssessmentRoundEntity,
  competencies: readonly { key: string; behaviourKeys: readonly string[] }[],
  targets: Readonly<Record<string, number>>,
  evidence: StoredEvidence,
): GapInput {
  const collects = new Set(round.sources);
  const behaviourEvidence: BehaviourEvidence[] = [
    ...evidence.ratings
      .filter((r) => r.rating !== null && collects.has(r.source))
      .map((r) => ({
        source: r.source,
        behaviourKey: r.behaviourKey,
        mean: r.rating as number,
        respondents: 1,
      })),
    ...(collects.has('employees')
      ? evidence.employees.map((e) => ({
          source: 'employees' as const,
          behaviourKey: e.behaviourKey,
          mean: e.mean,
          respondents: e.respondents,
        }))
      : []),
  ];
  return {
    competencies,
    targets,
    behaviourEvidence,
    competencyEvidence: collects.has('survey')
      ? evidence.survey.map((s) => ({
          source: 'survey' as const,
          competencyKey: s.competencyKey,
          score: s.score,
          respondents: s.respondents,
        }))
      : [],
    settings: gapSettingsOf(round),
  };
}
