import { DOCUMENT, inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { LanguageService } from '../i18n/language.service';
import type { UiKey } from '../i18n/ui-key';

/** A page that may hold typed text the API has not stored yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
  /** The question to ask; the personal leadership foundation's when the page has none. */
  readonly leaveConfirmKey?: UiKey;
}

/** Asks before leaving a page with unsaved changes; the browser's own dialog, so it is accessible. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (page) => {
  if (!page.hasUnsavedChanges()) {
    return true;
  }
  const message = inject(LanguageService).t(
    page.leaveConfirmKey ?? 'personalFoundation.leaveConfirm',
  );
  return inject(DOCUMENT).defaultView?.confirm(message) ?? true;
};
