import { ASSESSMENT_SOURCE_LABELS, ASSESSMENT_SOURCES } from './gap-sources';
import type { GapSettings } from './gap-types';

/**
 * Defaults: a 1-5 scale, anonymity from 3 respondents, and manager and employees weighing
 * double, because a leader's own view and a survey not written for leadership are the
 * weaker evidence of how the leader acts. Frozen, so no caller can change them for others.
 */
export const DEFAULT_GAP_SETTINGS: GapSettings = Object.freeze({
  scale: Object.freeze({ min: 1, max: 5 }),
  minRespondents: 3,
  weights: Object.freeze({ self: 1, manager: 2, employees: 2, survey: 1 }),
  blindSpotThreshold: 1,
});

/** Problems with gap settings, as Danish messages; empty when the settings are usable. */
export function validateGapSettings(settings: GapSettings): string[] {
  const issues: string[] = [];
  const { min, max } = settings.scale;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
    issues.push('Skalaens minimum skal være et tal, der er mindre end skalaens maksimum.');
  }
  if (!Number.isInteger(settings.minRespondents) || settings.minRespondents < 1) {
    issues.push('Mindste antal besvarelser skal være et helt tal på mindst 1.');
  }
  let validWeights = true;
  for (const source of ASSESSMENT_SOURCES) {
    const weight = settings.weights[source];
    if (!Number.isFinite(weight) || weight < 0) {
      validWeights = false;
      issues.push(`Vægten for ${ASSESSMENT_SOURCE_LABELS[source]} skal være et tal på mindst 0.`);
    }
  }
  // With every weight at 0 no level could ever be combined: every profile would be empty.
  if (validWeights && ASSESSMENT_SOURCES.every((source) => settings.weights[source] === 0)) {
    issues.push('Mindst én kilde skal have en vægt over 0.');
  }
  if (!Number.isFinite(settings.blindSpotThreshold) || settings.blindSpotThreshold <= 0) {
    issues.push('Tærsklen for blinde vinkler skal være et tal over 0.');
  }
  return issues;
}
