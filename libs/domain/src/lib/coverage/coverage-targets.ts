import type {
  ApiErrorDetail,
  CoverageTargetView,
  CoverageValue,
  SaveCoverageTargetRequest,
} from '@lederloeft/contracts';
import { DomainError } from '../domain-error';

/** A target may be set at most this many years ahead: a longer horizon is no plan. */
export const COVERAGE_TARGET_MAX_YEARS = 10;
export const COVERAGE_TARGET_NOTE_MAX = 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/**
 * Checks a director's target for a unit and competency against today (Danish date): a
 * whole percent from 1 to 100, a real due date from today up to ten years on, a short note.
 * Throws VALIDATION_FAILED with one Danish detail per problem.
 */
export function assertValidCoverageTarget(
  request: SaveCoverageTargetRequest,
  today: string,
  competencyKeys: readonly string[],
  competencyKey: string,
): void {
  const issues: ApiErrorDetail[] = [];
  if (!competencyKeys.includes(competencyKey)) {
    issues.push({
      path: 'competencyKey',
      message: `"${competencyKey}" er ikke en kompetence i ledelsesgrundlaget.`,
    });
  }
  const percent = request.targetPercent;
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) {
    issues.push({
      path: 'targetPercent',
      message: 'Målet skal være et helt antal procent fra 1 til 100.',
    });
  }
  const latest = `${Number(today.slice(0, 4)) + COVERAGE_TARGET_MAX_YEARS}${today.slice(4)}`;
  if (typeof request.dueDate !== 'string' || !isRealDate(request.dueDate)) {
    issues.push({ path: 'dueDate', message: 'Angiv en dato på formen ÅÅÅÅ-MM-DD.' });
  } else if (request.dueDate < today) {
    issues.push({ path: 'dueDate', message: 'Datoen for målet er allerede passeret.' });
  } else if (request.dueDate > latest) {
    issues.push({
      path: 'dueDate',
      message: `Et mål kan højst sættes ${COVERAGE_TARGET_MAX_YEARS} år frem.`,
    });
  }
  if ((request.note ?? '').length > COVERAGE_TARGET_NOTE_MAX) {
    issues.push({
      path: 'note',
      message: `Noten må højst være ${COVERAGE_TARGET_NOTE_MAX} tegn.`,
    });
  }
  if (issues.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Målet kan ikke gemmes.', issues);
  }
}

/** True when a share (0–1, four decimals) reaches a whole-percent target. */
const reaches = (share: number, percent: number) => Math.round(share * 10000) >= percent * 100;

/**
 * Where a target stands: reached now, expected to be reached by the plans that end by the
 * due date, not expected, overdue, or unknown when a figure it needs is hidden.
 */
export function coverageTargetStatus(input: {
  targetPercent: number;
  dueDate: string;
  today: string;
  current: CoverageValue;
  projectedByDue: CoverageValue;
}): CoverageTargetView['status'] {
  const { targetPercent, current, projectedByDue } = input;
  if (current.shown && reaches(current.value, targetPercent)) return 'reached';
  if (input.today > input.dueDate) return 'overdue';
  if (!current.shown || !projectedByDue.shown) return 'unknown';
  return reaches(projectedByDue.value, targetPercent) ? 'on-track' : 'off-track';
}

/** Who sets coverage targets: administrators and HR everywhere, directors in their area. */
export { canSetPriorities as canSetCoverageTargets } from '../priorities/strategic-priorities';
