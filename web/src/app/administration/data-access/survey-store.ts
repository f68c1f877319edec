import { Injectable, computed, inject, signal } from '@angular/core';
import type { AssessmentRoundView, SurveyItemView } from '@lederloeft/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { type AdminFailure, toAdminFailure } from './admin-failure';
import { RoundsApi } from './rounds-api';
import { SurveyApi } from './survey-api';

export type SurveyStatus = 'loading' | 'loaded' | 'error';

/** Where the mapping of one item stands since the page was opened. */
export type MappingState =
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; failure: AdminFailure };

/**
 * The signal store of "Trivselsmåling": the rounds that use the survey, the survey items and
 * their competency, and each item's mapping being saved. Provided by the page.
 */
@Injectable()
export class SurveyStore {
  private readonly roundsApi = inject(RoundsApi);
  private readonly api = inject(SurveyApi);

  private readonly allRounds = signal<AssessmentRoundView[]>([]);
  private readonly itemList = signal<SurveyItemView[]>([]);
  private readonly mappingStates = signal<Readonly<Record<string, MappingState>>>({});
  readonly status = signal<SurveyStatus>('loading');
  /** Reloading the items after an import failed (the list on the page is then older). */
  readonly itemsStale = signal(false);

  readonly items = this.itemList.asReadonly();
  readonly mapping = this.mappingStates.asReadonly();
  /** Only rounds with the survey among their sources accept a survey import. */
  readonly rounds = computed(() =>
    this.allRounds().filter((round) => round.sources.includes('survey')),
  );
  readonly unmappedCount = computed(
    () => this.itemList().filter((item) => item.competencyKey === null).length,
  );

  async load(): Promise<void> {
    this.status.set('loading');
    try {
      const { rounds, items } = await firstValueFrom(
        forkJoin({ rounds: this.roundsApi.list(), items: this.api.items() }),
      );
      this.allRounds.set(rounds);
      this.itemList.set(items);
      this.mappingStates.set({});
      this.status.set('loaded');
    } catch {
      this.status.set('error');
    }
  }

  /** Fetches the items again, e.g. after an import brought new ones. */
  async reloadItems(): Promise<void> {
    try {
      this.itemList.set(await firstValueFrom(this.api.items()));
      this.itemsStale.set(false);
    } catch {
      this.itemsStale.set(true);
    }
  }

  /** Saves one item's competency (null: none); resolves to true when the API has saved it. */
  async map(code: string, competencyKey: string | null): Promise<boolean> {
    if (this.mappingStates()[code]?.kind === 'saving') {
      return false;
    }
    this.setState(code, { kind: 'saving' });
    try {
      const saved = await firstValueFrom(this.api.map(code, competencyKey));
      this.itemList.update((items) => items.map((item) => (item.code === code ? saved : item)));
      this.setState(code, { kind: 'saved' });
      return true;
    } catch (error: unknown) {
      this.setState(code, { kind: 'failed', failure: toAdminFailure(error) });
      return false;
    }
  }

  private setState(code: string, state: MappingState): void {
    this.mappingStates.update((states) => ({ ...states, [code]: state }));
  }
}
