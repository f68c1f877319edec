/** The two interface languages: Danish first, English second. */
export type Language = 'da' | 'en';

/** A text kept in Danish (authoritative) with an English translation alongside. */
export interface LocalizedText {
  da: string;
  en: string;
}

/** One problem found in a request, pointing at the offending field. */
export interface ApiErrorDetail {
  /** Path into the request body, e.g. `competencies[1].behaviours[0].text.da`. */
  path: string;
  message: string;
}

/** The single JSON shape of every error response. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** Machine-readable domain error code, e.g. `FRAMEWORK_IMMUTABLE`. */
  code?: string;
  details?: ApiErrorDetail[];
}

export interface HealthResponse {
  /** degraded: the database does not answer; draining: the process is shutting down. */
  status: 'ok' | 'degraded' | 'draining';
  version: string;
  database: {
    type: 'sqlite' | 'postgres';
    reachable: boolean;
  };
}
