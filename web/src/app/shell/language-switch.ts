import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { Language } from '@lederloeft/contracts';
import { LanguageService } from '../i18n/language.service';
import { TranslatePipe } from '../i18n/translate.pipe';

interface LanguageOption {
  lang: Language;
  /** Each language is named in itself, so it is recognisable whatever is selected. */
  label: string;
}

/** "Dansk" / "English" toggle buttons; the pressed one is the language in force. */
@Component({
  selector: 'll-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './language-switch.scss',
  template: `
    <div class="language-switch" role="group" [attr.aria-label]="'language.label' | t">
      @for (option of options; track option.lang) {
        <button
          type="button"
          class="language-switch__button"
          [attr.lang]="option.lang"
          [attr.aria-pressed]="language.lang() === option.lang"
          (click)="language.set(option.lang)"
        >
          {{ option.label }}
        </button>
      }
    </div>
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  protected readonly options: readonly LanguageOption[] = [
    { lang: 'da', label: 'Dansk' },
    { lang: 'en', label: 'English' },
  ];
}
