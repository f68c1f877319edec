import type { ApiErrorDetail } from '@lederloeft/contracts';

/**
 * Codes of rule violations. The api maps each code to an HTTP status in one place
 * (api/src/common/api-exception.filter.ts), so rules never speak HTTP.
 */
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'FRAMEWORK_IMMUTABLE'
  | 'FRAMEWORK_NOT_PUBLISHABLE'
  | 'FRAMEWORK_CONFLICT'
  | 'CONFLICT'
  | 'STALE_VERSION'
  | 'ORGANISATION_CONFLICT';

/** A broken business rule, with a message a person can act on. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
