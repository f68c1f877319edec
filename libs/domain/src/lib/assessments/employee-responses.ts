import type { ImportRow } from '../people/leader-import';
import { headerKey, parseEmail } from '../people/import-values';

/** Columns that identify the leader the respondent answered about. */
export const LEADER_COLUMN_NAMES = [
  'Leder',
  'Leders e-mail',
  'Leder e-mail',
  'Leader',
  'Leader email',
  'Medarbejder-ID',
];
/** Columns survey tools add that carry no rating: ignored. */
export const IGNORED_COLUMN_NAMES = [
  'Respondent',
  'Respondent-ID',
  'Svar-ID',
  'Tidspunkt',
  'Dato',
  'Timestamp',
  'Afdeling',
];
/** Answers that mean "kan ikke vurdere": the respondent gave no rating for that behaviour. */
const NO_RATING = ['', 'ved ikke', 'kan ikke vurdere', 'ikke relevant', 'n/a', '-'];

export interface EmployeeResponseContext {
  behaviours: readonly { key: string; textDa: string }[];
  leaders: readonly { id: string; email: string; employeeId: string | null }[];
  scale: { min: number; max: number };
}

/** What is kept of an employee evaluation: per leader and behaviour, counts only. */
export interface EmployeeResultRow {
  leaderId: string;
  behaviourKey: string;
  respondents: number;
  mean: number;
  /** Count per scale point, from the lowest. */
  distribution: number[];
}

export interface EmployeeResponsesPlan {
  errors: { line: number; path: string; message: string }[];
  results: EmployeeResultRow[];
  leaders: number;
  responses: number;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Aggregates a leader evaluation as survey tools export it (one row per respondent, a
 * column per behaviour, headed by its key or its exact Danish text) into counts, mean and
 * distribution per leader and behaviour. Individual answers are not kept. Every problem is
 * reported with its row and column; the caller stores nothing unless there are none.
 */
export function aggregateEmployeeResponses(
  headers: readonly string[],
  rows: readonly ImportRow[],
  context: EmployeeResponseContext,
): EmployeeResponsesPlan {
  const plan: EmployeeResponsesPlan = {
    errors: [],
    results: [],
    leaders: 0,
    responses: rows.length,
  };
  const leaderColumn = headers.find((h) =>
    LEADER_COLUMN_NAMES.some((n) => headerKey(n) === headerKey(h)),
  );
  if (!leaderColumn) {
    plan.errors.push({
      line: 1,
      path: 'Leder',
      message: 'Kolonnen "Leder" (lederens e-mail) mangler.',
    });
  }
  const behaviourByHeader = new Map<string, string>();
  for (const b of context.behaviours) {
    behaviourByHeader.set(norm(b.key), b.key);
    behaviourByHeader.set(norm(b.textDa), b.key);
  }
  const columns: { header: string; key: string }[] = [];
  for (const header of headers) {
    if (
      header === leaderColumn ||
      IGNORED_COLUMN_NAMES.some((n) => headerKey(n) === headerKey(header))
    )
      continue;
    const key = behaviourByHeader.get(norm(header));
    if (!key) {
      plan.errors.push({
        line: 1,
        path: header,
        message: `Kolonnen "${header}" er hverken en adfærd i rundens ledelsesgrundlag eller en kendt kolonne.`,
      });
    } else if (columns.some((c) => c.key === key)) {
      plan.errors.push({
        line: 1,
        path: header,
        message: `Adfærden "${key}" står i flere kolonner.`,
      });
    } else {
      columns.push({ header, key });
    }
  }
  if (plan.errors.length) return plan;
  if (columns.length === 0) {
    plan.errors.push({ line: 1, path: '', message: 'Filen har ingen kolonner med adfærd.' });
    return plan;
  }

  const byEmail = new Map(context.leaders.map((l) => [l.email, l.id]));
  const byEmployeeId = new Map(
    context.leaders.filter((l) => l.employeeId).map((l) => [norm(l.employeeId as string), l.id]),
  );
  const points = context.scale.max - context.scale.min + 1;
  const counts = new Map<string, number[]>();

  for (const row of rows) {
    const who = (row.cells[leaderColumn as string] ?? '').trim();
    const leaderId = byEmail.get(parseEmail(who) ?? '') ?? byEmployeeId.get(norm(who));
    if (!leaderId) {
      plan.errors.push({
        line: row.line,
        path: leaderColumn as string,
        message: `Ukendt leder "${who}".`,
      });
      continue;
    }
    for (const column of columns) {
      const raw = (row.cells[column.header] ?? '').trim();
      if (NO_RATING.includes(raw.toLowerCase())) continue;
      const value = Number(raw.replace(',', '.'));
      if (!Number.isInteger(value) || value < context.scale.min || value > context.scale.max) {
        plan.errors.push({
          line: row.line,
          path: column.header,
          message: `"${raw}" er ikke et svar på skalaen ${context.scale.min}-${context.scale.max} (eller "Ved ikke").`,
        });
        continue;
      }
      const key = `${leaderId}|${column.key}`;
      const distribution = counts.get(key) ?? new Array<number>(points).fill(0);
      distribution[value - context.scale.min]++;
      counts.set(key, distribution);
    }
  }
  if (plan.errors.length) return plan;

  for (const [key, distribution] of counts) {
    const [leaderId, behaviourKey] = key.split('|');
    const respondents = distribution.reduce((a, b) => a + b, 0);
    const sum = distribution.reduce((a, n, i) => a + n * (i + context.scale.min), 0);
    plan.results.push({
      leaderId,
      behaviourKey,
      respondents,
      mean: Math.round((sum / respondents) * 100) / 100,
      distribution,
    });
  }
  plan.leaders = new Set(plan.results.map((r) => r.leaderId)).size;
  return plan;
}
