import { Pipe, PipeTransform, inject } from '@angular/core';
import type { LocalizedText } from '@lederloeft/contracts';
import { LanguageService } from './language.service';

/** `{{ competency.title | localized }}`: the current language's text of a `{ da, en }` text. */
@Pipe({ name: 'localized', pure: false })
export class LocalizedPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(text: LocalizedText | null | undefined): string {
    return this.language.pick(text);
  }
}
