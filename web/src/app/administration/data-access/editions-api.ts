import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FrameworkDocument, FrameworkSummary } from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

export const FRAMEWORKS_URL = '/api/frameworks';

export function editionUrl(id: string): string {
  return `${FRAMEWORKS_URL}/${encodeURIComponent(id)}`;
}

/** Where the browser downloads an edition as a framework document (content-disposition: attachment). */
export function editionExportUrl(id: string): string {
  return `${editionUrl(id)}/export?format=json`;
}

/** HTTP access to the framework's editions: drafts, their content, publication. */
@Injectable({ providedIn: 'root' })
export class EditionsApi {
  private readonly http = inject(HttpClient);

  /** Every edition, newest first. */
  list(): Observable<FrameworkSummary[]> {
    return this.http.get<FrameworkSummary[]>(FRAMEWORKS_URL);
  }

  /** An edition's content as a framework document: what the editor edits and PUT takes back. */
  document(id: string): Observable<FrameworkDocument> {
    return this.http.get<FrameworkDocument>(editionExportUrl(id));
  }

  /** A new draft edition with the content of edition `fromId`. */
  createDraft(fromId: string): Observable<FrameworkSummary> {
    return this.http.post<FrameworkSummary>(`${editionUrl(fromId)}/drafts`, null);
  }

  /**
   * Replaces a draft's content with a framework document as the person uploaded it; the API
   * validates it (400 with details) and refuses published or retired editions (409).
   */
  replaceDraft(id: string, document: unknown): Observable<FrameworkSummary> {
    return this.http.put<FrameworkSummary>(editionUrl(id), document);
  }

  /** Makes the draft the edition in force; the previous one is retired. */
  publish(id: string): Observable<FrameworkSummary> {
    return this.http.post<FrameworkSummary>(`${editionUrl(id)}/publish`, null);
  }
}
