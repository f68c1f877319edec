import type { LanguageService } from '../../i18n/language.service';
import { type RequestFailure, apiMessageFor } from '../../http/api-error';

/**
 * What to tell the person about a failed Overblik request: the API's own Danish message
 * for a client error (it is the most specific), otherwise a text for the kind of failure.
 */
export function overviewFailureText(failure: RequestFailure, language: LanguageService): string {
  if (failure.status === 401) return language.t('admin.error.signedOut');
  if (failure.status === 403 && failure.code === 'CSRF') return language.t('admin.error.csrf');
  const own = apiMessageFor(failure, language.lang());
  if (own) return own;
  if (failure.status === 403) return language.t('admin.error.forbidden');
  if (failure.status === 404) return language.t('overview.error.notFound');
  if (failure.status === 409) return language.t('overview.scenario.busy');
  if (failure.status >= 400 && failure.status < 500) return language.t('admin.error.invalid');
  return language.t('admin.error.unavailable');
}
