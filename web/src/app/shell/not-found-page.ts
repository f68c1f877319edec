import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Any address the app does not know. */
@Component({
  selector: 'll-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ll-state">
      <h1>{{ 'notFound.title' | t }}</h1>
      <p>{{ 'notFound.text' | t }}</p>
      <p>
        <a routerLink="/ledelsesgrundlag">{{ 'notFound.back' | t }}</a>
      </p>
    </div>
  `,
})
export class NotFoundPage {}
