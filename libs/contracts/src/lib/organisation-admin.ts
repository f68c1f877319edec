import type { LeaderSummary, OrgUnitKind } from './people';

/** `GET /api/leaders`: the query (all optional; query strings, as the browser sends them). */
export interface LeaderListQuery {
  /** Part of the name, e-mail or title; case-insensitive, æ/ø/å included. */
  q?: string;
  /** An org unit: leaders of this unit and every unit under it. */
  unitId?: string;
  levelKey?: string;
  /** 'true' or 'false'; without it, active and inactive leaders. */
  active?: 'true' | 'false';
  /** 1-based; default 1. */
  page?: string;
  /** 1-100; default 25. */
  pageSize?: string;
}

/** A leader as the administration lists them (no assessments, no personal foundation). */
export interface LeaderAdminView extends LeaderSummary {
  employeeId: string | null;
  /** ISO date (YYYY-MM-DD). */
  startDate: string | null;
  /** Number of active direct reports. */
  activeReportCount: number;
  /** The sign-in account linked to the leader, if any. */
  account: { id: string; active: boolean } | null;
}

/** One page of `GET /api/leaders`, sorted by name (Danish alphabet). */
export interface LeaderPage {
  items: LeaderAdminView[];
  /** Leaders matching the query on all pages. */
  total: number;
  page: number;
  pageSize: number;
}

/** `POST /api/leaders`: a new leader. The rules are the leader import's. */
export interface CreateLeaderRequest {
  name: string;
  /** Unique; stored lower-case. */
  email: string;
  title: string;
  /** One of `GET /api/leader-levels`. */
  levelKey: string;
  orgUnitId: string;
  /** The nearest manager (a leader), or null at the top. */
  managerId: string | null;
  /** The HR system's employee id; unique when given. */
  employeeId: string | null;
  /** ISO date (YYYY-MM-DD), or null. */
  startDate: string | null;
  active: boolean;
}

/** `PATCH /api/leaders/:id`: the fields to change. */
export type UpdateLeaderRequest = Partial<CreateLeaderRequest>;

/** `POST /api/org-units`: a unit exactly one level below its parent. */
export interface CreateOrgUnitRequest {
  name: string;
  kind: OrgUnitKind;
  /** Null only for the kommune at the top, when there is none. */
  parentId: string | null;
  /** Enhed-ID in the HR system (matched on import); unique when given. */
  externalId: string | null;
}

/** `PATCH /api/org-units/:id`: rename, set the Enhed-ID, or move under another parent. */
export interface UpdateOrgUnitRequest {
  name?: string;
  externalId?: string | null;
  /** The new parent; the unit keeps its kind, so the parent must be one level above it. */
  parentId?: string;
}
