import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { LocalInterpretationView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { paragraphs } from '../../text/paragraphs';

/**
 * One org unit's own interpretation of a competency or behaviour, shown beside the original
 * as a note with a left border. English falls back to Danish when it is blank.
 */
@Component({
  selector: 'll-local-interpretation-note',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'll-interpretation',
    role: 'note',
    'data-testid': 'local-interpretation',
    '[class.ll-interpretation--compact]': 'compact()',
  },
  template: `
    <p class="ll-interpretation__heading">
      <strong>{{ 'interpretation.heading' | t: { unit: interpretation().orgUnit.name } }}</strong>
    </p>
    @for (paragraph of text(); track $index) {
      <p class="ll-interpretation__text">{{ paragraph }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 0.75rem 0 0;
      padding: 0.5rem 0.75rem 0.5rem 1rem;
      border-left: 4px solid var(--mat-sys-tertiary);
      border-radius: 0 var(--mat-sys-corner-small) var(--mat-sys-corner-small) 0;
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
    }

    :host(.ll-interpretation--compact) {
      margin-top: 0.375rem;
      padding: 0.25rem 0.5rem 0.25rem 0.75rem;
      border-left-width: 3px;
      font: var(--mat-sys-body-small);
    }

    p {
      margin: 0;
    }

    p + p {
      margin-top: 0.375rem;
    }

    .ll-interpretation__heading {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }

    :host(.ll-interpretation--compact) .ll-interpretation__heading {
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class LocalInterpretationNote {
  readonly interpretation = input.required<LocalInterpretationView>();
  /** A smaller note, e.g. inside a table cell. */
  readonly compact = input(false);

  private readonly language = inject(LanguageService);

  protected readonly text = computed(() =>
    paragraphs(this.language.pick(this.interpretation().text)),
  );
}
