import { Injectable, computed, inject, signal } from '@angular/core';
import type { CoverageDemand } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { type RequestFailure, toRequestFailure } from '../../http/api-error';
import { OverviewApi } from './overview-api';

/** HR's demand against the catalogue for a round. Provided by the page. */
@Injectable()
export class DemandStore {
  private readonly api = inject(OverviewApi);
  private readonly state = signal<{
    status: 'loading' | 'loaded' | 'error';
    demand: CoverageDemand | null;
    failure: RequestFailure | null;
  }>({ status: 'loading', demand: null, failure: null });

  readonly status = computed(() => this.state().status);
  readonly demand = computed(() => this.state().demand);
  readonly failure = computed(() => this.state().failure);

  async load(roundId: string | null = null): Promise<void> {
    this.state.set({ status: 'loading', demand: null, failure: null });
    try {
      const demand = await firstValueFrom(this.api.demand(roundId));
      this.state.set({ status: 'loaded', demand, failure: null });
    } catch (error: unknown) {
      this.state.set({ status: 'error', demand: null, failure: toRequestFailure(error) });
    }
  }
}
