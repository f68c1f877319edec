import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AssessmentRoundView,
  CreateAssessmentRoundRequest,
  UpdateAssessmentRoundRequest,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';
import { ROUNDS_URL } from './import-api';

export function roundUrl(id: string): string {
  return `${ROUNDS_URL}/${encodeURIComponent(id)}`;
}

/** HTTP access to the assessment rounds: anyone signed in reads them, admins set them up. */
@Injectable({ providedIn: 'root' })
export class RoundsApi {
  private readonly http = inject(HttpClient);

  /** Every round, the one ending last first. */
  list(): Observable<AssessmentRoundView[]> {
    return this.http.get<AssessmentRoundView[]>(ROUNDS_URL);
  }

  /** 201 with the new (open) round; 400 (ApiError with `details`) when a field is wrong. */
  create(request: CreateAssessmentRoundRequest): Observable<AssessmentRoundView> {
    return this.http.post<AssessmentRoundView>(ROUNDS_URL, request);
  }

  /** Opens or closes a round, or changes its name, end date, anonymity limit and weights. */
  update(id: string, request: UpdateAssessmentRoundRequest): Observable<AssessmentRoundView> {
    return this.http.patch<AssessmentRoundView>(roundUrl(id), request);
  }
}
