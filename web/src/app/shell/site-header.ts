import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filter } from 'rxjs';
import { FrameworkStore } from '../framework/data-access/framework-store';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { UiKey } from '../i18n/ui-key';
import { LanguageSwitch } from './language-switch';

interface NavItem {
  label: UiKey;
  /** Absent for areas that are not built yet: shown, marked "Kommer snart", not focusable. */
  link?: string;
}

@Component({
  selector: 'll-site-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-header.html',
  styleUrl: './site-header.scss',
})
export class SiteHeader {
  protected readonly store = inject(FrameworkStore);
  protected readonly menuOpen = signal(false);
  protected readonly navItems: readonly NavItem[] = [
    { label: 'nav.framework', link: '/ledelsesgrundlag' },
    { label: 'nav.myDevelopment' },
    { label: 'nav.catalogue' },
    { label: 'nav.overview' },
    { label: 'nav.administration' },
  ];

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }
}
