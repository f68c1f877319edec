import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CatalogueCoverage,
  CreateOfferRequest,
  CreateOfferSessionRequest,
  LeaderLevelView,
  OfferImportResult,
  OfferSearchQuery,
  OfferSearchResult,
  OfferSessionView,
  OfferView,
  UpdateOfferRequest,
  UpdateOfferSessionRequest,
} from '@lederloeft/contracts';
import { type Observable, defer } from 'rxjs';
import { spreadsheetBodyOptions } from '../../administration/data-access/file-upload';
import { toSearchParams } from './search-query';

export const OFFERS_URL = '/api/offers';
export const OFFER_IMPORT_URL = `${OFFERS_URL}/import`;
export const OFFER_TEMPLATE_URL = `${OFFERS_URL}/import-template`;
export const OFFER_EXPORT_URL = `${OFFERS_URL}/export`;
export const OFFER_COVERAGE_URL = `${OFFERS_URL}/coverage`;
export const OFFER_LOCATIONS_URL = `${OFFERS_URL}/locations`;
export const CATALOGUE_LEVELS_URL = '/api/leader-levels';

/** The spreadsheet formats the catalogue's template and export come in. */
export type SpreadsheetFormat = 'xlsx' | 'csv';

export function offerUrl(id: string): string {
  return `${OFFERS_URL}/${encodeURIComponent(id)}`;
}

export function sessionsUrl(offerId: string): string {
  return `${offerUrl(offerId)}/sessions`;
}

export function sessionUrl(offerId: string, sessionId: string): string {
  return `${sessionsUrl(offerId)}/${encodeURIComponent(sessionId)}`;
}

/** Where the browser downloads the import template (Content-Disposition: attachment). */
export function templateUrl(format: SpreadsheetFormat): string {
  return `${OFFER_TEMPLATE_URL}?format=${format}`;
}

/**
 * Where the browser downloads the offers matching `query` as a spreadsheet. The file type is
 * `file` here, because `format` is the offers' own format filter.
 */
export function exportUrl(file: SpreadsheetFormat, query: OfferSearchQuery): string {
  const params = new URLSearchParams({ file });
  for (const [name, value] of Object.entries(toSearchParams(query))) {
    if (name !== 'page' && name !== 'pageSize') {
      params.set(name, value);
    }
  }
  return `${OFFER_EXPORT_URL}?${params.toString()}`;
}

/** HTTP access to the course catalogue: offers, their sessions, import and coverage. */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);

  search(query: OfferSearchQuery): Observable<OfferSearchResult> {
    return this.http.get<OfferSearchResult>(OFFERS_URL, { params: toSearchParams(query) });
  }

  /** One offer with its sessions; 404 for drafts unless HR or admin asks. */
  get(id: string): Observable<OfferView> {
    return this.http.get<OfferView>(offerUrl(id));
  }

  create(request: CreateOfferRequest): Observable<OfferView> {
    return this.http.post<OfferView>(OFFERS_URL, request);
  }

  /** A partial edit or a status change; 409 `STALE_VERSION` when `version` is not current. */
  update(id: string, request: UpdateOfferRequest): Observable<OfferView> {
    return this.http.patch<OfferView>(offerUrl(id), request);
  }

  /** Only drafts that were never published; 409 otherwise. */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(offerUrl(id));
  }

  createSession(offerId: string, request: CreateOfferSessionRequest): Observable<OfferSessionView> {
    return this.http.post<OfferSessionView>(sessionsUrl(offerId), request);
  }

  updateSession(
    offerId: string,
    sessionId: string,
    request: UpdateOfferSessionRequest,
  ): Observable<OfferSessionView> {
    return this.http.patch<OfferSessionView>(sessionUrl(offerId, sessionId), request);
  }

  /** 409 when seats are taken or people wait. */
  removeSession(offerId: string, sessionId: string): Observable<void> {
    return this.http.delete<void>(sessionUrl(offerId, sessionId));
  }

  /** What importing the file would do, with every error by line and column; writes nothing. */
  previewImport(file: File): Observable<OfferImportResult> {
    return this.upload(`${OFFER_IMPORT_URL}?dryRun=true`, file);
  }

  /** Imports every row or nothing (400 with `details` when a row is wrong). */
  runImport(file: File): Observable<OfferImportResult> {
    return this.upload(`${OFFER_IMPORT_URL}?dryRun=false`, file);
  }

  coverage(): Observable<CatalogueCoverage> {
    return this.http.get<CatalogueCoverage>(OFFER_COVERAGE_URL);
  }

  /** The places of published offers (not online ones), in Danish order. */
  locations(): Observable<string[]> {
    return this.http.get<string[]>(OFFER_LOCATIONS_URL);
  }

  /** The leader levels, from the top. */
  levels(): Observable<LeaderLevelView[]> {
    return this.http.get<LeaderLevelView[]>(CATALOGUE_LEVELS_URL);
  }

  private upload(url: string, file: File): Observable<OfferImportResult> {
    // Deferred so an unsupported file fails the subscription, not the caller.
    return defer(() => this.http.post<OfferImportResult>(url, file, spreadsheetBodyOptions(file)));
  }
}
