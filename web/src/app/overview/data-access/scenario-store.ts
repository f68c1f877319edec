import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type {
  CoverageScenarioJob,
  CoverageScenarioRequest,
  OfferListItem,
} from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { type RequestFailure, toRequestFailure } from '../../http/api-error';
import { OverviewApi } from './overview-api';

/** How often a running scenario is asked for its progress. */
export const SCENARIO_POLL_MS = 500;

/**
 * A scenario: started on the server (nothing is saved), then polled for progress until it
 * is done, cancelled or failed. Polling stops when the page goes. Provided by the page.
 */
@Injectable()
export class ScenarioStore {
  private readonly api = inject(OverviewApi);
  private readonly state = signal<{
    job: CoverageScenarioJob | null;
    starting: boolean;
    failure: RequestFailure | null;
    offers: OfferListItem[];
  }>({ job: null, starting: false, failure: null, offers: [] });
  private timer: ReturnType<typeof setTimeout> | null = null;
  private gone = false;

  readonly job = computed(() => this.state().job);
  readonly starting = computed(() => this.state().starting);
  readonly failure = computed(() => this.state().failure);
  readonly offers = computed(() => this.state().offers);
  readonly running = computed(
    () => this.state().starting || this.state().job?.status === 'running',
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.gone = true;
      if (this.timer) clearTimeout(this.timer);
    });
  }

  async loadOffers(): Promise<void> {
    try {
      const result = await firstValueFrom(this.api.offersWithSessions());
      this.state.update((s) => ({ ...s, offers: result.items }));
    } catch {
      // The scenario works without extra seats; the form then offers none.
    }
  }

  async start(request: CoverageScenarioRequest): Promise<void> {
    this.state.update((s) => ({ ...s, starting: true, failure: null, job: null }));
    try {
      const job = await firstValueFrom(this.api.startScenario(request));
      this.state.update((s) => ({ ...s, starting: false, job }));
      this.schedule(job.id);
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, starting: false, failure: toRequestFailure(error) }));
    }
  }

  async cancel(): Promise<void> {
    const job = this.state().job;
    if (!job || job.status !== 'running') return;
    try {
      await firstValueFrom(this.api.cancelScenario(job.id));
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, failure: toRequestFailure(error) }));
    }
  }

  private schedule(id: string): void {
    if (this.gone) return;
    this.timer = setTimeout(() => void this.poll(id), SCENARIO_POLL_MS);
  }

  private async poll(id: string): Promise<void> {
    try {
      const job = await firstValueFrom(this.api.scenario(id));
      if (this.gone || this.state().job?.id !== id) return;
      this.state.update((s) => ({ ...s, job }));
      if (job.status === 'running') this.schedule(id);
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, failure: toRequestFailure(error) }));
    }
  }
}
