import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import type { TranslateParams } from '../../i18n/ui-text';

/**
 * Breadcrumb back to the overview (and to a `parent` page, for a page below a section), the
 * page's heading and its introduction.
 */
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
        @if (parent(); as parent) {
          <li>
            <a [routerLink]="parent.link">{{ parent.heading | t }}</a>
          </li>
        }
        <li aria-current="page">{{ heading() | t: headingParams() }}</li>
      </ol>
    </nav>
    <header class="ll-page-header">
      <h1>{{ heading() | t: headingParams() }}</h1>
      @if (intro(); as intro) {
        <p class="ll-lead">{{ intro | t }}</p>
      }
    </header>
  `,
})
export class AdminPageHeader {
  readonly heading = input.required<UiKey>();
  readonly headingParams = input<TranslateParams | undefined>(undefined);
  readonly parent = input<{ link: string; heading: UiKey } | null>(null);
  readonly intro = input<UiKey | null>(null);
}
