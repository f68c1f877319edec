import { DOCUMENT, inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { LanguageService } from '../../i18n/language.service';
import type { HasUnsavedChanges } from '../../my-development/unsaved-changes.guard';

/**
 * Asks before leaving the offer editor with unsaved changes (the browser's own dialog, so it
 * is accessible). The same idea as "Min udvikling"'s guard, with the editor's own question.
 */
export const unsavedOfferGuard: CanDeactivateFn<HasUnsavedChanges> = (page) => {
  if (!page.hasUnsavedChanges()) {
    return true;
  }
  const message = inject(LanguageService).t('catalogue.editor.leaveConfirm');
  return inject(DOCUMENT).defaultView?.confirm(message) ?? true;
};
