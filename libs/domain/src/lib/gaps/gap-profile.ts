import type { ApiErrorDetail } from '@lederloeft/contracts';
import { DomainError } from '../domain-error';
import { validateGapSettings } from './gap-settings';
import { ASSESSMENT_SOURCE_LABELS, ASSESSMENT_SOURCES } from './gap-sources';
import type {
  AssessmentSource,
  BehaviourEvidence,
  BehaviourGap,
  BehaviourSource,
  BlindSpot,
  CompetencyEvidence,
  CompetencyGap,
  GapEvidence,
  GapInput,
  GapProfile,
  GapSettings,
  GapStatus,
  SourceLevel,
} from './gap-types';

type Levels = Partial<Record<AssessmentSource, number>>;
type Observed<S extends AssessmentSource> = Partial<Record<S, SourceLevel>>;
type ShownLevel = Extract<SourceLevel, { level: number }>;

const BEHAVIOUR_SOURCES: readonly BehaviourSource[] = ['self', 'manager', 'employees'];

/**
 * Employees answer the lederevaluering anonymously, and the wellbeing survey is employee
 * answers too: with only one or two respondents a leader could tell who said what.
 */
const ANONYMOUS_SOURCES: readonly AssessmentSource[] = ['employees', 'survey'];

/** A level as shown: two decimals, rounded half away from zero, never -0. */
function roundLevel(value: number): number {
  // The nudge absorbs binary noise (1.005 * 100 is 100.49999...) without moving real values.
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
  return rounded === 0 ? 0 : rounded;
}

function isShown(level: SourceLevel): level is ShownLevel {
  return 'level' in level;
}

function inScale(value: number, settings: GapSettings): boolean {
  return Number.isFinite(value) && value >= settings.scale.min && value <= settings.scale.max;
}

/** What is wrong with one piece of evidence, or null when it is usable. */
function evidenceProblem(
  evidence: BehaviourEvidence | CompetencyEvidence,
  settings: GapSettings,
): { field: string; message: string } | null {
  const label = ASSESSMENT_SOURCE_LABELS[evidence.source];
  const survey = evidence.source === 'survey';
  const key = survey ? evidence.competencyKey : evidence.behaviourKey;
  const value = survey ? evidence.score : evidence.mean;
  // An anonymous source may report that nobody (or too few) answered; a self or manager
  // assessment without a rater is not an assessment, and should be left out instead.
  const fewest = ANONYMOUS_SOURCES.includes(evidence.source) ? 0 : 1;
  if (!Number.isInteger(evidence.respondents) || evidence.respondents < fewest) {
    return {
      field: 'respondents',
      message: `Antal besvarelser fra ${label} for "${key}" skal være et helt tal på mindst ${fewest}.`,
    };
  }
  // Checked even when the level will be withheld: a value off the scale is broken data.
  if (evidence.respondents > 0 && !inScale(value, settings)) {
    return {
      field: survey ? 'score' : 'mean',
      message: `Niveauet ${value} fra ${label} for "${key}" ligger uden for skalaen ${settings.scale.min}-${settings.scale.max}.`,
    };
  }
  return null;
}

/** The level of valid evidence at full precision, or withheld when too few answered. */
function measure(
  evidence: BehaviourEvidence | CompetencyEvidence,
  settings: GapSettings,
): SourceLevel {
  const { respondents } = evidence;
  if (ANONYMOUS_SOURCES.includes(evidence.source) && respondents < settings.minRespondents) {
    return { suppressed: 'too-few-respondents', respondents };
  }
  return { level: evidence.source === 'survey' ? evidence.score : evidence.mean, respondents };
}

function roundSourceLevel(level: SourceLevel): SourceLevel {
  return isShown(level)
    ? { level: roundLevel(level.level), respondents: level.respondents }
    : { suppressed: level.suppressed, respondents: level.respondents };
}

function roundObserved<S extends AssessmentSource>(observed: Observed<S>): Observed<S> {
  const rounded: Observed<S> = {};
  for (const source of ASSESSMENT_SOURCES as readonly S[]) {
    const level = observed[source];
    if (level !== undefined) rounded[source] = roundSourceLevel(level);
  }
  return rounded;
}

/** The levels that may be used: withheld ones are left out, as if never given. */
function shownLevels(observed: Observed<AssessmentSource>): Levels {
  const levels: Levels = {};
  for (const source of ASSESSMENT_SOURCES) {
    const level = observed[source];
    if (level !== undefined && isShown(level)) levels[source] = level.level;
  }
  return levels;
}

/**
 * One source's level for a piece of evidence, rounded for display. Employees and survey
 * below the minimum number of respondents are withheld; a value off the scale throws
 * VALIDATION_FAILED.
 */
