import type { LocalizedText } from './common';

/**
 * What a person may do. `leader` and `manager` follow from the organisation (a leader
 * record linked to the account; having reports); `hr`, `director` and `admin` are granted.
 */
export type Role = 'leader' | 'manager' | 'hr' | 'director' | 'admin';
export const ROLES: readonly Role[] = ['leader', 'manager', 'hr', 'director', 'admin'];
export const GRANTED_ROLES: readonly Role[] = ['hr', 'director', 'admin'];

/** Levels of the organisation tree, from the top. */
export type OrgUnitKind = 'kommune' | 'fagomraade' | 'afdeling' | 'enhed';
export const ORG_UNIT_KINDS: readonly OrgUnitKind[] = [
  'kommune',
  'fagomraade',
  'afdeling',
  'enhed',
];

export interface OrgUnitRef {
  id: string;
  name: string;
}

export interface OrgUnitView extends OrgUnitRef {
  kind: OrgUnitKind;
  parentId: string | null;
  /** Id in the HR system, used to match on re-import. */
  externalId: string | null;
}

/** A configurable leader level, e.g. førstelinjeleder; rank 1 is the top. */
export interface LeaderLevelView {
  key: string;
  name: LocalizedText;
  rank: number;
}

export interface LeaderSummary {
  id: string;
  name: string;
  email: string;
  title: string;
  levelKey: string;
  orgUnit: OrgUnitRef;
  manager: { id: string; name: string } | null;
  active: boolean;
}

export interface LeaderView extends LeaderSummary {
  /** ISO date (YYYY-MM-DD) the leader started in the position. */
  startDate: string | null;
  /** Number of active direct reports. */
  directReportCount: number;
}

/** The leader's own short text about their leadership (personligt ledelsesgrundlag). */
export interface PersonalFoundationView {
  leaderId: string;
  /** Plain text; blank lines separate paragraphs. */
  text: string;
  updatedAt: string | null;
}

export interface UpdatePersonalFoundationRequest {
  text: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** The signed-in person: `GET /api/me`, and the answer to a successful login. */
export interface MeResponse {
  accountId: string;
  email: string;
  name: string;
  /** The leader record of this person, if they are a leader. */
  leaderId: string | null;
  roles: Role[];
  /** Org unit subtrees a director oversees. */
  directorScopes: OrgUnitRef[];
  /** Send as the `X-CSRF-Token` header on every write made with the session cookie. */
  csrfToken: string;
}

/** Name of the header that carries the CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

/** One problem in an import file: the row a person sees in Excel, the column, what is wrong. */
export interface ImportIssue {
  line: number;
  column: string;
  message: string;
}

/** `POST /api/imports/leaders/preview`: what the import would do, and what stops it. */
export interface LeaderImportPreview {
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  errors: ImportIssue[];
  changes: {
    line: number;
    action: 'create' | 'update';
    name: string;
    email: string;
    fields: string[];
  }[];
}

/** `POST /api/imports/leaders`: what the import did (all rows, or nothing). */
export interface LeaderImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** An org unit's own reading of a competency or behaviour (by key), in Danish and English. */
export interface LocalInterpretationView {
  orgUnit: OrgUnitRef;
  frameworkId: string;
  /** A competency key or a behaviour key. */
  elementKey: string;
  text: LocalizedText;
  updatedAt: string;
}

export interface SaveLocalInterpretationRequest {
  frameworkId: string;
  /** Danish is required; English may be blank (the Danish text is then shown). */
  text: LocalizedText;
}

/** Expected level per competency for each leader level, in one framework edition. */
export interface TargetProfilesView {
  frameworkId: string;
  levels: { levelKey: string; targets: Record<string, number | null> }[];
}

export interface SaveTargetProfilesRequest {
  targets: { levelKey: string; competencyKey: string; target: number | null }[];
}

/** A granted role; directors carry the org unit whose subtree they oversee. */
export interface GrantedRoleView {
  role: 'hr' | 'director' | 'admin';
  scope: OrgUnitRef | null;
}

/** An account as administrators manage it (never the password hash). */
export interface AccountView {
  id: string;
  email: string;
  name: string;
  leaderId: string | null;
  active: boolean;
  grantedRoles: GrantedRoleView[];
  createdAt: string;
}

export interface CreateAccountRequest {
  email: string;
  name: string;
  /** Link to a leader record (the leader and manager roles follow from it). */
  leaderId: string | null;
  /** Initial password (at least 12 characters); the person changes it after signing in. */
  password: string;
  grantedRoles: { role: 'hr' | 'director' | 'admin'; scopeOrgUnitId: string | null }[];
}

export interface UpdateAccountRequest {
  active?: boolean;
  grantedRoles?: { role: 'hr' | 'director' | 'admin'; scopeOrgUnitId: string | null }[];
  /** Sets a new password and signs the person out everywhere. */
  password?: string;
}

/** `POST /api/imports/org-units[/preview]`: an org unit import. */
export interface OrgUnitImportView {
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  errors: ImportIssue[];
}
