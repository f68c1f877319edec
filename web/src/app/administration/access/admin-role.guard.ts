import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { AuthStore } from '../../auth/data-access/auth-store';
import { mayUse, rolesFor } from './admin-sections';

export const NO_ACCESS_PATH = '/administration/ingen-adgang';

/**
 * Lets through people with a role the section (route data `section`) is open to; others see
 * "Ingen adgang" at the address they asked for. Runs after `signedInGuard` on the parent.
 */
export const adminRoleGuard: CanActivateFn = async (route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.init();
  if (mayUse(auth.me()?.roles ?? [], rolesFor(route.data['section']))) {
    return true;
  }
  return new RedirectCommand(router.parseUrl(NO_ACCESS_PATH), { browserUrl: state.url });
};
