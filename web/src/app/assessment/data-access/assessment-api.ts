import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AssessmentRoundView,
  GapProfileView,
  RatingSheetView,
  SaveRatingRequest,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';
import { leaderUrl } from '../../my-development/data-access/leader-api';

/** The two rating sheets a person fills in: the leader's own, and the direct manager's. */
export type RatedSource = 'self' | 'manager';

export const ASSESSMENT_ROUNDS_URL = '/api/assessment-rounds';

export function ratingSheetUrl(leaderId: string, roundId: string, source: RatedSource): string {
  return `${leaderUrl(leaderId)}/assessments/${encodeURIComponent(roundId)}/${source}`;
}

export function gapProfileUrl(leaderId: string): string {
  return `${leaderUrl(leaderId)}/gap-profile`;
}

/** HTTP access to assessment rounds, rating sheets and gap profiles. */
@Injectable({ providedIn: 'root' })
export class AssessmentApi {
  private readonly http = inject(HttpClient);

  /** Every round, newest first. */
  getRounds(): Observable<AssessmentRoundView[]> {
    return this.http.get<AssessmentRoundView[]>(ASSESSMENT_ROUNDS_URL);
  }

  getSheet(leaderId: string, roundId: string, source: RatedSource): Observable<RatingSheetView> {
    return this.http.get<RatingSheetView>(ratingSheetUrl(leaderId, roundId, source));
  }

  /** Saves one answer and answers with the whole sheet as stored. */
  saveRating(
    leaderId: string,
    roundId: string,
    source: RatedSource,
    request: SaveRatingRequest,
  ): Observable<RatingSheetView> {
    return this.http.put<RatingSheetView>(ratingSheetUrl(leaderId, roundId, source), request);
  }

  /** The leader's gaps in the newest round; 404 when there is no round or no access. */
  getGapProfile(leaderId: string): Observable<GapProfileView> {
    return this.http.get<GapProfileView>(gapProfileUrl(leaderId));
  }
}
