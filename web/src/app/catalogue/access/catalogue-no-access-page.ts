import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../i18n/translate.pipe';

/** "Ingen adgang": shown in place of a catalogue page for HR (or directors) only. */
@Component({
  selector: 'll-catalogue-no-access-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ll-state" data-testid="no-access">
      <h1>{{ 'admin.noAccess.title' | t }}</h1>
      <p>{{ 'catalogue.noAccess.text' | t }}</p>
      <p>
        <a routerLink="/kursuskatalog">{{ 'catalogue.backToCatalogue' | t }}</a>
      </p>
    </div>
  `,
})
export class CatalogueNoAccessPage {}
