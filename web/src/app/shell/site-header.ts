import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type ActivatedRouteSnapshot,
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
} from '@angular/router';
import type { Role } from '@lederloeft/contracts';
import { filter } from 'rxjs';
import { AuthStore } from '../auth/data-access/auth-store';
import { signedInGuard } from '../auth/signed-in.guard';
import { FrameworkStore } from '../framework/data-access/framework-store';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { UiKey } from '../i18n/ui-key';
import { LanguageSwitch } from './language-switch';

interface NavItem {
  label: UiKey;
  /** Absent for areas that are not built yet: shown, marked "Kommer snart", not focusable. */
  link?: string;
  /** Shown only to people with at least one of these roles. */
  roles?: readonly Role[];
  /** Shown only to signed-in people, whatever their roles. */
  signedIn?: boolean;
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
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly signInLink = viewChild<ElementRef<HTMLElement>>('signInLink');
  protected readonly menuOpen = signal(false);
  protected readonly navItems: readonly NavItem[] = [
    { label: 'nav.framework', link: '/ledelsesgrundlag' },
    { label: 'nav.myDevelopment', link: '/min-udvikling' },
    { label: 'nav.myPlan', link: '/min-udviklingsplan' },
    { label: 'nav.myTeam', link: '/mit-team', roles: ['manager'] },
    { label: 'nav.catalogue', link: '/kursuskatalog', signedIn: true },
    { label: 'nav.overview', link: '/overblik', roles: ['director', 'hr', 'admin', 'manager'] },
    { label: 'nav.administration', link: '/administration', roles: ['admin', 'hr', 'director'] },
  ];

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  /**
   * On a page for signed-in people, leaves for the public front page first, so a page with
   * unsaved text can ask before anything is lost; on a public page, stays there.
   */
  protected async signOut(): Promise<void> {
    const leave = this.onSignedInPage();
    if (leave && !(await this.router.navigateByUrl('/ledelsesgrundlag'))) {
      return;
    }
    await this.auth.logout();
    if (!leave) {
      // The button is gone: keep keyboard focus in the same place, on "Log ind".
      afterNextRender(() => this.signInLink()?.nativeElement.focus(), {
        injector: this.injector,
      });
    }
  }

  private onSignedInPage(): boolean {
    let route: ActivatedRouteSnapshot | null = this.router.routerState.snapshot.root;
    while (route) {
      if (route.routeConfig?.canActivate?.includes(signedInGuard)) {
        return true;
      }
      route = route.firstChild;
    }
    return false;
  }

  /** Items for everyone, and those for signed-in people or their roles (reactive). */
  protected isShown(item: NavItem): boolean {
    if (item.signedIn && !this.auth.isSignedIn()) {
      return false;
    }
    return !item.roles || item.roles.some((role) => this.auth.hasRole(role));
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }
}
