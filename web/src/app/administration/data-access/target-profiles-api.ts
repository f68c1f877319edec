import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LeaderLevelView,
  SaveTargetProfilesRequest,
  TargetProfilesView,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

export const TARGET_PROFILES_URL = '/api/target-profiles';
export const LEADER_LEVELS_URL = '/api/leader-levels';

export function targetProfilesUrl(frameworkId: string): string {
  return `${TARGET_PROFILES_URL}/${encodeURIComponent(frameworkId)}`;
}

/** HTTP access to the target profiles (expected level per leader level and competency). */
@Injectable({ providedIn: 'root' })
export class TargetProfilesApi {
  private readonly http = inject(HttpClient);

  /** The targets of the edition in force. */
  getTargets(): Observable<TargetProfilesView> {
    return this.http.get<TargetProfilesView>(TARGET_PROFILES_URL);
  }

  /** The leader levels, from the top. */
  getLevels(): Observable<LeaderLevelView[]> {
    return this.http.get<LeaderLevelView[]>(LEADER_LEVELS_URL);
  }

  /** Sets the given targets (null removes one) and answers with all of them. */
  saveTargets(
    frameworkId: string,
    request: SaveTargetProfilesRequest,
  ): Observable<TargetProfilesView> {
    return this.http.put<TargetProfilesView>(targetProfilesUrl(frameworkId), request);
  }
}
