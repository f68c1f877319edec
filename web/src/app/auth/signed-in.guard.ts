import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AuthStore } from './data-access/auth-store';
import { SIGN_IN_PATH } from './return-url';

/** Lets signed-in people through; sends others to "Log ind", and back here afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.init();
  if (auth.isSignedIn()) {
    return true;
  }
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
};
