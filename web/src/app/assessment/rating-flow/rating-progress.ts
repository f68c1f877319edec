import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageService } from '../../i18n/language.service';

/** "12 af 32 besvaret" with a bar; the bar is a named progressbar with its value. */
@Component({
  selector: 'll-rating-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rating-progress">
      <p class="rating-progress__text">{{ text() }}</p>
      <div
        class="rating-progress__bar"
        role="progressbar"
        aria-valuemin="0"
        [attr.aria-valuemax]="total()"
        [attr.aria-valuenow]="answered()"
        [attr.aria-valuetext]="text()"
        [attr.aria-label]="label()"
      >
        <div class="rating-progress__fill" [style.width.%]="percent()"></div>
      </div>
    </div>
  `,
  styles: `
    .rating-progress__text {
      margin: 0 0 0.375rem;
      font: var(--mat-sys-title-small);
    }

    .rating-progress__bar {
      height: 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 999px;
      background: var(--mat-sys-surface-container-lowest);
      overflow: hidden;
    }

    .rating-progress__fill {
      height: 100%;
      background: var(--mat-sys-primary);
      transition: width 200ms ease-out;
    }
  `,
})
export class RatingProgress {
  readonly answered = input.required<number>();
  readonly total = input.required<number>();

  private readonly language = inject(LanguageService);

  protected readonly text = computed(() =>
    this.language.t('assessment.progress.text', { answered: this.answered(), total: this.total() }),
  );
  protected readonly label = computed(() => this.language.t('assessment.progress.label'));
  protected readonly percent = computed(() =>
    this.total() > 0 ? Math.round((this.answered() / this.total()) * 100) : 0,
  );
}
