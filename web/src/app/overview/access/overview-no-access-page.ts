import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../i18n/translate.pipe';

/** "Ingen adgang": in place of an Overblik page for people whose roles do not open it. */
@Component({
  selector: 'll-overview-no-access-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ll-state" data-testid="no-access">
      <h1>{{ 'admin.noAccess.title' | t }}</h1>
      <p>{{ 'overview.noAccess.text' | t }}</p>
      <p>
        <a routerLink="/ledelsesgrundlag">{{ 'overview.noAccess.back' | t }}</a>
      </p>
    </div>
  `,
})
export class OverviewNoAccessPage {}
