import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { RatedSource } from '../data-access/assessment-api';
import { RatingSheetStore } from '../data-access/rating-sheet-store';
import { RatingFlow } from './rating-flow';

/**
 * A rating sheet with its loading, error and "no open round" states around the guided flow.
 * Loads the framework (for the behaviour texts) and the sheet of `leaderId` and `source`.
 */
@Component({
  selector: 'll-rating-flow-panel',
  imports: [MatButton, MatProgressSpinner, TranslatePipe, RatingFlow],
  providers: [RatingSheetStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (status()) {
      @case ('loaded') {
        <ll-rating-flow
          [headingLevel]="headingLevel()"
          [resultsLink]="resultsLink()"
          [resultsFragment]="resultsFragment()"
          (finished)="finished.emit()"
        />
      }
      @case ('no-round') {
        <div class="ll-callout" data-testid="no-open-round">
          <p>
            <strong>{{ 'assessment.noRound.title' | t }}</strong>
          </p>
          <p>
            {{
              (source() === 'self' ? 'assessment.noRound.self' : 'assessment.noRound.manager') | t
            }}
          </p>
        </div>
      }
      @case ('error') {
        <div class="ll-state ll-state--error">
          <p>
            <strong>{{ 'assessment.error.title' | t }}</strong>
          </p>
          <p role="alert">{{ 'assessment.error.text' | t }}</p>
          <button matButton="filled" type="button" (click)="retry()">
            {{ 'assessment.retry' | t }}
          </button>
        </div>
      }
      @default {
        <div class="ll-state__loading" role="status">
          <mat-progress-spinner mode="indeterminate" diameter="32" aria-hidden="true" />
          <span>{{ 'assessment.loading' | t }}</span>
        </div>
      }
    }
  `,
})
export class RatingFlowPanel {
  readonly leaderId = input.required<string>();
  readonly source = input.required<RatedSource>();
  readonly headingLevel = input<2 | 3>(2);
  readonly resultsLink = input.required<string>();
  readonly resultsFragment = input<string | undefined>(undefined);
  readonly finished = output<void>();

  private readonly store = inject(RatingSheetStore);
  private readonly framework = inject(FrameworkStore);

  /** The flow needs both the sheet and the behaviour texts. */
  protected readonly status = computed(() => {
    const sheet = this.store.status();
    const framework = this.framework.status();
    if (sheet === 'error' || framework === 'error') {
      return 'error';
    }
    if (sheet === 'no-round' || framework === 'empty') {
      return 'no-round';
    }
    return sheet === 'loaded' && framework === 'loaded' ? 'loaded' : 'loading';
  });

  constructor() {
    this.framework.load();
    effect(() => {
      const leaderId = this.leaderId();
      const source = this.source();
      untracked(() => this.store.load(leaderId, source));
    });
  }

  protected retry(): void {
    this.framework.load();
    if (this.store.status() === 'error') {
      this.store.retry();
    }
  }
}