export function sourceLevel(
  evidence: BehaviourEvidence | CompetencyEvidence,
  settings: GapSettings,
): SourceLevel {
  const problem = evidenceProblem(evidence, settings);
  if (problem) {
    throw new DomainError('VALIDATION_FAILED', problem.message, [
      { path: problem.field, message: problem.message },
    ]);
  }
  return roundSourceLevel(measure(evidence, settings));
}

/**
 * Weighted mean of the sources present with a weight above 0, at full precision;
 * null when there is none, because a missing level must never pass for a real one.
 */
export function combineLevels(
  levels: Partial<Record<AssessmentSource, number>>,
  weights: Record<AssessmentSource, number>,
): number | null {
  let weighted = 0;
  let totalWeight = 0;
  for (const source of ASSESSMENT_SOURCES) {
    const level = levels[source];
    const weight = weights[source];
    if (level === undefined || !(weight > 0)) continue;
    weighted += level * weight;
    totalWeight += weight;
  }
  return totalWeight > 0 ? weighted / totalWeight : null;
}

/**
 * A blind spot when self and others (rounded values) differ by the threshold or more;
 * null when they do not, or when either level is missing.
 */
export function blindSpot(
  self: number | null,
  others: number | null,
  threshold: number,
): BlindSpot | null {
  if (self === null || others === null) return null;
  // Decided on the rounded difference, so the flag always agrees with the number shown.
  const difference = roundLevel(self - others);
  if (Math.abs(difference) < threshold) return null;
  return { self: roundLevel(self), others: roundLevel(others), difference };
}

/** Combined level, gap, evidence, status and blind spot for one behaviour or competency. */
function summarise(
  observed: Observed<AssessmentSource>,
  ratings: Partial<Record<AssessmentSource, number>>,
  target: number | null,
  settings: GapSettings,
): Pick<CompetencyGap, 'combined' | 'gap' | 'evidence' | 'status' | 'blindSpot'> {
  const levels = shownLevels(observed);
  const combined = combineLevels(levels, settings.weights);
  const gap = combined !== null && target !== null ? roundLevel(target - combined) : null;
  const sources = ASSESSMENT_SOURCES.filter(
    (source) => levels[source] !== undefined && settings.weights[source] > 0,
  );
  const evidence: GapEvidence = {
    sources,
    ratings: sources.reduce((sum, source) => sum + (ratings[source] ?? 0), 0),
  };
  let status: GapStatus;
  if (combined === null) status = 'no-evidence';
  else if (gap === null) status = 'no-target';
  // Decided on the rounded gap, so a gap shown as 0.00 is never reported as a gap.
  else status = gap <= 0 ? 'met' : 'gap';
  // The self-rating is compared whatever its weight: the weight only rules the combined level.
  const { self, ...others } = levels;
  return {
    combined: combined === null ? null : roundLevel(combined),
    gap,
    evidence,
    status,
    blindSpot: blindSpot(
      self ?? null,
      combineLevels(others, settings.weights),
      settings.blindSpotThreshold,
    ),
  };
}

/**
 * A source's level for a competency: the plain mean of its shown behaviour levels (each
 * behaviour counts the same); withheld when every behaviour it rated is withheld.
 * Respondents is the most that rated any one behaviour: the same people rate them all.
 */
function competencyLevel(behaviourLevels: readonly SourceLevel[]): SourceLevel | undefined {
  if (behaviourLevels.length === 0) return undefined;
  const shown = behaviourLevels.filter(isShown);
  if (shown.length === 0) {
    return {
      suppressed: 'too-few-respondents',
      respondents: Math.max(...behaviourLevels.map((l) => l.respondents)),
    };
  }
  return {
    level: shown.reduce((sum, l) => sum + l.level, 0) / shown.length,
    respondents: Math.max(...shown.map((l) => l.respondents)),
  };
}

/** Input after its checks: evidence looked up by key, levels at full precision. */
interface ReadInput {
  targets: Map<string, number>;
  behaviourLevels: Map<string, Observed<BehaviourSource>>;
  surveyLevels: Map<string, SourceLevel>;
}

/**
 * Checks the input against itself and indexes it. Every problem is reported at once;
 * evidence for keys outside the given competencies is refused rather than dropped,
 * because silently ignoring evidence would make the profile look thinner than it is.
 */
