import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CompetencyView } from '@lederloeft/contracts';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';

/** One competency on the overview; the whole card follows its title link. */
@Component({
  selector: 'll-competency-card',
  imports: [RouterLink, LocalizedPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './competency-card.scss',
  template: `
    @let c = competency();
    <article class="ll-card competency-card" data-testid="competency-card">
      <h3 class="competency-card__title">
        <a class="competency-card__link" [routerLink]="['/ledelsesgrundlag', c.key]">{{
          c.title | localized
        }}</a>
      </h3>
      <p>{{ c.summary | localized }}</p>
      @if (c.because | localized; as because) {
        <p class="ll-because">
          <strong>{{ 'competency.because' | t }}</strong> {{ because }}
        </p>
      }
      <ul class="competency-card__meta">
        <li>{{ 'competency.behaviourCount' | t: { count: c.behaviours.length } }}</li>
        @if (c.dogmas.length) {
          <li>{{ 'competency.dogmaCount' | t: { count: c.dogmas.length } }}</li>
        }
      </ul>
      <svg
        class="competency-card__arrow"
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="24"
        height="24"
      >
        <path d="M5 12h13M13 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
    </article>
  `,
})
export class CompetencyCard {
  readonly competency = input.required<CompetencyView>();
}
