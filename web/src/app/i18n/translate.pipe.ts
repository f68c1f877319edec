import { Pipe, PipeTransform, inject } from '@angular/core';
import { LanguageService } from './language.service';
import type { UiKey } from './ui-key';
import type { TranslateParams } from './ui-text';

/**
 * `{{ 'nav.framework' | t }}`: a UI string in the current language. Impure so the view
 * re-reads the language signal on every check; reading it also schedules zoneless views.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(key: UiKey, params?: TranslateParams): string {
    return this.language.t(key, params);
  }
}
