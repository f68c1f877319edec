import {
  type ApiErrorDetail,
  PRIORITY_WEIGHT_DEFAULT,
  PRIORITY_WEIGHT_MAX,
  PRIORITY_WEIGHT_MIN,
  PRIORITY_WEIGHT_STEP,
  type SavePrioritiesRequest,
} from '@lederloeft/contracts';
import { DomainError } from '../domain-error';
import type { Actor } from '../people/access';

/** Priorities may be set for last year (corrections), this year and the next two. */
export const PRIORITY_YEARS_BACK = 1;
export const PRIORITY_YEARS_AHEAD = 2;
export const PRIORITY_NOTE_MAX_LENGTH = 500;

/** A unit's priority set as the resolution rule sees it. */
export interface UnitPrioritySet {
  orgUnitId: string;
  weights: Readonly<Record<string, number>>;
}

/** The unit ids of a materialized path "/root/…/unit/", from the top down to the unit. */
export function unitPathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * The priority set in force for the last unit of `pathIds` (top first): the set of the
 * nearest unit going up from the unit itself, or null when none on the path has one.
 * Inheritance is of the whole set, never per competency: a set says how the competencies
 * weigh against each other, and a mix of two units' sets is a balance nobody chose.
 */
export function resolvePriorities<S extends UnitPrioritySet>(
  pathIds: readonly string[],
  sets: readonly S[],
): S | null {
  const byUnit = new Map(sets.map((set) => [set.orgUnitId, set]));
  for (let i = pathIds.length - 1; i >= 0; i--) {
    const found = byUnit.get(pathIds[i]);
    if (found) return found;
  }
  return null;
}

/** Weight per competency key for `competencyKeys`: the set's weight, or 1 where it has none. */
export function effectiveWeights(
  set: Pick<UnitPrioritySet, 'weights'> | null,
  competencyKeys: readonly string[],
): Record<string, number> {
  return Object.fromEntries(
    competencyKeys.map((key) => [
      key,
      set && Object.hasOwn(set.weights, key) ? set.weights[key] : PRIORITY_WEIGHT_DEFAULT,
    ]),
  );
}

/** True for 0.5, 1, 1.5, … 3. */
export function isPriorityWeight(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (value < PRIORITY_WEIGHT_MIN || value > PRIORITY_WEIGHT_MAX) return false;
  const steps = (value - PRIORITY_WEIGHT_MIN) / PRIORITY_WEIGHT_STEP;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/** The years priorities may be written for, seen from `today` (YYYY-MM-DD, Danish time). */
export function priorityYears(today: string): { from: number; to: number } {
  const year = Number(today.slice(0, 4));
  return { from: year - PRIORITY_YEARS_BACK, to: year + PRIORITY_YEARS_AHEAD };
}

/**
 * Checks a unit's new priorities: a year in the window, known competencies at most once,
 * weights on the scale, a short note. Throws VALIDATION_FAILED with every problem found.
 */
export function assertValidPriorities(
  year: number,
  request: SavePrioritiesRequest,
  competencyKeys: readonly string[],
  today: string,
): void {
  const issues: ApiErrorDetail[] = [];
  const window = priorityYears(today);
  if (!Number.isInteger(year) || year < window.from || year > window.to) {
    issues.push({
      path: 'year',
      message: `Året skal ligge mellem ${window.from} og ${window.to}.`,
    });
  }
  const known = new Set(competencyKeys);
  const seen = new Set<string>();
  request.weights.forEach((entry, i) => {
    if (!known.has(entry.competencyKey)) {
      issues.push({
        path: `weights[${i}].competencyKey`,
        message: `Ukendt kompetence: ${entry.competencyKey}.`,
      });
    } else if (seen.has(entry.competencyKey)) {
      issues.push({
        path: `weights[${i}].competencyKey`,
        message: `Kompetencen ${entry.competencyKey} står der flere gange.`,
      });
    }
    seen.add(entry.competencyKey);
    if (!isPriorityWeight(entry.weight)) {
      issues.push({
        path: `weights[${i}].weight`,
        message: `Vægten skal være mellem ${danish(PRIORITY_WEIGHT_MIN)} og ${danish(PRIORITY_WEIGHT_MAX)} i trin på ${danish(PRIORITY_WEIGHT_STEP)}.`,
      });
    }
  });
  if ((request.note ?? '').length > PRIORITY_NOTE_MAX_LENGTH) {
    issues.push({
      path: 'note',
      message: `Begrundelsen må højst være ${PRIORITY_NOTE_MAX_LENGTH} tegn.`,
    });
  }
  if (issues.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'De strategiske prioriteter er ikke gyldige.',
      issues,
    );
  }
}

/**
 * Who sets a unit's strategic priorities: administrators and HR for every unit, directors
 * for the units in their area. Leaders and managers do not; they mark a personal focus.
 */
export function canSetPriorities(actor: Actor, unitPath: string): boolean {
  return (
    actor.roles.includes('admin') ||
    actor.roles.includes('hr') ||
    (actor.roles.includes('director') &&
      actor.directorScopePaths.some((scope) => unitPath.startsWith(scope)))
  );
}

/** 0,5 rather than 0.5 in Danish messages. */
const danish = (n: number) => String(n).replace('.', ',');
