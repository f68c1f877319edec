import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { formatLongDate } from '../../i18n/translate';
import { FrameworkStore } from '../data-access/framework-store';
import { FrameworkLoadState } from '../load-state/framework-load-state';
import { CompetencyCard } from './competency-card';

/** "Ledelsesgrundlaget": purpose, values and the four competencies of the edition in force. */
@Component({
  selector: 'll-framework-overview-page',
  imports: [MatButton, LocalizedPipe, TranslatePipe, FrameworkLoadState, CompetencyCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './framework-overview-page.html',
  styleUrl: './framework-overview-page.scss',
})
export class FrameworkOverviewPage {
  protected readonly store = inject(FrameworkStore);
  private readonly language = inject(LanguageService);

  protected readonly purposeExpanded = signal(false);
  protected readonly values = computed(
    () => this.store.framework()?.values.filter((value) => value.kind === 'value') ?? [],
  );
  protected readonly conduct = computed(
    () => this.store.framework()?.values.filter((value) => value.kind === 'conduct') ?? [],
  );

  /** "Udgave 1 · udgivet 27. november 2026". */
  protected readonly editionLine = computed(() => {
    const framework = this.store.framework();
    if (!framework) {
      return '';
    }
    const edition = framework.editionLabel
      ? this.language.t('framework.editionWithLabel', {
          edition: framework.edition,
          label: framework.editionLabel,
        })
      : this.language.t('framework.edition', { edition: framework.edition });
    if (!framework.publishedAt) {
      return edition;
    }
    const date = formatLongDate(framework.publishedAt, this.language.lang());
    return `${edition} · ${this.language.t('framework.published', { date })}`;
  });

  constructor() {
    this.store.load();
  }

  protected togglePurpose(): void {
    this.purposeExpanded.update((expanded) => !expanded);
  }
}
