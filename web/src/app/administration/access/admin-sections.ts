import type { Role } from '@lederloeft/contracts';
import type { UiKey } from '../../i18n/ui-key';

export type AdminSectionKey =
  | 'leaders'
  | 'org-units'
  | 'org-unit-import'
  | 'leader-import'
  | 'rounds'
  | 'evaluation-import'
  | 'survey'
  | 'target-profiles'
  | 'interpretations'
  | 'editions'
  | 'accounts'
  | 'strategic-priorities';

/** One area of the administration: where it lives, who may use it, what it is called. */
export interface AdminSection {
  key: AdminSectionKey;
  /** Path under /administration. */
  path: string;
  /** The API's policy for the area: any one of these roles gives access. */
  roles: readonly Role[];
  title: UiKey;
  summary: UiKey;
}

/** The roles that may open the administration at all. */
export const ADMIN_ROLES: readonly Role[] = ['admin', 'hr', 'director'];

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  {
    key: 'leaders',
    path: 'ledere',
    // HR reads the list; only administrators change it (the API's policy per route).
    roles: ['admin', 'hr'],
    title: 'admin.leaders.title',
    summary: 'admin.leaders.summary',
  },
  {
    key: 'org-units',
    path: 'enheder',
    roles: ['admin'],
    title: 'admin.orgUnits.title',
    summary: 'admin.orgUnits.summary',
  },
  {
    key: 'org-unit-import',
    path: 'import-enheder',
    roles: ['admin'],
    title: 'admin.orgUnitImport.title',
    summary: 'admin.orgUnitImport.summary',
  },
  {
    key: 'leader-import',
    path: 'import-ledere',
    roles: ['admin'],
    title: 'admin.leaderImport.title',
    summary: 'admin.leaderImport.summary',
  },
  {
    key: 'rounds',
    path: 'evalueringsrunder',
    roles: ['admin'],
    title: 'admin.rounds.title',
    summary: 'admin.rounds.summary',
  },
  {
    key: 'evaluation-import',
    path: 'import-lederevaluering',
    roles: ['admin', 'hr'],
    title: 'admin.evaluationImport.title',
    summary: 'admin.evaluationImport.summary',
  },
  {
    key: 'survey',
    path: 'trivselsmaaling',
    roles: ['admin', 'hr'],
    title: 'admin.survey.title',
    summary: 'admin.survey.summary',
  },
  {
    key: 'target-profiles',
    path: 'maalprofiler',
    roles: ['admin'],
    title: 'admin.targets.title',
    summary: 'admin.targets.summary',
  },
  {
    key: 'interpretations',
    path: 'fortolkninger',
    roles: ['admin', 'director'],
    title: 'admin.interpretations.title',
    summary: 'admin.interpretations.summary',
  },
  {
    key: 'editions',
    path: 'ledelsesgrundlag',
    roles: ['admin'],
    title: 'admin.editions.title',
    summary: 'admin.editions.summary',
  },
  {
    key: 'accounts',
    path: 'konti',
    roles: ['admin'],
    title: 'admin.accounts.title',
    summary: 'admin.accounts.summary',
  },
  {
    key: 'strategic-priorities',
    path: 'strategiske-prioriteter',
    roles: ['admin', 'hr', 'director'],
    title: 'admin.priorities.title',
    summary: 'admin.priorities.summary',
  },
];

/** The roles that give access to a section, or to the administration as a whole. */
export function rolesFor(section: unknown): readonly Role[] {
  return ADMIN_SECTIONS.find((s) => s.key === section)?.roles ?? ADMIN_ROLES;
}

/** Whether a person with `roles` may use an area open to `allowed`. */
export function mayUse(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return allowed.some((role) => roles.includes(role));
}
