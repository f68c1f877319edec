import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { GapProfileView } from '@lederloeft/contracts';
import { AssessmentApi } from './assessment-api';

/** `empty`: 404, i.e. no round yet (or nothing the person may see): explained, not an error. */
export type GapProfileStatus = 'idle' | 'loading' | 'loaded' | 'empty' | 'error';

interface GapProfileState {
  status: GapProfileStatus;
  leaderId: string | null;
  profile: GapProfileView | null;
}

/** A leader's gap profile in the newest round. Provided by the component that shows it. */
@Injectable()
export class GapProfileStore {
  private readonly api = inject(AssessmentApi);
  private readonly state = signal<GapProfileState>({
    status: 'idle',
    leaderId: null,
    profile: null,
  });
  private loadId = 0;

  readonly status = computed(() => this.state().status);
  readonly profile = computed(() => this.state().profile);

  load(leaderId: string): void {
    const id = ++this.loadId;
    // A reload keeps the profile on screen until the new one is there.
    this.state.update((state) => ({
      status: state.leaderId === leaderId && state.profile ? 'loaded' : 'loading',
      leaderId,
      profile: state.leaderId === leaderId ? state.profile : null,
    }));
    this.api.getGapProfile(leaderId).subscribe({
      next: (profile) => {
        if (id === this.loadId) {
          this.state.set({ status: 'loaded', leaderId, profile });
        }
      },
      error: (error: unknown) => {
        if (id === this.loadId) {
          const notFound = error instanceof HttpErrorResponse && error.status === 404;
          this.state.set({ status: notFound ? 'empty' : 'error', leaderId, profile: null });
        }
      },
    });
  }

  /** Loads again, e.g. from "Prøv igen" or after new answers were saved. */
  reload(): void {
    const leaderId = this.state().leaderId;
    if (leaderId) {
      this.load(leaderId);
    }
  }
}
