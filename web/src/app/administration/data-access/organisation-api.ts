import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateLeaderRequest,
  CreateOrgUnitRequest,
  LeaderAdminView,
  LeaderLevelView,
  LeaderListQuery,
  LeaderPage,
  OrgUnitView,
  UpdateLeaderRequest,
  UpdateOrgUnitRequest,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';
import { ORG_UNITS_URL } from './interpretations-api';
import { LEADER_LEVELS_URL } from './target-profiles-api';

export const LEADERS_URL = '/api/leaders';

export function leaderUrl(id: string): string {
  return `${LEADERS_URL}/${encodeURIComponent(id)}`;
}

export function orgUnitUrl(id: string): string {
  return `${ORG_UNITS_URL}/${encodeURIComponent(id)}`;
}

/** The query without the parameters that are not set (the API refuses empty values). */
export function leaderParams(query: LeaderListQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
  );
}

/**
 * HTTP access to the organisation as administrators maintain it: leaders (admin writes,
 * HR reads), org units and leader levels. Writes answer 400 with `details` when a rule is
 * broken and 409 when a leader with active reports would be deactivated.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);

  listLeaders(query: LeaderListQuery): Observable<LeaderPage> {
    return this.http.get<LeaderPage>(LEADERS_URL, { params: leaderParams(query) });
  }

  createLeader(request: CreateLeaderRequest): Observable<LeaderAdminView> {
    return this.http.post<LeaderAdminView>(LEADERS_URL, request);
  }

  updateLeader(id: string, request: UpdateLeaderRequest): Observable<LeaderAdminView> {
    return this.http.patch<LeaderAdminView>(leaderUrl(id), request);
  }

  getOrgUnits(): Observable<OrgUnitView[]> {
    return this.http.get<OrgUnitView[]>(ORG_UNITS_URL);
  }

  getLevels(): Observable<LeaderLevelView[]> {
    return this.http.get<LeaderLevelView[]>(LEADER_LEVELS_URL);
  }

  createOrgUnit(request: CreateOrgUnitRequest): Observable<OrgUnitView> {
    return this.http.post<OrgUnitView>(ORG_UNITS_URL, request);
  }

  updateOrgUnit(id: string, request: UpdateOrgUnitRequest): Observable<OrgUnitView> {
    return this.http.patch<OrgUnitView>(orgUnitUrl(id), request);
  }
}
