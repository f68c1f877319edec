import type { ApiErrorDetail, OrgUnitKind } from '@lederloeft/contracts';
import { ORG_UNIT_KINDS } from '@lederloeft/contracts';
import { parseDate, parseEmail } from './import-values';

/**
 * The rules of the organisation (leaders and org units), shared by the CSV/XLSX imports and
 * the administration's forms, so that a leader or unit is refused for the same reasons, in
 * the same words, whichever way it arrives.
 */

/** A leader as the rules see it. */
export interface ExistingLeader {
  id: string;
  employeeId: string | null;
  email: string;
  name: string;
  title: string;
  levelKey: string;
  orgUnitId: string;
  managerId: string | null;
  startDate: string | null;
  active: boolean;
}

/** An org unit as the rules see it. */
export interface ExistingOrgUnit {
  id: string;
  externalId: string | null;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
}

export const KIND_LABEL: Readonly<Record<OrgUnitKind, string>> = {
  kommune: 'kommune',
  fagomraade: 'fagområde',
  afdeling: 'afdeling',
  enhed: 'enhed',
};

/** The kind with its indefinite article: "en afdeling", "et fagområde". */
const withArticle = (kind: OrgUnitKind) =>
  `${kind === 'fagomraade' ? 'et' : 'en'} ${KIND_LABEL[kind]}`;

/** The Danish messages of the organisation rules. */
export const PEOPLE_MESSAGES = {
  nameMissing: 'Navn mangler.',
  titleMissing: 'Stilling mangler.',
  invalidEmail: (value: string) => `"${value}" er ikke en gyldig e-mailadresse.`,
  emailTaken: (email: string, owner: string) =>
    `E-mailen ${email} tilhører allerede en anden leder (${owner}).`,
  employeeIdTaken: (employeeId: string, owner: string) =>
    `Medarbejder-ID ${employeeId} tilhører allerede en anden leder (${owner}).`,
  unknownLevel: (value: string, levels: readonly { nameDa: string }[]) =>
    `Ukendt lederniveau "${value}". Brug et af: ${levels.map((l) => l.nameDa).join(', ')}.`,
  unknownUnit: 'Enheden findes ikke.',
  unknownManager: 'Den valgte nærmeste leder findes ikke i Lederløft.',
  invalidDate: (value: string) => `"${value}" er ikke en dato (brug dd-mm-åååå).`,
  selfManager: 'En leder kan ikke være sin egen leder.',
  managerCycle: 'Lederkæden går i ring: lederen står (indirekte) over sig selv.',
  activeReports: (name: string, reports: readonly string[]) =>
    `${name} kan ikke deaktiveres, fordi ${reports.length === 1 ? 'en aktiv leder' : `${reports.length} aktive ledere`} har vedkommende som nærmeste leder: ${listOf(reports)}. Giv dem en anden nærmeste leder først.`,
  unitSelfParent: 'En enhed kan ikke ligge under sig selv.',
  unitCycle: 'Enhederne ligger i ring: enheden ligger (indirekte) under sig selv.',
  unitUnderOwnSubtree: 'En enhed kan ikke flyttes ind under en af sine egne underenheder.',
  unknownParent: 'Den overordnede enhed findes ikke.',
  rootOnlyKommune: 'Kun kommunen står øverst; angiv den overordnede enhed.',
  secondRoot: 'Der findes allerede en kommune øverst i organisationen.',
  rootStays: 'Kommunen står øverst og kan ikke flyttes.',
  kindMismatch: (kind: OrgUnitKind, parentKind: OrgUnitKind) =>
    `${capitalise(withArticle(kind))} kan ikke ligge direkte under ${withArticle(parentKind)}.`,
  externalIdTaken: (externalId: string, owner: string) =>
    `Enhed-ID ${externalId} bruges allerede af enheden ${owner}.`,
} as const;

