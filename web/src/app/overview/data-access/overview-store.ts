import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CoverageOverview,
  CoverageTrend,
  SaveCoverageTargetRequest,
} from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { type RequestFailure, toRequestFailure } from '../../http/api-error';
import { OverviewApi } from './overview-api';

export type OverviewStatus = 'loading' | 'loaded' | 'not-found' | 'error';

interface OverviewState {
  status: OverviewStatus;
  overview: CoverageOverview | null;
  failure: RequestFailure | null;
  trendStatus: 'idle' | 'loading' | 'loaded' | 'error';
  trend: CoverageTrend | null;
  /** What was asked for, so a late answer for an earlier unit is dropped. */
  asked: string;
}

/**
 * Overblik's heatmap and trend for the unit and round in the address. Provided by the page.
 * The trend is read once per unit (it spans every round).
 */
@Injectable()
export class OverviewStore {
  private readonly api = inject(OverviewApi);
  private readonly state = signal<OverviewState>({
    status: 'loading',
    overview: null,
    failure: null,
    trendStatus: 'idle',
    trend: null,
    asked: '',
  });

  /** False on pages that show the unit's figures without its trend. */
  includeTrend = true;

  readonly status = computed(() => this.state().status);
  readonly overview = computed(() => this.state().overview);
  readonly failure = computed(() => this.state().failure);
  readonly trend = computed(() => this.state().trend);
  readonly trendStatus = computed(() => this.state().trendStatus);

  /**
   * Reads the unit and round. `quiet` (after the person's own change) keeps the page on
   * screen while it reads again, so the panels and their "saved" message stay.
   */
  async load(unitId: string | null, roundId: string | null, quiet = false): Promise<void> {
    const asked = `${unitId}|${roundId}`;
    const unitChanged = this.state().overview?.unit.orgUnit.id !== unitId || unitId === null;
    this.state.update((s) => ({
      ...s,
      status: quiet && s.overview ? s.status : 'loading',
      failure: null,
      asked,
    }));
    try {
      const overview = await firstValueFrom(this.api.overview(unitId, roundId));
      if (this.state().asked !== asked) return;
      this.state.update((s) => ({ ...s, status: 'loaded', overview }));
      if (this.includeTrend && (unitChanged || this.state().trendStatus !== 'loaded')) {
        void this.loadTrend(overview.unit.orgUnit.id);
      }
    } catch (error: unknown) {
      if (this.state().asked !== asked) return;
      const failure = toRequestFailure(error);
      this.state.update((s) => ({
        ...s,
        status: failure.status === 404 ? 'not-found' : 'error',
        failure,
        overview: null,
      }));
    }
  }

  private async loadTrend(unitId: string): Promise<void> {
    this.state.update((s) => ({ ...s, trendStatus: 'loading', trend: null }));
    try {
      const trend = await firstValueFrom(this.api.trend(unitId));
      if (this.state().overview?.unit.orgUnit.id !== unitId) return;
      this.state.update((s) => ({ ...s, trendStatus: 'loaded', trend }));
    } catch {
      this.state.update((s) => ({ ...s, trendStatus: 'error' }));
    }
  }

  /** Sets (or replaces) a target of the shown unit, then reads the overview again. */
  async saveTarget(competencyKey: string, request: SaveCoverageTargetRequest): Promise<void> {
    const overview = this.state().overview;
    if (!overview) return;
    await firstValueFrom(this.api.saveTarget(overview.unit.orgUnit.id, competencyKey, request));
    await this.load(overview.unit.orgUnit.id, overview.round.id, true);
  }

  async removeTarget(unitId: string, competencyKey: string): Promise<void> {
    const overview = this.state().overview;
    await firstValueFrom(this.api.removeTarget(unitId, competencyKey));
    if (overview) await this.load(overview.unit.orgUnit.id, overview.round.id, true);
  }
}
