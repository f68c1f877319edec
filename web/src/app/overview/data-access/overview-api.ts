import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CoverageDemand,
  CoverageOverview,
  CoverageScenarioJob,
  CoverageScenarioRequest,
  CoverageTargetView,
  CoverageTrend,
  OfferSearchResult,
  SaveCoverageTargetRequest,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

export const COVERAGE_URL = '/api/coverage';
export const COVERAGE_TREND_URL = '/api/coverage/trend';
export const COVERAGE_DEMAND_URL = '/api/coverage/demand';
export const COVERAGE_SCENARIOS_URL = '/api/coverage/scenarios';

export function coverageTargetUrl(unitId: string, competencyKey: string): string {
  return `/api/org-units/${encodeURIComponent(unitId)}/coverage-targets/${encodeURIComponent(competencyKey)}`;
}

function params(values: Record<string, string | null | undefined>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) if (value) result = result.set(key, value);
  return result;
}

/** The address of a download of the overview (same figures as the screen). */
export function coverageFileUrl(
  file: 'xlsx' | 'pdf',
  orgUnitId: string,
  roundId: string | null,
): string {
  return `${COVERAGE_URL}?${params({ orgUnitId, roundId, file }).toString()}`;
}

/** HTTP access to Overblik. */
@Injectable({ providedIn: 'root' })
export class OverviewApi {
  private readonly http = inject(HttpClient);

  overview(orgUnitId: string | null, roundId: string | null): Observable<CoverageOverview> {
    return this.http.get<CoverageOverview>(COVERAGE_URL, {
      params: params({ orgUnitId, roundId }),
    });
  }

  trend(orgUnitId: string | null): Observable<CoverageTrend> {
    return this.http.get<CoverageTrend>(COVERAGE_TREND_URL, { params: params({ orgUnitId }) });
  }

  demand(roundId: string | null): Observable<CoverageDemand> {
    return this.http.get<CoverageDemand>(COVERAGE_DEMAND_URL, { params: params({ roundId }) });
  }

  saveTarget(
    unitId: string,
    competencyKey: string,
    request: SaveCoverageTargetRequest,
  ): Observable<CoverageTargetView> {
    return this.http.put<CoverageTargetView>(coverageTargetUrl(unitId, competencyKey), request);
  }

  removeTarget(unitId: string, competencyKey: string): Observable<void> {
    return this.http.delete<void>(coverageTargetUrl(unitId, competencyKey));
  }

  startScenario(request: CoverageScenarioRequest): Observable<CoverageScenarioJob> {
    return this.http.post<CoverageScenarioJob>(COVERAGE_SCENARIOS_URL, request);
  }

  scenario(id: string): Observable<CoverageScenarioJob> {
    return this.http.get<CoverageScenarioJob>(
      `${COVERAGE_SCENARIOS_URL}/${encodeURIComponent(id)}`,
    );
  }

  cancelScenario(id: string): Observable<CoverageScenarioJob> {
    return this.http.post<CoverageScenarioJob>(
      `${COVERAGE_SCENARIOS_URL}/${encodeURIComponent(id)}/cancel`,
      {},
    );
  }

  /** Published offers with their next open session, for a scenario's extra seats. */
  offersWithSessions(): Observable<OfferSearchResult> {
    return this.http.get<OfferSearchResult>('/api/offers', {
      params: params({ sort: 'date', pageSize: '100', status: 'published' }),
    });
  }
}
