import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LocalInterpretationView } from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

/** `GET /api/leaders/:id/interpretations`. */
export function interpretationsUrl(leaderId: string): string {
  return `/api/leaders/${encodeURIComponent(leaderId)}/interpretations`;
}

/** HTTP access to the local interpretations an org unit has added to the framework. */
@Injectable({ providedIn: 'root' })
export class InterpretationsApi {
  private readonly http = inject(HttpClient);

  /** The interpretations a leader sees, from the top unit down to the leader's own. */
  getForLeader(leaderId: string): Observable<LocalInterpretationView[]> {
    return this.http.get<LocalInterpretationView[]>(interpretationsUrl(leaderId));
  }
}
