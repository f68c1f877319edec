import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SurveyImportView, SurveyItemView } from '@lederloeft/contracts';
import { type Observable, defer } from 'rxjs';
import { spreadsheetBodyOptions } from './file-upload';
import { ROUNDS_URL } from './import-api';

export const SURVEY_ITEMS_URL = '/api/survey-items';

export function surveyResultsUrl(roundId: string): string {
  return `${ROUNDS_URL}/${encodeURIComponent(roundId)}/survey-results`;
}

export function surveyResultsPreviewUrl(roundId: string): string {
  return `${surveyResultsUrl(roundId)}/preview`;
}

export function surveyItemUrl(code: string): string {
  return `${SURVEY_ITEMS_URL}/${encodeURIComponent(code)}`;
}

/**
 * HTTP access to the wellbeing survey (trivselsmåling): the import per round, with the
 * survey's own scale (`scaleMax`, e.g. 100 for 0-100), and the item → competency mapping.
 */
@Injectable({ providedIn: 'root' })
export class SurveyApi {
  private readonly http = inject(HttpClient);

  preview(roundId: string, file: File, scaleMax: number): Observable<SurveyImportView> {
    return this.upload(surveyResultsPreviewUrl(roundId), file, scaleMax);
  }

  /** 400 (ApiError with `details`) and nothing written when a row is wrong. */
  import(roundId: string, file: File, scaleMax: number): Observable<SurveyImportView> {
    return this.upload(surveyResultsUrl(roundId), file, scaleMax);
  }

  /** Every survey item the imports have met, by code. */
  items(): Observable<SurveyItemView[]> {
    return this.http.get<SurveyItemView[]>(SURVEY_ITEMS_URL);
  }

  /** Maps an item to a competency (null: none); the API recomputes the survey evidence. */
  map(code: string, competencyKey: string | null): Observable<SurveyItemView> {
    return this.http.put<SurveyItemView>(surveyItemUrl(code), { competencyKey });
  }

  private upload(url: string, file: File, scaleMax: number): Observable<SurveyImportView> {
    // Deferred so an unsupported file fails the subscription, not the caller.
    return defer(() =>
      this.http.post<SurveyImportView>(url, file, {
        ...spreadsheetBodyOptions(file),
        params: new HttpParams().set('scaleMax', String(scaleMax)),
      }),
    );
  }
}