function readInput(input: GapInput): ReadInput {
  const { settings } = input;
  const issues: ApiErrorDetail[] = [];
  const competencyKeys = new Set<string>();
  const behaviourKeys = new Set<string>();
  input.competencies.forEach((competency, i) => {
    if (competencyKeys.has(competency.key)) {
      issues.push({
        path: `competencies[${i}].key`,
        message: `Kompetencen "${competency.key}" står der mere end én gang.`,
      });
    }
    competencyKeys.add(competency.key);
    competency.behaviourKeys.forEach((key, j) => {
      if (behaviourKeys.has(key)) {
        issues.push({
          path: `competencies[${i}].behaviourKeys[${j}]`,
          message: `Adfærden "${key}" står der mere end én gang.`,
        });
      }
      behaviourKeys.add(key);
    });
  });

  const targets = new Map<string, number>();
  for (const [key, target] of Object.entries(input.targets)) {
    if (target === undefined) continue;
    if (!competencyKeys.has(key)) {
      issues.push({
        path: `targets.${key}`,
        message: `Der er et mål for "${key}", som ikke er en kompetence i ledelsesgrundlaget.`,
      });
    } else if (!inScale(target, settings)) {
      issues.push({
        path: `targets.${key}`,
        message: `Målet ${target} for "${key}" ligger uden for skalaen ${settings.scale.min}-${settings.scale.max}.`,
      });
    } else {
      targets.set(key, target);
    }
  }

  const behaviourLevels = new Map<string, Observed<BehaviourSource>>();
  input.behaviourEvidence.forEach((evidence, i) => {
    const path = `behaviourEvidence[${i}]`;
    if (!behaviourKeys.has(evidence.behaviourKey)) {
      issues.push({
        path: `${path}.behaviourKey`,
        message: `Adfærden "${evidence.behaviourKey}" findes ikke i ledelsesgrundlaget.`,
      });
      return;
    }
    const problem = evidenceProblem(evidence, settings);
    if (problem) {
      issues.push({ path: `${path}.${problem.field}`, message: problem.message });
      return;
    }
    const levels = behaviourLevels.get(evidence.behaviourKey) ?? {};
    if (levels[evidence.source] !== undefined) {
      issues.push({
        path,
        message: `Der er mere end én vurdering fra ${ASSESSMENT_SOURCE_LABELS[evidence.source]} af "${evidence.behaviourKey}"; de skal samles først.`,
      });
      return;
    }
    levels[evidence.source] = measure(evidence, settings);
    behaviourLevels.set(evidence.behaviourKey, levels);
  });

  const surveyLevels = new Map<string, SourceLevel>();
  input.competencyEvidence.forEach((evidence, i) => {
    const path = `competencyEvidence[${i}]`;
    if (!competencyKeys.has(evidence.competencyKey)) {
      issues.push({
        path: `${path}.competencyKey`,
        message: `Kompetencen "${evidence.competencyKey}" findes ikke i ledelsesgrundlaget.`,
      });
      return;
    }
    const problem = evidenceProblem(evidence, settings);
    if (problem) {
      issues.push({ path: `${path}.${problem.field}`, message: problem.message });
      return;
    }
    if (surveyLevels.has(evidence.competencyKey)) {
      issues.push({
        path,
        message: `Der er mere end ét resultat fra trivselsundersøgelsen for "${evidence.competencyKey}"; de skal samles først.`,
      });
      return;
    }
    surveyLevels.set(evidence.competencyKey, measure(evidence, settings));
  });

  if (issues.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Data til gabprofilen er ugyldige.', issues);
  }
  return { targets, behaviourLevels, surveyLevels };
}

/**
 * The leader's gap profile: per competency and behaviour the level per source, the
 * combined level, the gap to the target, the evidence behind it and any blind spot.
 * Missing evidence or target shows as null with its status, never as a default value.
 */
export function calculateGapProfile(input: GapInput): GapProfile {
  const { settings } = input;
  const settingsIssues = validateGapSettings(settings);
  if (settingsIssues.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Indstillingerne for gabprofilen er ugyldige.',
      settingsIssues.map((message) => ({ path: 'settings', message })),
    );
  }
  const { targets, behaviourLevels, surveyLevels } = readInput(input);

  const competencies = input.competencies.map((competency): CompetencyGap => {
    const target = targets.get(competency.key) ?? null;
    const competencyRatings: Partial<Record<AssessmentSource, number>> = {};

    const behaviours = competency.behaviourKeys.map((key): BehaviourGap => {
      const observed = behaviourLevels.get(key) ?? {};
      const ratings: Partial<Record<BehaviourSource, number>> = {};
      for (const source of BEHAVIOUR_SOURCES) {
        const level = observed[source];
        if (level === undefined || !isShown(level)) continue;
        ratings[source] = level.respondents;
        competencyRatings[source] = (competencyRatings[source] ?? 0) + level.respondents;
      }
      return {
        key,
        observed: roundObserved(observed),
        ...summarise(observed, ratings, target, settings),
      };
    });

    const observed: Observed<AssessmentSource> = {};
    for (const source of BEHAVIOUR_SOURCES) {
      const level = competencyLevel(
        competency.behaviourKeys.flatMap((key) => behaviourLevels.get(key)?.[source] ?? []),
      );
      if (level !== undefined) observed[source] = level;
    }
    const survey = surveyLevels.get(competency.key);
    if (survey !== undefined) {
      observed.survey = survey;
      if (isShown(survey)) competencyRatings.survey = survey.respondents;
    }

    return {
      key: competency.key,
      target,
      observed: roundObserved(observed),
      ...summarise(observed, competencyRatings, target, settings),
      behaviours,
    };
  });
  return { competencies };
}
