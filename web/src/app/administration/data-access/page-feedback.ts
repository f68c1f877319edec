import { computed, signal } from '@angular/core';
import type { LanguageService } from '../../i18n/language.service';
import type { TranslateParams } from '../../i18n/ui-text';
import type { UiKey } from '../../i18n/ui-key';
import { type AdminFailure, failureMessage } from './admin-failure';

/** The outcome an administration page reports above its table: done, or why not. */
export type PageFeedbackValue =
  | { kind: 'success'; key: UiKey; params?: TranslateParams }
  | { kind: 'error'; key: UiKey; failure: AdminFailure };

/**
 * The feedback state of an administration page: set it after an action; the page shows the
 * success text in a status region, or the error with the API's message and its details.
 */
export function pageFeedback(language: LanguageService) {
  const feedback = signal<PageFeedbackValue | null>(null);
  return {
    feedback,
    successText: computed(() => {
      const value = feedback();
      return value?.kind === 'success' ? language.t(value.key, value.params) : '';
    }),
    errorFeedback: computed(() => {
      const value = feedback();
      if (value?.kind !== 'error') return null;
      return {
        text: `${language.t(value.key)} ${failureMessage(value.failure, language)}`,
        details: value.failure.details,
      };
    }),
  };
}
