import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore } from '../../auth/data-access/auth-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { ADMIN_SECTIONS, mayUse } from '../access/admin-sections';

/** "Administration": a card for each area the signed-in person's roles open. */
@Component({
  selector: 'll-administration-overview-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './administration-overview-page.scss',
  template: `
    <article class="ll-page">
      <header class="ll-page-header">
        <h1>{{ 'nav.administration' | t }}</h1>
        <p class="ll-lead">{{ 'admin.intro' | t }}</p>
      </header>
      <ul class="admin-sections" [attr.aria-label]="'admin.sections.label' | t">
        @for (section of sections(); track section.key) {
          <li class="ll-card admin-section" data-testid="admin-section">
            <h2 class="admin-section__title">
              <a class="admin-section__link" [routerLink]="['/administration', section.path]">{{
                section.title | t
              }}</a>
            </h2>
            <p>{{ section.summary | t }}</p>
            <svg
              class="admin-section__arrow"
              aria-hidden="true"
              viewBox="0 0 24 24"
              width="24"
              height="24"
            >
              <path d="M5 12h13M13 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" />
            </svg>
          </li>
        }
      </ul>
    </article>
  `,
})
export class AdministrationOverviewPage {
  private readonly auth = inject(AuthStore);
  protected readonly sections = computed(() => {
    const roles = this.auth.me()?.roles ?? [];
    return ADMIN_SECTIONS.filter((section) => mayUse(roles, section.roles));
  });
}
