import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore } from '../../auth/data-access/auth-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { ADMIN_ROLES, mayUse } from './admin-sections';

/** "Ingen adgang": shown in place of an administration page the person may not use. */
@Component({
  selector: 'll-no-access-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ll-state" data-testid="no-access">
      <h1>{{ 'admin.noAccess.title' | t }}</h1>
      <p>{{ 'admin.noAccess.text' | t }}</p>
      <p>
        @if (mayUseOverview()) {
          <a routerLink="/administration">{{ 'admin.noAccess.overview' | t }}</a>
        } @else {
          <a routerLink="/ledelsesgrundlag">{{ 'notFound.back' | t }}</a>
        }
      </p>
    </div>
  `,
})
export class NoAccessPage {
  private readonly auth = inject(AuthStore);
  protected readonly mayUseOverview = computed(() =>
    mayUse(this.auth.me()?.roles ?? [], ADMIN_ROLES),
  );
}
