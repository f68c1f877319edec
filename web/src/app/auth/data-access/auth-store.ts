import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, MeResponse, Role } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { type RequestFailure, toRequestFailure } from '../../http/api-error';
import { AuthApi } from './auth-api';

/** `unknown` until GET /api/me has answered once. */
export type AuthStatus = 'unknown' | 'signed-in' | 'signed-out';

export type LoginResult = { ok: true; me: MeResponse } | { ok: false; failure: RequestFailure };

interface AuthState {
  status: AuthStatus;
  me: MeResponse | null;
}

/**
 * Who is signed in. The session itself is an HttpOnly cookie the app cannot read, so the
 * truth comes from GET /api/me; anonymous visitors are simply `signed-out`.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly state = signal<AuthState>({ status: 'unknown', me: null });
  private known: Promise<void> | null = null;

  readonly status = computed(() => this.state().status);
  readonly me = computed(() => this.state().me);
  readonly isSignedIn = computed(() => this.state().status === 'signed-in');
  /** Sent as `X-CSRF-Token` on writes; null when signed out. */
  readonly csrfToken = computed(() => this.state().me?.csrfToken ?? null);

  /**
   * Asks the API once who is signed in; later calls share the same answer. Never rejects:
   * 401, a server error or no connection all leave the visitor signed out.
   */
  init(): Promise<void> {
    this.known ??= firstValueFrom(this.api.me()).then(
      (me) => this.state.set({ status: 'signed-in', me }),
      () => {
        // A login that finished while /api/me was in flight wins over its late 401.
        if (this.state().status === 'unknown') {
          this.state.set({ status: 'signed-out', me: null });
        }
      },
    );
    return this.known;
  }

  async login(request: LoginRequest): Promise<LoginResult> {
    try {
      const me = await firstValueFrom(this.api.login(request));
      this.state.set({ status: 'signed-in', me });
      this.known ??= Promise.resolve();
      return { ok: true, me };
    } catch (error: unknown) {
      return { ok: false, failure: toRequestFailure(error) };
    }
  }

  /** Ends the session. The visitor counts as signed out even if the request fails. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout(), { defaultValue: undefined });
    } catch {
      // Expired already, or the server is unreachable: the local state is what matters here.
    } finally {
      this.markSignedOut();
    }
  }

  /** Called when the API says the session is gone (a 401 on an ordinary call). */
  markSignedOut(): void {
    this.state.set({ status: 'signed-out', me: null });
    this.known ??= Promise.resolve();
  }

  /** Whether the signed-in person has `role` (reactive in templates and computeds). */
  hasRole(role: Role): boolean {
    return this.state().me?.roles.includes(role) ?? false;
  }
}
