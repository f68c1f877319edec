import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { SessionParticipantList } from '@lederloeft/contracts';
import { PlansApi } from '../../plans/data-access/plans-api';

type Status = 'loading' | 'loaded' | 'not-found' | 'error';

/**
 * The participant list of one session (HR, administrators): booked leaders in the order
 * they got their seat, then the waiting list in order. `not-found` when the API says 404.
 */
@Injectable()
export class ParticipantsStore {
  private readonly api = inject(PlansApi);
  private readonly state = signal<{ status: Status; list: SessionParticipantList | null }>({
    status: 'loading',
    list: null,
  });

  readonly status = computed(() => this.state().status);
  readonly list = computed(() => this.state().list);
  readonly booked = computed(
    () => this.list()?.participants.filter((p) => p.status === 'booked') ?? [],
  );
  readonly waiting = computed(
    () => this.list()?.participants.filter((p) => p.status === 'waiting') ?? [],
  );

  load(offerId: string, sessionId: string): void {
    this.state.set({ status: 'loading', list: null });
    this.api.participants(offerId, sessionId).subscribe({
      next: (list) => this.state.set({ status: 'loaded', list }),
      error: (error: unknown) => {
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        this.state.set({ status: status === 404 ? 'not-found' : 'error', list: null });
      },
    });
  }
}
