import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';
import type { Role } from '@lederloeft/contracts';
import { AuthStore } from '../../auth/data-access/auth-store';

/** Who sees Overblik: directors (their area), HR and administrators, managers (their team). */
export const OVERVIEW_READERS: readonly Role[] = ['director', 'hr', 'admin', 'manager'];
/** HR's demand against the catalogue. */
export const DEMAND_READERS: readonly Role[] = ['hr', 'admin'];
/** Who may try a scenario. */
export const SCENARIO_USERS: readonly Role[] = ['director', 'hr', 'admin'];

export const OVERVIEW_NO_ACCESS_PATH = '/overblik/ingen-adgang';

/** True when the person holds one of the roles. */
export function holdsOneOf(roles: readonly Role[] | undefined, wanted: readonly Role[]): boolean {
  return wanted.some((role) => roles?.includes(role));
}

/**
 * Lets through people with one of the route's `roles` (route data); others see "Ingen
 * adgang" at the address they asked for. The API refuses them too: this only spares them
 * a page that would fail.
 */
export const overviewRoleGuard: CanActivateFn = async (route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.init();
  const roles = (route.data['roles'] as readonly Role[] | undefined) ?? OVERVIEW_READERS;
  if (holdsOneOf(auth.me()?.roles, roles)) return true;
  return new RedirectCommand(router.parseUrl(OVERVIEW_NO_ACCESS_PATH), { browserUrl: state.url });
};
