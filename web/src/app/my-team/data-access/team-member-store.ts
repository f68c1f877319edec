import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LeaderView } from '@lederloeft/contracts';
import { LeaderApi } from '../../my-development/data-access/leader-api';

/** `not-found`: no such leader, or not a direct report of the manager (same message for both). */
export type TeamMemberStatus = 'idle' | 'loading' | 'loaded' | 'not-found' | 'error';

interface TeamMemberState {
  status: TeamMemberStatus;
  leaderId: string | null;
  managerId: string | null;
  leader: LeaderView | null;
}

/** One direct report of the signed-in manager. Provided by the page. */
@Injectable()
export class TeamMemberStore {
  private readonly api = inject(LeaderApi);
  private readonly state = signal<TeamMemberState>({
    status: 'idle',
    leaderId: null,
    managerId: null,
    leader: null,
  });
  private loadId = 0;

  readonly status = computed(() => this.state().status);
  readonly leader = computed(() => this.state().leader);

  /** Loads `leaderId` and accepts them only if `managerId` is their direct manager. */
  load(leaderId: string, managerId: string): void {
    const id = ++this.loadId;
    this.state.set({ status: 'loading', leaderId, managerId, leader: null });
    this.api.getLeader(leaderId).subscribe({
      next: (leader) => {
        if (id !== this.loadId) {
          return;
        }
        const direct = leader.manager?.id === managerId;
        this.state.set({
          status: direct ? 'loaded' : 'not-found',
          leaderId,
          managerId,
          leader: direct ? leader : null,
        });
      },
      error: (error: unknown) => {
        if (id !== this.loadId) {
          return;
        }
        const status = error instanceof HttpErrorResponse ? error.status : 0;
        this.state.set({
          status: status === 404 || status === 403 ? 'not-found' : 'error',
          leaderId,
          managerId,
          leader: null,
        });
      },
    });
  }

  retry(): void {
    const { leaderId, managerId } = this.state();
    if (leaderId && managerId && this.status() !== 'loading') {
      this.load(leaderId, managerId);
    }
  }
}
