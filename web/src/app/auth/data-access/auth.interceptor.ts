import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { CSRF_HEADER } from '@lederloeft/contracts';
import { tap } from 'rxjs';
import { LOGIN_URL, ME_URL, PASSWORD_URL } from './auth-api';
import { AuthStore } from './auth-store';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * 401s that do not mean "your session is gone": /api/me and login answer 401 for anonymous
 * visitors and wrong passwords, and a password change answers 401 for a wrong current password.
 */
const NOT_A_SESSION_LOSS = new Set([ME_URL, LOGIN_URL, PASSWORD_URL]);

/** Only the app's own API gets the token: never another origin (`//host`, `https://...`). */
function isOwnApi(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('//');
}

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0];
}

/**
 * Adds the CSRF token to writes made with the session cookie, and notices when the session
 * has ended (a 401 from an ordinary call) so the header and guards show the visitor as signed out.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthStore);
  const token = auth.csrfToken();
  const outgoing =
    token && !SAFE_METHODS.has(request.method.toUpperCase()) && isOwnApi(request.url)
      ? request.clone({ setHeaders: { [CSRF_HEADER]: token } })
      : request;
  return next(outgoing).pipe(
    tap({
      error: (error: unknown) => {
        if (
          error instanceof HttpErrorResponse &&
          error.status === 401 &&
          isOwnApi(request.url) &&
          !NOT_A_SESSION_LOSS.has(pathOf(request.url)) &&
          auth.isSignedIn()
        ) {
          auth.markSignedOut();
        }
      },
    }),
  );
};