const norm = (s: string) => s.trim().toLowerCase();
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "A", "A og B", "A, B og C". */
function listOf(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/**
 * Follows the links (a leader's manager, a unit's parent) from `start`; true when they lead
 * back to `start`, i.e. `start` would stand (indirectly) above or under itself.
 */
export function leadsBackTo(start: string, next: ReadonlyMap<string, string | null>): boolean {
  let current = next.get(start) ?? null;
  for (let steps = 0; current !== null && steps <= next.size; steps++) {
    if (current === start) return true;
    current = next.get(current) ?? null;
  }
  return false;
}

/** The tree is kommune → fagområde → afdeling → enhed: a kind sits exactly one level below its parent's. */
export function kindFitsUnder(kind: OrgUnitKind, parentKind: OrgUnitKind): boolean {
  return ORG_UNIT_KINDS.indexOf(kind) === ORG_UNIT_KINDS.indexOf(parentKind) + 1;
}

/** The kind a child of `parentKind` has, or null under an enhed (the bottom level). */
export function childKindOf(parentKind: OrgUnitKind): OrgUnitKind | null {
  return ORG_UNIT_KINDS[ORG_UNIT_KINDS.indexOf(parentKind) + 1] ?? null;
}

/** A leader as an administrator saves it; `id` is null for a new leader. */
export interface LeaderDraft {
  id: string | null;
  name: string;
  email: string;
  title: string;
  levelKey: string;
  orgUnitId: string;
  managerId: string | null;
  employeeId: string | null;
  /** ISO (yyyy-mm-dd) or Danish (dd-mm-yyyy). */
  startDate: string | null;
  active: boolean;
}

export interface LeaderRulesContext {
  levels: readonly { key: string; nameDa: string }[];
  units: readonly { id: string }[];
  leaders: readonly ExistingLeader[];
}

export interface RuleCheck<T> {
  /** The draft, tidied: trimmed texts, lower-case e-mail, ISO date, blank ids as null. */
  value: T;
  issues: ApiErrorDetail[];
}

/**
 * The rules for one leader saved by an administrator: the same as a row of the leader
 * import (names, e-mail, unique e-mail and employee id, a known level, unit and manager,
 * no self-management, no cycle in the manager chain). Every problem is returned, each
 * with the field it belongs to.
 */
export function checkLeader(
  draft: LeaderDraft,
  context: LeaderRulesContext,
): RuleCheck<LeaderDraft> {
  const issues: ApiErrorDetail[] = [];
  const issue = (path: keyof LeaderDraft, message: string) => issues.push({ path, message });
  const email = parseEmail(draft.email);
  const employeeId = draft.employeeId?.trim() || null;
  const startDate = draft.startDate?.trim() ? parseDate(draft.startDate) : null;
  const value: LeaderDraft = {
    ...draft,
    name: draft.name.trim(),
    title: draft.title.trim(),
    email: email ?? draft.email.trim(),
    employeeId,
    startDate,
    managerId: draft.managerId || null,
  };
  const others = context.leaders.filter((l) => l.id !== draft.id);

  if (!value.name) issue('name', PEOPLE_MESSAGES.nameMissing);
  if (!email) issue('email', PEOPLE_MESSAGES.invalidEmail(draft.email));
  const emailOwner = email ? others.find((l) => l.email === email) : undefined;
  if (email && emailOwner) issue('email', PEOPLE_MESSAGES.emailTaken(email, emailOwner.name));
  if (!value.title) issue('title', PEOPLE_MESSAGES.titleMissing);
  const idOwner = employeeId
    ? others.find((l) => l.employeeId !== null && norm(l.employeeId) === norm(employeeId))
    : undefined;
  if (employeeId && idOwner)
    issue('employeeId', PEOPLE_MESSAGES.employeeIdTaken(employeeId, idOwner.name));
  if (!context.levels.some((l) => l.key === draft.levelKey))
    issue('levelKey', PEOPLE_MESSAGES.unknownLevel(draft.levelKey, context.levels));
  if (!context.units.some((u) => u.id === draft.orgUnitId))
    issue('orgUnitId', PEOPLE_MESSAGES.unknownUnit);
  if (draft.startDate?.trim() && !startDate)
    issue('startDate', PEOPLE_MESSAGES.invalidDate(draft.startDate));

  if (value.managerId) {
    if (draft.id !== null && value.managerId === draft.id) {
      issue('managerId', PEOPLE_MESSAGES.selfManager);
    } else if (!others.some((l) => l.id === value.managerId)) {
      issue('managerId', PEOPLE_MESSAGES.unknownManager);
    } else if (draft.id !== null) {
      const managerOf = new Map(context.leaders.map((l) => [l.id, l.managerId]));
      managerOf.set(draft.id, value.managerId);
      if (leadsBackTo(draft.id, managerOf)) issue('managerId', PEOPLE_MESSAGES.managerCycle);
    }
  }
  return { value, issues };
}

/**
 * Active leaders who still have `leader` as their manager, by name: a leader with active
 * reports is not deactivated, so that nobody is left without a manager by accident.
 */
export function reportsBlockingDeactivation(
  leader: Pick<ExistingLeader, 'id' | 'active'>,
  activeAfter: boolean,
  leaders: readonly ExistingLeader[],
): ExistingLeader[] {
  if (!leader.active || activeAfter) return [];
  return leaders
    .filter((l) => l.managerId === leader.id && l.active)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** An org unit as an administrator saves it; `id` is null for a new unit. */
export interface OrgUnitDraft {
  id: string | null;
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  externalId: string | null;
}

/**
 * The rules for one org unit saved by an administrator, the same as the org unit import's:
 * a name, a unique Enhed-ID, a parent that exists, exactly one level above the unit (kommune
 * → fagområde → afdeling → enhed), no unit under itself or its own subtree, and one kommune
 * at the top.
 */
export function checkOrgUnit(
  draft: OrgUnitDraft,
  existing: readonly ExistingOrgUnit[],
): RuleCheck<OrgUnitDraft> {
  const issues: ApiErrorDetail[] = [];
  const issue = (path: keyof OrgUnitDraft, message: string) => issues.push({ path, message });
  const value: OrgUnitDraft = {
    ...draft,
    name: draft.name.trim(),
    externalId: draft.externalId?.trim() || null,
  };
  const current = draft.id ? existing.find((u) => u.id === draft.id) : undefined;
  const moved = !current || current.parentId !== value.parentId;
  // Where a refused parent is reported: the kind for a new unit, the parent for a move.
  const placement: keyof OrgUnitDraft = current ? 'parentId' : 'kind';

  if (!value.name) issue('name', PEOPLE_MESSAGES.nameMissing);
  const externalId = value.externalId;
  const owner = externalId
    ? existing.find(
        (u) =>
          u.id !== draft.id && u.externalId !== null && norm(u.externalId) === norm(externalId),
      )
    : undefined;
  if (externalId && owner)
    issue('externalId', PEOPLE_MESSAGES.externalIdTaken(externalId, owner.name));

  if (value.parentId === null) {
    if (current && current.parentId !== null) issue('parentId', PEOPLE_MESSAGES.rootOnlyKommune);
    else if (value.kind !== 'kommune') issue('parentId', PEOPLE_MESSAGES.rootOnlyKommune);
    else if (existing.some((u) => u.kind === 'kommune' && u.parentId === null && u.id !== draft.id))
      issue('kind', PEOPLE_MESSAGES.secondRoot);
    return { value, issues };
  }
  if (current && current.parentId === null) {
    issue('parentId', PEOPLE_MESSAGES.rootStays);
    return { value, issues };
  }
  if (!moved) return { value, issues };
  if (draft.id !== null && value.parentId === draft.id) {
    issue('parentId', PEOPLE_MESSAGES.unitSelfParent);
    return { value, issues };
  }
  const parent = existing.find((u) => u.id === value.parentId);
  if (!parent) {
    issue('parentId', PEOPLE_MESSAGES.unknownParent);
    return { value, issues };
  }
  if (draft.id !== null) {
    const parentOf = new Map(existing.map((u) => [u.id, u.parentId]));
    parentOf.set(draft.id, value.parentId);
    if (leadsBackTo(draft.id, parentOf)) {
      issue('parentId', PEOPLE_MESSAGES.unitUnderOwnSubtree);
      return { value, issues };
    }
  }
  if (!kindFitsUnder(value.kind, parent.kind))
    issue(placement, PEOPLE_MESSAGES.kindMismatch(value.kind, parent.kind));
  return { value, issues };
}
