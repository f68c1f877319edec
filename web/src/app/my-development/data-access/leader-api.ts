import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LeaderSummary,
  LeaderView,
  PersonalFoundationView,
  UpdatePersonalFoundationRequest,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

/** Longest personal foundation the API accepts, in characters. */
export const PERSONAL_FOUNDATION_MAX_LENGTH = 5000;

export function leaderUrl(leaderId: string): string {
  return `/api/leaders/${encodeURIComponent(leaderId)}`;
}

export function directReportsUrl(leaderId: string): string {
  return `${leaderUrl(leaderId)}/reports`;
}

export function personalFoundationUrl(leaderId: string): string {
  return `${leaderUrl(leaderId)}/personal-foundation`;
}

/** HTTP access to a leader's facts, direct reports and personal leadership foundation. */
@Injectable({ providedIn: 'root' })
export class LeaderApi {
  private readonly http = inject(HttpClient);

  getLeader(leaderId: string): Observable<LeaderView> {
    return this.http.get<LeaderView>(leaderUrl(leaderId));
  }

  /** The leaders who have `leaderId` as their direct manager. */
  getDirectReports(leaderId: string): Observable<LeaderSummary[]> {
    return this.http.get<LeaderSummary[]>(directReportsUrl(leaderId));
  }

  getPersonalFoundation(leaderId: string): Observable<PersonalFoundationView> {
    return this.http.get<PersonalFoundationView>(personalFoundationUrl(leaderId));
  }

  /** Only the leader themself may write (403 otherwise). */
  savePersonalFoundation(leaderId: string, text: string): Observable<PersonalFoundationView> {
    const body: UpdatePersonalFoundationRequest = { text };
    return this.http.put<PersonalFoundationView>(personalFoundationUrl(leaderId), body);
  }
}
