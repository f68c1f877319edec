import { COVERAGE_MIN_GROUP_DEFAULT, COVERAGE_MIN_GROUP_FLOOR } from '@lederloeft/contracts';
import { DomainError } from '../domain-error';
import type { Actor } from '../people/access';

/**
 * The smallest group a coverage figure may rest on: the configured value, or 5. Refuses
 * anything below 3, where an average starts to be about one or two people.
 */
export function resolveMinGroupSize(configured: number | undefined): number {
  if (configured === undefined) return COVERAGE_MIN_GROUP_DEFAULT;
  if (!Number.isInteger(configured) || configured < COVERAGE_MIN_GROUP_FLOOR) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Den mindste gruppe for Overblik skal være et helt tal på mindst ${COVERAGE_MIN_GROUP_FLOOR}.`,
    );
  }
  return configured;
}

/** A unit as the scope rules see it. */
export interface ScopeUnit {
  id: string;
  parentId: string | null;
  path: string;
}

/** A leader as the scope rules see it (active leaders only). */
export interface ScopeLeader {
  id: string;
  orgUnitId: string;
  managerId: string | null;
}

/**
 * The units a manager may see coverage for: those whose whole subtree is led by the
 * manager and the leaders reporting to them (directly or further down), with at least one
 * such report. A manager already sees each report's gaps; an aggregate over a unit where
 * someone else's reports sit would tell about people outside their team.
 */
export function managerCoverageUnits(
  managerLeaderId: string,
  units: readonly ScopeUnit[],
  leaders: readonly ScopeLeader[],
): Set<string> {
  const reportsOf = new Map<string, string[]>();
  for (const leader of leaders) {
    if (leader.managerId === null) continue;
    reportsOf.set(leader.managerId, [...(reportsOf.get(leader.managerId) ?? []), leader.id]);
  }
  const team = new Set<string>();
  const queue = [...(reportsOf.get(managerLeaderId) ?? [])];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (team.has(id) || id === managerLeaderId) continue;
    team.add(id);
    queue.push(...(reportsOf.get(id) ?? []));
  }
  // A unit fails as soon as one leader in its subtree is outside the team.
  const failing = new Set<string>();
  const withReport = new Set<string>();
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  for (const leader of leaders) {
    const path = pathOf.get(leader.orgUnitId);
    if (!path) continue;
    const ancestors = path.split('/').filter(Boolean);
    const inTeam = team.has(leader.id) || leader.id === managerLeaderId;
    for (const id of ancestors) {
      if (!inTeam) failing.add(id);
      else if (team.has(leader.id)) withReport.add(id);
    }
  }
  return new Set(units.map((u) => u.id).filter((id) => withReport.has(id) && !failing.has(id)));
}

/**
 * Who sees coverage for a unit: HR and administrators for every unit, a director for the
 * units in their area, a manager for the units of their own team (managerUnits). Leaders
 * see none: their own gaps are on their own page.
 */
export function canViewCoverage(
  actor: Actor,
  unitPath: string,
  managerUnits: ReadonlySet<string>,
): boolean {
  if (actor.roles.includes('admin') || actor.roles.includes('hr')) return true;
  if (
    actor.roles.includes('director') &&
    actor.directorScopePaths.some((scope) => unitPath.startsWith(scope))
  ) {
    return true;
  }
  const unitId = unitPath.split('/').filter(Boolean).pop();
  return unitId !== undefined && managerUnits.has(unitId);
}

/**
 * The units a caller starts from: the kommune (the roots) for HR and administrators, the
 * director's areas, and the top units of a manager's team (units whose parent is not).
 */
export function coverageStartUnits(
  actor: Actor,
  units: readonly ScopeUnit[],
  managerUnits: ReadonlySet<string>,
): string[] {
  if (actor.roles.includes('admin') || actor.roles.includes('hr')) {
    return units.filter((u) => u.parentId === null).map((u) => u.id);
  }
  const visible = units.filter((u) => canViewCoverage(actor, u.path, managerUnits));
  const ids = new Set(visible.map((u) => u.id));
  return visible.filter((u) => u.parentId === null || !ids.has(u.parentId)).map((u) => u.id);
}
