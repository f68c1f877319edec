import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { PlanEventView, PlanView } from '@lederloeft/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { type AdminFailure, toAdminFailure } from '../../administration/data-access/admin-failure';
import { PlansApi } from '../data-access/plans-api';

export type PlanLoadStatus = 'loading' | 'loaded' | 'not-found' | 'error';
export type HistoryStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * `stale`: the plan changed elsewhere (409 STALE_VERSION); the store has already loaded the
 * latest version, so the page only tells the person.
 */
export type PlanOutcome = { ok: true } | { ok: false; failure: AdminFailure; stale: boolean };

interface PlanState {
  status: PlanLoadStatus;
  planId: string | null;
  plan: PlanView | null;
  historyStatus: HistoryStatus;
  history: PlanEventView[];
}

/** One plan, its history, and every write to it. Provided by the plan page. */
@Injectable()
export class PlanPageStore {
  private readonly api = inject(PlansApi);
  private readonly state = signal<PlanState>({
    status: 'loading',
    planId: null,
    plan: null,
    historyStatus: 'idle',
    history: [],
  });
  private loadId = 0;

  readonly status = computed(() => this.state().status);
  readonly plan = computed(() => this.state().plan);
  readonly history = computed(() => this.state().history);
  readonly historyStatus = computed(() => this.state().historyStatus);
  readonly saving = signal(false);

  load(planId: string): Promise<void> {
    const id = ++this.loadId;
    this.state.set({ status: 'loading', planId, plan: null, historyStatus: 'idle', history: [] });
    return this.fetch(planId, id);
  }

  retry(): void {
    const planId = this.state().planId;
    if (planId) void this.load(planId);
  }

  /** Loads the history when it is first shown; again after every change while shown. */
  loadHistory(): void {
    const planId = this.state().planId;
    if (!planId || this.historyStatus() === 'loading') return;
    this.state.update((s) => ({ ...s, historyStatus: 'loading' }));
    this.api.history(planId).subscribe({
      next: (history) => this.state.update((s) => ({ ...s, historyStatus: 'loaded', history })),
      error: () => this.state.update((s) => ({ ...s, historyStatus: 'error' })),
    });
  }

  /**
   * Runs a write that answers with the plan. On 409 STALE_VERSION the latest plan is loaded
   * again, so the next attempt starts from what is really there.
   */
  async write(
    request: (api: PlansApi, plan: PlanView) => Observable<PlanView>,
  ): Promise<PlanOutcome> {
    const plan = this.plan();
    if (!plan) {
      return {
        ok: false,
        failure: { status: 0, message: null, code: null, details: [] },
        stale: false,
      };
    }
    this.saving.set(true);
    try {
      const fresh = await firstValueFrom(request(this.api, plan));
      this.accept(fresh);
      return { ok: true };
    } catch (error) {
      const failure = toAdminFailure(error);
      const stale = failure.code === 'STALE_VERSION';
      if (stale || failure.status === 404) await this.refresh();
      return { ok: false, failure, stale };
    } finally {
      this.saving.set(false);
    }
  }

  private accept(plan: PlanView): void {
    this.state.update((s) => ({ ...s, plan }));
    if (this.historyStatus() !== 'idle') this.loadHistory();
  }

  /** Loads the plan again without showing the loading state (the page stays in place). */
  private async refresh(): Promise<void> {
    const planId = this.state().planId;
    if (!planId) return;
    await this.fetch(planId, ++this.loadId, true);
  }

  private async fetch(planId: string, id: number, quiet = false): Promise<void> {
    try {
      const plan = await firstValueFrom(this.api.get(planId));
      if (id !== this.loadId) return;
      this.state.update((s) => ({ ...s, status: 'loaded', plan }));
      if (quiet && this.historyStatus() !== 'idle') this.loadHistory();
    } catch (error) {
      if (id !== this.loadId) return;
      const status = error instanceof HttpErrorResponse ? error.status : 0;
      this.state.update((s) => ({
        ...s,
        status: status === 404 || status === 403 ? 'not-found' : 'error',
        plan: null,
      }));
    }
  }
}
