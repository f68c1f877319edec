import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  OfferSessionFields,
  OfferSessionView,
  OfferStatus,
  OfferView,
} from '@lederloeft/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { type AdminFailure, toAdminFailure } from '../../administration/data-access/admin-failure';
import { CatalogueApi } from './catalogue-api';

/** `not-found`: no such offer, or a draft the person may not see (the API says 404 for both). */
export type OfferLoadStatus = 'idle' | 'loading' | 'loaded' | 'not-found' | 'error';

export type OfferOutcome = { ok: true } | { ok: false; failure: AdminFailure };

/** The API's code for an edit based on an old version of the offer. */
export const STALE_VERSION = 'STALE_VERSION';

export function isStale(failure: AdminFailure): boolean {
  return failure.status === 409 && failure.code === STALE_VERSION;
}

function byStart(a: OfferSessionView, b: OfferSessionView): number {
  return a.startDate.localeCompare(b.startDate);
}

interface OfferState {
  status: OfferLoadStatus;
  id: string | null;
  offer: OfferView | null;
}

/** One offer with its sessions, and HR's writes to it. Provided by the page. */
@Injectable()
export class OfferStore {
  private readonly api = inject(CatalogueApi);
  private readonly state = signal<OfferState>({ status: 'idle', id: null, offer: null });
  private loadId = 0;

  readonly status = computed(() => this.state().status);
  readonly offer = computed(() => this.state().offer);
  readonly sessions = computed(() => this.state().offer?.sessions ?? []);
  /** True while a write is under way; one at a time. */
  readonly busy = signal(false);

  load(id: string): Promise<void> {
    const loadId = ++this.loadId;
    this.state.set({ status: 'loading', id, offer: null });
    return firstValueFrom(this.api.get(id)).then(
      (offer) => {
        if (loadId === this.loadId) {
          this.state.set({ status: 'loaded', id, offer });
        }
      },
      (error: unknown) => {
        if (loadId !== this.loadId) {
          return;
        }
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        this.state.set({ status: status === 404 ? 'not-found' : 'error', id, offer: null });
      },
    );
  }

  /** Loads the offer again, keeping the page as it is until the answer arrives. */
  async reload(): Promise<void> {
    const id = this.state().id;
    if (!id) {
      return;
    }
    try {
      const offer = await firstValueFrom(this.api.get(id));
      this.state.set({ status: 'loaded', id, offer });
    } catch {
      await this.load(id);
    }
  }

  /** Publishes, archives or returns the offer to draft; a stale version reloads it. */
  setStatus(status: OfferStatus): Promise<OfferOutcome> {
    const offer = this.offer();
    if (!offer) {
      return Promise.resolve({ ok: false, failure: toAdminFailure(null) });
    }
    return this.write(this.api.update(offer.id, { status, version: offer.version }), (saved) =>
      this.state.update((state) => ({ ...state, offer: saved })),
    );
  }

  /** Deletes a draft that was never published (409 otherwise). */
  remove(): Promise<OfferOutcome> {
    const offer = this.offer();
    if (!offer) {
      return Promise.resolve({ ok: false, failure: toAdminFailure(null) });
    }
    return this.write(this.api.remove(offer.id), () =>
      this.state.set({ status: 'not-found', id: offer.id, offer: null }),
    );
  }

  /** Adds a session (`sessionId` null) or changes one. */
  saveSession(sessionId: string | null, fields: OfferSessionFields): Promise<OfferOutcome> {
    const offer = this.offer();
    if (!offer) {
      return Promise.resolve({ ok: false, failure: toAdminFailure(null) });
    }
    const request = sessionId
      ? this.api.updateSession(offer.id, sessionId, fields)
      : this.api.createSession(offer.id, fields);
    return this.write(request, (session) =>
      this.replaceSessions((sessions) => [...sessions.filter((s) => s.id !== session.id), session]),
    );
  }

  /** 409 when seats are taken or people wait. */
  removeSession(sessionId: string): Promise<OfferOutcome> {
    const offer = this.offer();
    if (!offer) {
      return Promise.resolve({ ok: false, failure: toAdminFailure(null) });
    }
    return this.write(this.api.removeSession(offer.id, sessionId), () =>
      this.replaceSessions((sessions) => sessions.filter((s) => s.id !== sessionId)),
    );
  }

  private replaceSessions(change: (sessions: OfferSessionView[]) => OfferSessionView[]): void {
    this.state.update((state) =>
      state.offer
        ? {
            ...state,
            offer: { ...state.offer, sessions: change(state.offer.sessions).sort(byStart) },
          }
        : state,
    );
  }

  private async write<T>(request: Observable<T>, apply: (value: T) => void): Promise<OfferOutcome> {
    if (this.busy()) {
      return { ok: false, failure: toAdminFailure(null) };
    }
    this.busy.set(true);
    try {
      const value = await firstValueFrom(request, { defaultValue: undefined as T });
      apply(value);
      return { ok: true };
    } catch (error: unknown) {
      const failure = toAdminFailure(error);
      if (isStale(failure)) {
        await this.reload();
      }
      return { ok: false, failure };
    } finally {
      this.busy.set(false);
    }
  }
}
