import type {
  CoverageMeasure,
  CoverageSuppression,
  CoverageValue,
  Language,
} from '@lederloeft/contracts';
import { formatDecimal } from '../../i18n/number-format';
import type { UiKey } from '../../i18n/ui-key';

/** 0 (weakest) to 4 (strongest): the colour and the meter of a shown figure. */
export type Band = 0 | 1 | 2 | 3 | 4;

/**
 * How good a figure is, in five steps. Shares: every 20 points. The average gap is the
 * other way round: the smaller the better (steps of a quarter level point).
 */
export function band(measure: CoverageMeasure, value: number): Band {
  if (measure === 'gap') {
    const steps = [1, 0.75, 0.5, 0.25];
    const index = steps.findIndex((limit) => value >= limit);
    return (index < 0 ? 4 : index) as Band;
  }
  return Math.min(4, Math.floor(value * 5 + 1e-9)) as Band;
}

/** ●●●○: the band as filled dots, so the level reads without colour. */
export function meter(b: Band): string {
  return '●'.repeat(b) + '○'.repeat(4 - b);
}

export const REASON_KEYS: Record<CoverageSuppression, UiKey> = {
  'no-data': 'overview.reason.noData',
  'too-few': 'overview.reason.tooFew',
  complementary: 'overview.reason.complementary',
  'few-changed': 'overview.reason.fewChanged',
};

/** What a heatmap cell shows. */
export type CellDisplay =
  | { shown: true; text: string; n: number; band: Band; meter: string }
  | { shown: false; reason: CoverageSuppression; reasonKey: UiKey };

/** "53 %" for a share, "0,4" for an average gap, in the language's notation. */
export function valueText(measure: CoverageMeasure, value: number, lang: Language): string {
  if (measure === 'gap') return formatDecimal(value, lang, 2);
  return `${formatDecimal(value * 100, lang, 0)} %`;
}

/** A change of a share in points: "+12", "−3", "0". */
export function changeText(value: number, lang: Language): string {
  const points = Math.round(value * 100);
  if (points === 0) return '0';
  return `${points > 0 ? '+' : '−'}${formatDecimal(Math.abs(points), lang, 0)}`;
}

export function cellDisplay(
  measure: CoverageMeasure,
  value: CoverageValue,
  lang: Language,
): CellDisplay {
  if (!value.shown) {
    return { shown: false, reason: value.reason, reasonKey: REASON_KEYS[value.reason] };
  }
  const b = band(measure, value.value);
  return {
    shown: true,
    text: valueText(measure, value.value, lang),
    n: value.n,
    band: b,
    meter: meter(b),
  };
}
