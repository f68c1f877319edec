import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';

/** Breadcrumb back to the overview, the page's heading and its introduction. */
@Component({
  selector: 'll-admin-page-header',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="ll-breadcrumb" [attr.aria-label]="'competency.breadcrumb' | t">
      <ol>
        <li>
          <a routerLink="/administration">{{ 'nav.administration' | t }}</a>
        </li>
        <li aria-current="page">{{ heading() | t }}</li>
      </ol>
    </nav>
    <header class="ll-page-header">
      <h1>{{ heading() | t }}</h1>
      @if (intro(); as intro) {
        <p class="ll-lead">{{ intro | t }}</p>
      }
    </header>
  `,
})
export class AdminPageHeader {
  readonly heading = input.required<UiKey>();
  readonly intro = input<UiKey | null>(null);
}
