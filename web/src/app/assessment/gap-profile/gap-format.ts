import type {
  AssessmentSource,
  BlindSpotView,
  GapStatusView,
  SourceLevelView,
} from '@lederloeft/contracts';
import type { LanguageService } from '../../i18n/language.service';
import { formatDecimal, formatDifference } from '../../i18n/number-format';
import type { UiKey } from '../../i18n/ui-key';

/** Whose profile it is: the signed-in leader ("du") or someone else ("lederen"). */
export type GapSubject = 'self' | 'other';

export const SOURCE_NAMES: Readonly<Record<AssessmentSource, UiKey>> = {
  self: 'assessment.source.self',
  manager: 'assessment.source.manager',
  employees: 'assessment.source.employees',
  survey: 'assessment.source.survey',
};

/** "3,4" or "Ingen data". */
export function levelText(level: number | null | undefined, language: LanguageService): string {
  return level === null || level === undefined
    ? language.t('gapProfile.noData')
    : formatDecimal(level, language.lang());
}

/** A source's level, "For få besvarelser (2)" when withheld, or "Ingen data" when absent. */
export function sourceText(view: SourceLevelView | undefined, language: LanguageService): string {
  if (!view) {
    return language.t('gapProfile.noData');
  }
  return 'suppressed' in view
    ? language.t('gapProfile.suppressed', { count: view.respondents })
    : formatDecimal(view.level, language.lang());
}

/** "Mål nået", "Gab på 0,4", "Intet mål", "Ingen data". */
export function statusText(
  status: GapStatusView,
  gap: number | null,
  language: LanguageService,
): string {
  switch (status) {
    case 'met':
      return language.t('gapProfile.status.met');
    case 'gap':
      return language.t('gapProfile.status.gap', {
        gap: formatDifference(gap ?? 0, language.lang()),
      });
    case 'no-target':
      return language.t('gapProfile.status.noTarget');
    default:
      return language.t('gapProfile.status.noEvidence');
  }
}

/** "du vurderer dig selv 1,3 højere end andre" (or "lederen vurderer sig selv …"). */
export function blindSpotText(
  blindSpot: BlindSpotView,
  subject: GapSubject,
  language: LanguageService,
): string {
  const direction = blindSpot.difference >= 0 ? 'higher' : 'lower';
  const key = `gapProfile.blindSpot.${subject}.${direction}` as const;
  return language.t(key, { difference: formatDifference(blindSpot.difference, language.lang()) });
}

/** "1,3 højere" for a table cell. */
export function blindSpotShort(blindSpot: BlindSpotView, language: LanguageService): string {
  const key =
    blindSpot.difference >= 0 ? 'gapProfile.blindSpot.higher' : 'gapProfile.blindSpot.lower';
  return language.t(key, { difference: formatDifference(blindSpot.difference, language.lang()) });
}
