import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  PrioritySetView,
  SavePrioritiesRequest,
  UnitPrioritiesView,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

export function unitPrioritiesUrl(unitId: string, year: number): string {
  return `/api/org-units/${encodeURIComponent(unitId)}/strategic-priorities/${year}`;
}

/** HTTP access to the strategic priorities of the org units. */
@Injectable({ providedIn: 'root' })
export class PrioritiesApi {
  private readonly http = inject(HttpClient);

  /** The unit's own set for the year beside what it inherits from above. */
  getUnit(unitId: string, year: number): Observable<UnitPrioritiesView> {
    return this.http.get<UnitPrioritiesView>(unitPrioritiesUrl(unitId, year));
  }

  save(unitId: string, year: number, request: SavePrioritiesRequest): Observable<PrioritySetView> {
    return this.http.put<PrioritySetView>(unitPrioritiesUrl(unitId, year), request);
  }

  remove(unitId: string, year: number): Observable<void> {
    return this.http.delete<void>(unitPrioritiesUrl(unitId, year));
  }
}
