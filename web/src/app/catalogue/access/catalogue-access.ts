import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';
import type { Role } from '@lederloeft/contracts';
import { mayUse } from '../../administration/access/admin-sections';
import { AuthStore } from '../../auth/data-access/auth-store';

/** Who may write the catalogue: create, edit, import, publish. */
export const CATALOGUE_EDITORS: readonly Role[] = ['hr', 'admin'];
/** Who may see how the catalogue covers the framework. */
export const COVERAGE_READERS: readonly Role[] = ['hr', 'admin', 'director'];

export const CATALOGUE_NO_ACCESS_PATH = '/kursuskatalog/ingen-adgang';

/** Route data of a catalogue page only some roles may open. */
export function catalogueRoles(roles: readonly Role[]): { roles: readonly Role[] } {
  return { roles };
}

/**
 * Lets through people with one of the route's `roles`; others see "Ingen adgang" at the
 * address they asked for. Runs after `signedInGuard` on the parent.
 */
export const catalogueRoleGuard: CanActivateFn = async (route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.init();
  const roles = (route.data['roles'] as readonly Role[] | undefined) ?? CATALOGUE_EDITORS;
  if (mayUse(auth.me()?.roles ?? [], roles)) {
    return true;
  }
  return new RedirectCommand(router.parseUrl(CATALOGUE_NO_ACCESS_PATH), { browserUrl: state.url });
};
