import type { ImportRow } from '../people/leader-import';
import { headerKey } from '../people/import-values';

export const SURVEY_COLUMNS = {
  unit: ['Enhed-ID', 'Enhed', 'Unit ID'],
  itemCode: ['Spørgsmål-ID', 'Spørgsmålsnummer', 'Item ID', 'Item'],
  itemText: ['Spørgsmål', 'Spørgsmålstekst', 'Question'],
  score: ['Score', 'Gennemsnit', 'Average'],
  respondents: ['Besvarelser', 'Antal besvarelser', 'Respondents'],
} as const;
type Field = keyof typeof SURVEY_COLUMNS;

/** A wellbeing survey item's score for one org unit, already on the rating scale. */
export interface SurveyItemScore {
  orgUnitId: string;
  itemCode: string;
  itemText: string;
  level: number;
  respondents: number;
}

export interface SurveyImportPlan {
  errors: { line: number; path: string; message: string }[];
  scores: SurveyItemScore[];
}

/**
 * Reads a wellbeing survey export (one row per org unit and item: Enhed-ID, Spørgsmål-ID,
 * Spørgsmål, Score, Besvarelser). Scores on the survey's own scale (0 to `scaleMax`, e.g. 0-100)
 * are turned linearly into the rating scale (`scale.min`..`scale.max`) so they can stand
 * beside the other sources.
 */
export function planSurveyImport(
  headers: readonly string[],
  rows: readonly ImportRow[],
  context: {
    units: readonly { id: string; externalId: string | null }[];
    scaleMax: number;
    scale: { min: number; max: number };
  },
): SurveyImportPlan {
  const plan: SurveyImportPlan = { errors: [], scores: [] };
  const byKey = new Map(headers.map((h) => [headerKey(h), h]));
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, names] of Object.entries(SURVEY_COLUMNS) as [Field, readonly string[]][]) {
    const found = names.map((n) => byKey.get(headerKey(n))).find((h) => h !== undefined);
    if (found) columns[field] = found;
  }
  for (const field of ['unit', 'itemCode', 'score', 'respondents'] as Field[]) {
    if (!columns[field])
      plan.errors.push({
        line: 1,
        path: field,
        message: `Kolonnen "${SURVEY_COLUMNS[field][0]}" mangler.`,
      });
  }
  if (plan.errors.length) return plan;
  const cell = (row: ImportRow, field: Field) =>
    columns[field] ? (row.cells[columns[field] as string] ?? '').trim() : '';
  const units = new Map(
    context.units
      .filter((u) => u.externalId)
      .map((u) => [(u.externalId as string).toLowerCase(), u.id]),
  );
  const seen = new Map<string, number>();
  for (const row of rows) {
    const unitId = units.get(cell(row, 'unit').toLowerCase());
    const itemCode = cell(row, 'itemCode');
    const score = Number(cell(row, 'score').replace(',', '.'));
    const respondents = Number(cell(row, 'respondents'));
    const path = (f: Field) => columns[f] as string;
    if (!unitId)
      plan.errors.push({
        line: row.line,
        path: path('unit'),
        message: `Ukendt enhed "${cell(row, 'unit')}".`,
      });
    if (!itemCode)
      plan.errors.push({
        line: row.line,
        path: path('itemCode'),
        message: 'Spørgsmål-ID mangler.',
      });
    if (
      cell(row, 'score') === '' ||
      !Number.isFinite(score) ||
      score < 0 ||
      score > context.scaleMax
    ) {
      plan.errors.push({
        line: row.line,
        path: path('score'),
        message: `"${cell(row, 'score')}" er ikke en score mellem 0 og ${context.scaleMax}.`,
      });
    }
    if (!Number.isInteger(respondents) || respondents < 0) {
      plan.errors.push({
        line: row.line,
        path: path('respondents'),
        message: `"${cell(row, 'respondents')}" er ikke et antal besvarelser.`,
      });
    }
    const key = `${unitId}|${itemCode.toLowerCase()}`;
    if (unitId && itemCode && seen.has(key)) {
      plan.errors.push({
        line: row.line,
        path: path('itemCode'),
        message: `Spørgsmålet står også for enheden i række ${seen.get(key)}.`,
      });
    }
    if (!unitId || !itemCode || plan.errors.some((e) => e.line === row.line)) continue;
    seen.set(key, row.line);
    const level =
      context.scale.min + ((context.scale.max - context.scale.min) * score) / context.scaleMax;
    plan.scores.push({
      orgUnitId: unitId,
      itemCode,
      itemText: cell(row, 'itemText'),
      level: Math.round(level * 100) / 100,
      respondents,
    });
  }
  return plan;
}

/**
 * Turns item scores into evidence per competency: the respondent-weighted mean of the items
 * mapped to it; respondents = the most any of those items had. Unmapped items count nowhere.
 */
export function combineSurveyScores(
  scores: readonly Omit<SurveyItemScore, 'itemText'>[],
  mapping: ReadonlyMap<string, string | null>,
): { orgUnitId: string; competencyKey: string; score: number; respondents: number }[] {
  const groups = new Map<
    string,
    {
      orgUnitId: string;
      competencyKey: string;
      weighted: number;
      weight: number;
      respondents: number;
    }
  >();
  for (const s of scores) {
    const competencyKey = mapping.get(s.itemCode);
    if (!competencyKey) continue;
    const key = `${s.orgUnitId}|${competencyKey}`;
    const g = groups.get(key) ?? {
      orgUnitId: s.orgUnitId,
      competencyKey,
      weighted: 0,
      weight: 0,
      respondents: 0,
    };
    g.weighted += s.level * s.respondents;
    g.weight += s.respondents;
    g.respondents = Math.max(g.respondents, s.respondents);
    groups.set(key, g);
  }
  return [...groups.values()]
    .filter((g) => g.weight > 0)
    .map((g) => ({
      orgUnitId: g.orgUnitId,
      competencyKey: g.competencyKey,
      score: Math.round((g.weighted / g.weight) * 100) / 100,
      respondents: g.respondents,
    }));
}
