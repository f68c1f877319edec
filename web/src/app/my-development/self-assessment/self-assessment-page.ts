import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RatingFlowPanel } from '../../assessment/rating-flow/rating-flow-panel';
import { AuthStore } from '../../auth/data-access/auth-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PageTitleService } from '../../shell/page-title.service';

/** "Selvvurdering": the signed-in leader rates themself in the newest open round. */
@Component({
  selector: 'll-self-assessment-page',
  imports: [RouterLink, TranslatePipe, RatingFlowPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="ll-breadcrumb" [attr.aria-label]="'competency.breadcrumb' | t">
      <ol>
        <li>
          <a routerLink="/min-udvikling">{{ 'nav.myDevelopment' | t }}</a>
        </li>
        <li aria-current="page">{{ 'selfAssessment.title' | t }}</li>
      </ol>
    </nav>
    <article class="ll-page">
      <header class="ll-page-header">
        <h1>{{ 'selfAssessment.title' | t }}</h1>
        @if (leaderId) {
          <p class="ll-lead">{{ 'selfAssessment.intro' | t }}</p>
        }
      </header>
      @if (leaderId) {
        <ll-rating-flow-panel
          [leaderId]="leaderId"
          source="self"
          resultsLink="/min-udvikling"
          resultsFragment="kompetencegab"
        />
      } @else {
        <div class="ll-callout" data-testid="not-a-leader">
          <h2>{{ 'myDevelopment.notLeader.title' | t }}</h2>
          <p>{{ 'myDevelopment.notLeader.text' | t }}</p>
        </div>
      }
    </article>
  `,
})
export class SelfAssessmentPage {
  /** The guard made sure someone is signed in; accounts that are not leaders have nothing to rate. */
  protected readonly leaderId = inject(AuthStore).me()?.leaderId ?? null;

  constructor() {
    // "Selvvurdering · Min udvikling · Lederløft"
    const pageTitle = inject(PageTitleService);
    pageTitle.setPage('selfAssessment.title');
    inject(DestroyRef).onDestroy(() => pageTitle.setPage(null));
  }
}
