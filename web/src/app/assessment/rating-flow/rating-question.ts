import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { AnswerSaveState, Rating } from '../data-access/rating-sheet-store';

/** One answer option: a point of the scale, or "Kan ikke vurdere" (value null). */
export interface RatingOption {
  /** The radio value: the number, or `na`. */
  id: string;
  value: Rating;
  label: string;
}

/**
 * One behaviour as a group of native radio buttons: the legend is the behaviour text, so the
 * group is named by it, and arrow keys move between the options. Says "Gemmer…"/"Gemt" per
 * question, and why a choice was not saved.
 */
@Component({
  selector: 'll-rating-question',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './rating-question.scss',
  template: `
    <fieldset
      class="rating-question"
      role="radiogroup"
      [attr.aria-labelledby]="id() + '-legend'"
      [attr.data-behaviour]="behaviourKey()"
    >
      <legend class="rating-question__legend" [id]="id() + '-legend'">{{ text() }}</legend>
      <div class="rating-question__options">
        @for (option of options(); track option.id) {
          <label class="rating-option" [class.rating-option--na]="option.value === null">
            <input
              type="radio"
              [name]="id()"
              [value]="option.id"
              [checked]="isChecked(option)"
              (change)="choose.emit(option.value)"
            />
            @if (option.value !== null) {
              <span class="rating-option__value" aria-hidden="true">{{ option.value }}</span>
            }
            <span class="rating-option__label">{{ option.label }}</span>
          </label>
        }
      </div>
      <p class="rating-question__status" role="status">
        @switch (saveState()) {
          @case ('saving') {
            {{ 'assessment.saving' | t }}
          }
          @case ('saved') {
            <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
              <path d="M5 12l5 5 9-10" fill="none" stroke="currentColor" stroke-width="2.5" />
            </svg>
            {{ 'assessment.saved' | t }}
          }
        }
      </p>
      @if (errorText(); as error) {
        <p class="rating-question__error" role="alert">
          <strong>{{ 'assessment.error.notSaved' | t }}</strong> {{ error }}
        </p>
      }
    </fieldset>
  `,
})
export class RatingQuestion {
  readonly behaviourKey = input.required<string>();
  readonly text = input.required<string>();
  readonly options = input.required<readonly RatingOption[]>();
  /** The answer shown; undefined while unanswered. */
  readonly value = input<Rating | undefined>(undefined);
  readonly saveState = input<AnswerSaveState | undefined>(undefined);
  readonly errorText = input<string | null>(null);
  readonly choose = output<Rating>();

  /** Behaviour keys hold dots; ids and radio names get a plain form of them. */
  protected readonly id = computed(() => `q-${this.behaviourKey().replace(/[^\w-]/g, '-')}`);

  protected isChecked(option: RatingOption): boolean {
    return this.value() !== undefined && this.value() === option.value;
  }
}
