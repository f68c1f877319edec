import { apiMessageFor, type RequestFailure } from '../../http/api-error';
import type { LanguageService } from '../../i18n/language.service';
import type { RatedSource } from '../data-access/assessment-api';

/** Why a choice was not saved, in words the person can act on. */
export function saveErrorText(
  failure: RequestFailure,
  source: RatedSource,
  language: LanguageService,
): string {
  if (failure.status === 401) {
    return language.t('assessment.error.signedOut');
  }
  if (failure.status === 403 && failure.code === 'CSRF') {
    return language.t('assessment.error.csrf');
  }
  // The API's own Danish message is the most specific, e.g. "Runden ... er lukket".
  const fromApi = apiMessageFor(failure, language.lang());
  if (fromApi) {
    return fromApi;
  }
  if (failure.status === 403) {
    return language.t(
      source === 'self' ? 'assessment.error.forbidden.self' : 'assessment.error.forbidden.manager',
    );
  }
  if (failure.status >= 400 && failure.status < 500) {
    return language.t('assessment.error.invalid');
  }
  return language.t('assessment.error.unavailable');
}
