import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AssessmentRoundView,
  EmployeeResultsImportView,
  LeaderImportPreview,
  LeaderImportResult,
  OrgUnitImportView,
} from '@lederloeft/contracts';
import { type Observable, defer } from 'rxjs';
import { spreadsheetBodyOptions } from './file-upload';

export const LEADER_IMPORT_URL = '/api/imports/leaders';
export const LEADER_IMPORT_PREVIEW_URL = `${LEADER_IMPORT_URL}/preview`;
export const ORG_UNIT_IMPORT_URL = '/api/imports/org-units';
export const ORG_UNIT_IMPORT_PREVIEW_URL = `${ORG_UNIT_IMPORT_URL}/preview`;
export const ROUNDS_URL = '/api/assessment-rounds';

export function employeeResultsUrl(roundId: string): string {
  return `${ROUNDS_URL}/${encodeURIComponent(roundId)}/employee-results`;
}

export function employeeResultsPreviewUrl(roundId: string): string {
  return `${employeeResultsUrl(roundId)}/preview`;
}

/**
 * HTTP access to the imports. The file itself is the request body, typed text/csv or XLSX
 * by its name; preview routes write nothing, import routes write every row or nothing.
 */
@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = inject(HttpClient);

  previewLeaders(file: File): Observable<LeaderImportPreview> {
    return this.upload<LeaderImportPreview>(LEADER_IMPORT_PREVIEW_URL, file);
  }

  /** 400 (ApiError with `details`) and nothing written when a row is wrong. */
  importLeaders(file: File): Observable<LeaderImportResult> {
    return this.upload<LeaderImportResult>(LEADER_IMPORT_URL, file);
  }

  previewOrgUnits(file: File): Observable<OrgUnitImportView> {
    return this.upload<OrgUnitImportView>(ORG_UNIT_IMPORT_PREVIEW_URL, file);
  }

  /** 400 (ApiError with `details`) and nothing written when a row is wrong. */
  importOrgUnits(file: File): Observable<OrgUnitImportView> {
    return this.upload<OrgUnitImportView>(ORG_UNIT_IMPORT_URL, file);
  }

  /** Every assessment round, newest first. */
  getRounds(): Observable<AssessmentRoundView[]> {
    return this.http.get<AssessmentRoundView[]>(ROUNDS_URL);
  }

  previewEmployeeResults(roundId: string, file: File): Observable<EmployeeResultsImportView> {
    return this.upload<EmployeeResultsImportView>(employeeResultsPreviewUrl(roundId), file);
  }

  importEmployeeResults(roundId: string, file: File): Observable<EmployeeResultsImportView> {
    return this.upload<EmployeeResultsImportView>(employeeResultsUrl(roundId), file);
  }

  private upload<T>(url: string, file: File): Observable<T> {
    // Deferred so an unsupported file fails the subscription, not the caller.
    return defer(() => this.http.post<T>(url, file, spreadsheetBodyOptions(file)));
  }
}
