import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal, untracked } from '@angular/core';
import type { LocalInterpretationView } from '@lederloeft/contracts';
import { AuthStore } from '../../auth/data-access/auth-store';
import { InterpretationsApi } from './interpretations-api';

export type InterpretationsStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface InterpretationsState {
  status: InterpretationsStatus;
  /** The leader the interpretations belong to; null before the first load. */
  leaderId: string | null;
  interpretations: readonly LocalInterpretationView[];
}

const NONE: readonly LocalInterpretationView[] = [];

/**
 * The local interpretations the signed-in leader sees (their own unit and the units above),
 * loaded once per leader and shared. Anonymous visitors and people who are not leaders get
 * none, without a request; a failed request (401, 404, …) also simply means none.
 */
@Injectable({ providedIn: 'root' })
export class InterpretationsStore {
  private readonly api = inject(InterpretationsApi);
  private readonly auth = inject(AuthStore);
  private readonly state = signal<InterpretationsState>({
    status: 'idle',
    leaderId: null,
    interpretations: NONE,
  });
  private loadId = 0;

  /** The signed-in person's leader id, or null for anonymous visitors and non-leaders. */
  readonly leaderId = computed(() =>
    this.auth.isSignedIn() ? (this.auth.me()?.leaderId ?? null) : null,
  );
  readonly status = computed(() => this.state().status);
  /** Only the current leader's interpretations: none after sign-out or for someone else. */
  readonly interpretations = computed(() => {
    const state = this.state();
    const leaderId = this.leaderId();
    return leaderId !== null && state.leaderId === leaderId ? state.interpretations : NONE;
  });
  /** Element key (competency or behaviour) → its interpretations, top unit first. */
  private readonly byElement = computed(() => {
    const map = new Map<string, LocalInterpretationView[]>();
    for (const interpretation of this.interpretations()) {
      const list = map.get(interpretation.elementKey);
      if (list) {
        list.push(interpretation);
      } else {
        map.set(interpretation.elementKey, [interpretation]);
      }
    }
    return map;
  });

  /**
   * Loads the signed-in leader's interpretations unless they are loaded or loading. Reads
   * who is signed in reactively: call it from an `effect` so that a later sign-in loads too.
   */
  load(): void {
    const leaderId = this.leaderId();
    untracked(() => {
      const state = this.state();
      if (leaderId === null || (state.leaderId === leaderId && state.status !== 'error')) {
        return;
      }
      this.fetch(leaderId);
    });
  }

  /** The interpretations of one competency or behaviour (reactive). */
  forElement(key: string): readonly LocalInterpretationView[] {
    return this.byElement().get(key) ?? NONE;
  }

  private fetch(leaderId: string): void {
    const id = ++this.loadId;
    this.state.set({ status: 'loading', leaderId, interpretations: NONE });
    this.api.getForLeader(leaderId).subscribe({
      next: (interpretations) => {
        if (id === this.loadId) {
          this.state.set({ status: 'loaded', leaderId, interpretations });
        }
      },
      error: (error: unknown) => {
        if (id === this.loadId) {
          // 401/403/404 mean "none"; other failures are tried again by the next page that asks.
          const status = error instanceof HttpErrorResponse ? error.status : 0;
          const none = status === 401 || status === 403 || status === 404;
          this.state.set({ status: none ? 'loaded' : 'error', leaderId, interpretations: NONE });
        }
      },
    });
  }
}
