import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { RatingSheetStore } from '../../assessment/data-access/rating-sheet-store';
import { RatingProgress } from '../../assessment/rating-flow/rating-progress';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';

/** Min udvikling's way into the self-assessment: how far the leader has got, and a link. */
@Component({
  selector: 'll-self-assessment-card',
  imports: [MatAnchor, RouterLink, TranslatePipe, RatingProgress],
  providers: [RatingSheetStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="ll-card self-assessment-card" aria-labelledby="self-assessment-title">
      <h2 id="self-assessment-title">{{ 'selfAssessment.card.title' | t }}</h2>
      @switch (store.status()) {
        @case ('loaded') {
          @if (store.round(); as round) {
            <p class="ll-eyebrow">{{ round.name }}</p>
          }
          <p>
            {{
              (store.complete() ? 'selfAssessment.card.done' : 'selfAssessment.card.text')
                | t: { total: store.total() }
            }}
          </p>
          <div class="self-assessment-card__progress">
            <ll-rating-progress [answered]="store.answered()" [total]="store.total()" />
          </div>
          <a matButton="filled" routerLink="/min-udvikling/selvvurdering">{{ linkText() | t }}</a>
        }
        @case ('no-round') {
          <p>{{ 'selfAssessment.card.noRound' | t }}</p>
        }
        @case ('error') {
          <p>{{ 'selfAssessment.card.error' | t }}</p>
          <a matButton="outlined" routerLink="/min-udvikling/selvvurdering">{{
            'selfAssessment.card.start' | t
          }}</a>
        }
        @default {
          <p class="ll-meta" role="status">{{ 'selfAssessment.card.loading' | t }}</p>
        }
      }
    </section>
  `,
  styles: `
    .self-assessment-card {
      max-width: 70ch;
      margin-top: 2rem;

      h2 {
        margin-top: 0;
      }
    }

    .self-assessment-card__progress {
      max-width: 28rem;
      margin-bottom: 1.25rem;
    }
  `,
})
export class SelfAssessmentCard implements OnInit {
  readonly leaderId = input.required<string>();

  protected readonly store = inject(RatingSheetStore);

  protected readonly linkText = computed<UiKey>(() => {
    if (this.store.complete()) {
      return 'selfAssessment.card.review';
    }
    return this.store.answered() > 0 ? 'selfAssessment.card.continue' : 'selfAssessment.card.start';
  });

  ngOnInit(): void {
    this.store.load(this.leaderId(), 'self');
  }
}
