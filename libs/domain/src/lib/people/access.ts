import type { Role } from '@lederloeft/contracts';

/** Who is asking: the signed-in person as the access rules see them. */
export interface Actor {
  leaderId: string | null;
  roles: readonly Role[];
  /** Materialized paths ("/a/b/") of the org unit subtrees a director oversees. */
  directorScopePaths: readonly string[];
}

/** Where a leader sits: the leaders above them (nearest first) and their unit's path. */
export interface LeaderPlacement {
  id: string;
  managerChain: readonly string[];
  orgUnitPath: string;
}

/**
 * The organisation decides two roles: every active leader is a `leader`, and a leader with
 * active reports is a `manager`. Granted roles (hr, director, admin) come on top.
 */
export function deriveRoles(input: {
  isActiveLeader: boolean;
  hasActiveReports: boolean;
  granted: readonly Role[];
}): Role[] {
  const roles = new Set<Role>(
    input.granted.filter((r) => r === 'hr' || r === 'director' || r === 'admin'),
  );
  if (input.isActiveLeader) roles.add('leader');
  if (input.isActiveLeader && input.hasActiveReports) roles.add('manager');
  return ['leader', 'manager', 'hr', 'director', 'admin'].filter((r): r is Role =>
    roles.has(r as Role),
  );
}

/** True when the actor is the target's manager, directly or further up. */
export function managesLeader(actor: Actor, target: LeaderPlacement): boolean {
  return actor.leaderId !== null && target.managerChain.includes(actor.leaderId);
}

/** True when the target's unit lies in one of the actor's director scopes. */
export function oversees(actor: Actor, target: LeaderPlacement): boolean {
  return (
    actor.roles.includes('director') &&
    actor.directorScopePaths.some((scope) => target.orgUnitPath.startsWith(scope))
  );
}

/**
 * Who may see a leader's profile (name, title, unit, manager): the leader, their managers,
 * HR, administrators, and directors over the leader's unit.
 */
export function canViewLeader(actor: Actor, target: LeaderPlacement): boolean {
  return (
    actor.leaderId === target.id ||
    managesLeader(actor, target) ||
    actor.roles.includes('admin') ||
    actor.roles.includes('hr') ||
    oversees(actor, target)
  );
}

/**
 * The personal leadership foundation is personal: the leader and their managers (who agree
 * the development plan it anchors) read it; HR, directors and administrators do not.
 */
export function canViewPersonalFoundation(actor: Actor, target: LeaderPlacement): boolean {
  return actor.leaderId === target.id || managesLeader(actor, target);
}

/** Only the leader writes their own personal leadership foundation. */
export function canEditPersonalFoundation(
  actor: Actor,
  target: Pick<LeaderPlacement, 'id'>,
): boolean {
  return actor.leaderId !== null && actor.leaderId === target.id;
}

/**
 * Individual assessment answers and the gaps built from them: the leader and the managers
 * above. HR and directors see them only when they are also in the manager chain.
 */
export function canViewAssessments(actor: Actor, target: LeaderPlacement): boolean {
  return actor.leaderId === target.id || managesLeader(actor, target);
}

/** The self-assessment is written by the leader alone. */
export function canWriteSelfAssessment(actor: Actor, target: Pick<LeaderPlacement, 'id'>): boolean {
  return actor.leaderId !== null && actor.leaderId === target.id;
}

/** The manager assessment is written by the direct manager only. */
export function canWriteManagerAssessment(actor: Actor, target: LeaderPlacement): boolean {
  return actor.leaderId !== null && target.managerChain[0] === actor.leaderId;
}

/**
 * Who writes an org unit's local interpretation of the foundation: administrators, and
 * directors for units in their subtrees (fagområderne fortolker ledelsesgrundlaget).
 */
export function canInterpretForUnit(actor: Actor, unitPath: string): boolean {
  return (
    actor.roles.includes('admin') ||
    (actor.roles.includes('director') &&
      actor.directorScopePaths.some((scope) => unitPath.startsWith(scope)))
  );
}
