import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LocalInterpretationView,
  OrgUnitView,
  SaveLocalInterpretationRequest,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

export const ORG_UNITS_URL = '/api/org-units';

export function interpretationsUrl(unitId: string): string {
  return `${ORG_UNITS_URL}/${encodeURIComponent(unitId)}/interpretations`;
}

export function interpretationUrl(unitId: string, elementKey: string): string {
  return `${interpretationsUrl(unitId)}/${encodeURIComponent(elementKey)}`;
}

/** HTTP access to the org units and their local interpretations of the framework. */
@Injectable({ providedIn: 'root' })
export class InterpretationsApi {
  private readonly http = inject(HttpClient);

  /** All org units, a tree via `parentId`, ordered by path. */
  getOrgUnits(): Observable<OrgUnitView[]> {
    return this.http.get<OrgUnitView[]>(ORG_UNITS_URL);
  }

  /** The unit's interpretations of the edition in force. */
  getInterpretations(unitId: string): Observable<LocalInterpretationView[]> {
    return this.http.get<LocalInterpretationView[]>(interpretationsUrl(unitId));
  }

  save(
    unitId: string,
    elementKey: string,
    request: SaveLocalInterpretationRequest,
  ): Observable<LocalInterpretationView> {
    return this.http.put<LocalInterpretationView>(interpretationUrl(unitId, elementKey), request);
  }

  remove(unitId: string, elementKey: string, frameworkId: string): Observable<void> {
    return this.http.delete<void>(interpretationUrl(unitId, elementKey), {
      params: { frameworkId },
    });
  }
}
