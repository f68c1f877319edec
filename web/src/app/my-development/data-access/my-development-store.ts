import { Injectable, computed, inject, signal } from '@angular/core';
import type { LeaderView, PersonalFoundationView } from '@lederloeft/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { type RequestFailure, toRequestFailure } from '../../http/api-error';
import { LeaderApi } from './leader-api';

export type MyDevelopmentStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface MyDevelopmentState {
  status: MyDevelopmentStatus;
  leaderId: string | null;
  leader: LeaderView | null;
  foundation: PersonalFoundationView | null;
  loadError: RequestFailure | null;
  saving: boolean;
  /** When the last save of this visit succeeded (client clock, ISO). */
  savedAt: string | null;
  saveError: RequestFailure | null;
}

const INITIAL: MyDevelopmentState = {
  status: 'idle',
  leaderId: null,
  leader: null,
  foundation: null,
  loadError: null,
  saving: false,
  savedAt: null,
  saveError: null,
};

/**
 * The signed-in leader's facts and personal foundation. Provided by the page, so each visit
 * (and each person signing in on the same browser) starts from fresh data.
 */
@Injectable()
export class MyDevelopmentStore {
  private readonly api = inject(LeaderApi);
  private readonly state = signal<MyDevelopmentState>(INITIAL);

  readonly status = computed(() => this.state().status);
  readonly leader = computed(() => this.state().leader);
  readonly foundation = computed(() => this.state().foundation);
  readonly loadError = computed(() => this.state().loadError);
  readonly saving = computed(() => this.state().saving);
  readonly savedAt = computed(() => this.state().savedAt);
  readonly saveError = computed(() => this.state().saveError);

  /** Loads the leader and their personal foundation together. */
  load(leaderId: string): void {
    this.state.set({ ...INITIAL, status: 'loading', leaderId });
    forkJoin([this.api.getLeader(leaderId), this.api.getPersonalFoundation(leaderId)]).subscribe({
      next: ([leader, foundation]) =>
        this.state.update((state) => ({ ...state, status: 'loaded', leader, foundation })),
      error: (error: unknown) =>
        this.state.update((state) => ({
          ...state,
          status: 'error',
          loadError: toRequestFailure(error),
        })),
    });
  }

  retry(): void {
    const leaderId = this.state().leaderId;
    if (leaderId && this.status() !== 'loading') {
      this.load(leaderId);
    }
  }

  /** Saves the text; resolves to what the API stored, or null when it failed (see saveError). */
  async save(text: string): Promise<PersonalFoundationView | null> {
    const leaderId = this.state().leaderId;
    if (!leaderId || this.saving()) {
      return null;
    }
    this.state.update((state) => ({ ...state, saving: true, saveError: null, savedAt: null }));
    try {
      const foundation = await firstValueFrom(this.api.savePersonalFoundation(leaderId, text));
      this.state.update((state) => ({
        ...state,
        saving: false,
        foundation,
        savedAt: new Date().toISOString(),
      }));
      return foundation;
    } catch (error: unknown) {
      this.state.update((state) => ({
        ...state,
        saving: false,
        saveError: toRequestFailure(error),
      }));
      return null;
    }
  }
}
