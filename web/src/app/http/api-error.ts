import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, Language } from '@lederloeft/contracts';

/** A failed request as the UI needs it: the HTTP status and the API's message, if any. */
export interface RequestFailure {
  /** HTTP status, 0 when the server could not be reached. */
  status: number;
  /** The API's own message (`ApiError.message`), or null when the body was not an ApiError. */
  message: string | null;
  /** The API's machine-readable code, e.g. `CSRF`. */
  code: string | null;
}

/** True for the single JSON error shape of the API. */
export function isApiError(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    'message' in body &&
    typeof (body as { message: unknown }).message === 'string'
  );
}

/** Reads status, message and code from whatever an HttpClient call failed with. */
export function toRequestFailure(error: unknown): RequestFailure {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, message: null, code: null };
  }
  const body: unknown = error.error;
  return {
    status: error.status,
    message: isApiError(body) && body.message.trim() ? body.message : null,
    code: isApiError(body) && typeof body.code === 'string' ? body.code : null,
  };
}

/**
 * The API writes its messages in Danish: the Danish UI shows the API's own message for a
 * client error (4xx), which is the most specific; otherwise the UI uses its own texts.
 */
export function apiMessageFor(failure: RequestFailure, lang: Language): string | null {
  return lang === 'da' && failure.status >= 400 && failure.status < 500 ? failure.message : null;
}
