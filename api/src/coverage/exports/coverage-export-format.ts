import type {
  CoverageBudget,
  CoverageMeasure,
  CoverageOverview,
  CoverageRow,
  CoverageSuppression,
  CoverageTargetView,
  CoverageValue,
} from '@lederloeft/contracts';
import {
  danishDate,
  danishDecimal,
  danishHours,
  danishMoney,
} from '../../plans/exports/danish-format';

/**
 * Danish texts of the coverage exports. The XLSX and the PDF both render a
 * `CoverageOverview` as the API answers it, so they hide exactly what the JSON hides.
 */
export const MEASURE_LABEL: Record<CoverageMeasure, string> = {
  met: 'Andel der når målet',
  projected: 'Forventet dækning, når planerne er gennemført',
  planned: 'Plandækning (under målet med en plan for kompetencen)',
  gap: 'Gennemsnitligt gab for dem under målet (point)',
};

export const MEASURE_SHORT: Record<CoverageMeasure, string> = {
  met: 'Når målet',
  projected: 'Forventet',
  planned: 'Plandækning',
  gap: 'Gns. gab',
};

/** Why a figure is hidden; `short` for the PDF's narrow columns (its notes explain them). */
export function reasonText(
  reason: CoverageSuppression,
  minGroupSize: number,
  short = false,
): string {
  switch (reason) {
    case 'no-data':
      return 'Ingen data';
    case 'too-few':
      return `Færre end ${minGroupSize}`;
    case 'complementary':
      return short ? 'Skjult (beskytter)' : 'Skjult (beskytter andre)';
    case 'few-changed':
      return short ? 'Skjult (få ændret)' : `Skjult (færre end ${minGroupSize} ændret)`;
  }
}

const PERCENT = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** "52,6 %" for a share, "0,5" for a gap. */
export function valueText(measure: CoverageMeasure, value: number): string {
  return measure === 'gap' ? danishDecimal(value) : `${PERCENT.format(value * 100)} %`;
}

/** A figure with its n, or why it is hidden. */
export function cellText(
  measure: CoverageMeasure,
  value: CoverageValue,
  minGroupSize: number,
  short = false,
): string {
  return value.shown
    ? `${valueText(measure, value.value)} (n = ${value.n})`
    : reasonText(value.reason, minGroupSize, short);
}

/** The row's name as the screen has it: "I alt: …" for the unit's total, then its rows. */
export function rowLabel(row: CoverageRow, total = false): string {
  if (total) return `I alt: ${row.orgUnit.name}`;
  return row.kind === 'own' ? `Ledere direkte i ${row.orgUnit.name}` : row.orgUnit.name;
}

export function budgetTexts(budget: CoverageBudget, minGroupSize: number, short = false): string[] {
  if (!budget.shown) return [reasonText(budget.reason, minGroupSize, short), '', '', '', ''];
  return [
    String(budget.leaders),
    String(budget.plans),
    danishMoney(budget.committedDkk),
    danishMoney(budget.budgetDkk),
    danishHours(budget.hours),
  ];
}

export const TARGET_STATUS: Record<CoverageTargetView['status'], string> = {
  reached: 'Nået',
  'on-track': 'På vej: planerne forventes at nå det',
  'off-track': 'Planerne forventes ikke at nå det',
  unknown: 'Kan ikke vurderes (tal skjult)',
  overdue: 'Datoen er passeret',
};

export function targetTexts(
  target: CoverageTargetView,
  overview: CoverageOverview,
  short = false,
): string[] {
  const title =
    overview.competencies.find((c) => c.key === target.competencyKey)?.title.da ??
    target.competencyKey;
  return [
    target.orgUnit.name,
    title,
    `${target.targetPercent} % senest ${danishDate(target.dueDate)}`,
    cellText('met', target.current, overview.minGroupSize, short),
    cellText('projected', target.projectedByDue, overview.minGroupSize, short),
    TARGET_STATUS[target.status],
  ];
}

/** The rules the figures follow, as printed under them. */
export function rulesText(minGroupSize: number): string[] {
  return [
    `Et tal vises kun, når det bygger på mindst ${minGroupSize} ledere. "Færre end ${minGroupSize}" er noget andet end "Ingen data" (ingen at tælle).`,
    'Et tal skjules også, hvis det ellers kunne regnes ud ved at trække de viste tal fra hinanden ("Skjult (beskytter andre)", i PDF\'en "Skjult (beskytter)").',
    `En forventet dækning eller en ændring skjules, hvis forskellen ville handle om færre end ${minGroupSize} ledere ("Skjult (færre end ${minGroupSize} ændret)", i PDF'en "Skjult (få ændret)").`,
    'Ledere uden nok vurderinger tælles som "ikke vurderet", aldrig som under målet.',
    'Forventet dækning regner med de godkendte og igangværende planers forventede effekt (som planlæggeren beregner den); gennemførte aktiviteter tæller med.',
  ];
}

export const fileBase = (overview: CoverageOverview) =>
  `overblik-${overview.unit.orgUnit.name}-${overview.round.name}`;
