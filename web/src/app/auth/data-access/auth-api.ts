import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LoginRequest, MeResponse } from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

export const ME_URL = '/api/me';
export const LOGIN_URL = '/api/auth/login';
export const LOGOUT_URL = '/api/auth/logout';
export const PASSWORD_URL = '/api/auth/password';

/** HTTP access to the session: who is signed in, sign in, sign out. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** The signed-in person; 401 when there is no valid session cookie. */
  me(): Observable<MeResponse> {
    return this.http.get<MeResponse>(ME_URL);
  }

  /** Starts a session (HttpOnly cookie) and answers who signed in. */
  login(request: LoginRequest): Observable<MeResponse> {
    return this.http.post<MeResponse>(LOGIN_URL, request);
  }

  logout(): Observable<void> {
    return this.http.post<void>(LOGOUT_URL, null);
  }
}
