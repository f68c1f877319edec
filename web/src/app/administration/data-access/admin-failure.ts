import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorDetail } from '@lederloeft/contracts';
import {
  type RequestFailure,
  apiMessageFor,
  isApiError,
  toRequestFailure,
} from '../../http/api-error';
import type { LanguageService } from '../../i18n/language.service';

/** A failed request, with the API's per-field problems (`ApiError.details`) when it sent any. */
export interface AdminFailure extends RequestFailure {
  details: ApiErrorDetail[];
}

function isDetail(value: unknown): value is ApiErrorDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { path?: unknown }).path === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Reads status, message, code and details from whatever an HttpClient call failed with. */
export function toAdminFailure(error: unknown): AdminFailure {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  const details = isApiError(body) && Array.isArray(body.details) ? body.details : [];
  return { ...toRequestFailure(error), details: details.filter(isDetail) };
}

/**
 * What to tell the person about a failed write: the API's own (Danish) message where it is
 * the most specific, otherwise a text of our own for the kind of failure.
 */
export function failureMessage(failure: RequestFailure, language: LanguageService): string {
  if (failure.status === 401) {
    return language.t('admin.error.signedOut');
  }
  if (failure.status === 403 && failure.code === 'CSRF') {
    return language.t('admin.error.csrf');
  }
  const fromApi = apiMessageFor(failure, language.lang());
  if (fromApi) {
    return fromApi;
  }
  if (failure.status === 403) {
    return language.t('admin.error.forbidden');
  }
  if (failure.status === 409) {
    return language.t('admin.error.conflict');
  }
  if (failure.status >= 400 && failure.status < 500) {
    return language.t('admin.error.invalid');
  }
  return language.t('admin.error.unavailable');
}
