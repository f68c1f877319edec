import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AssessmentRoundView,
  CreateAssessmentRoundRequest,
  FrameworkSummary,
  UpdateAssessmentRoundRequest,
} from '@lederloeft/contracts';
import { type Observable, firstValueFrom, forkJoin } from 'rxjs';
import { type AdminFailure, toAdminFailure } from './admin-failure';
import { EditionsApi } from './editions-api';
import { RoundsApi } from './rounds-api';

export type RoundsStatus = 'loading' | 'loaded' | 'error';

/** What a write did: the round as the API now has it, or why it failed. */
export type RoundOutcome =
  | { ok: true; round: AssessmentRoundView }
  | { ok: false; failure: AdminFailure };

/** As the API lists them: the round ending last first. */
function byPeriodEnd(rounds: readonly AssessmentRoundView[]): AssessmentRoundView[] {
  return [...rounds].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
}

/** The signal store of "Evalueringsrunder": the rounds, the editions they assess, the writes. */
@Injectable()
export class RoundsStore {
  private readonly api = inject(RoundsApi);
  private readonly editionsApi = inject(EditionsApi);

  private readonly roundList = signal<AssessmentRoundView[]>([]);
  private readonly editionList = signal<FrameworkSummary[]>([]);
  readonly status = signal<RoundsStatus>('loading');
  /** True while a write is under way; one at a time. */
  readonly busy = signal(false);

  readonly rounds = this.roundList.asReadonly();
  /** Editions a new round may assess: published ones (the one in force first), not drafts. */
  readonly editions = computed(() =>
    this.editionList()
      .filter((edition) => edition.status !== 'draft')
      .sort((a, b) => Number(b.current) - Number(a.current) || b.edition - a.edition),
  );
  readonly current = computed(() => this.editionList().find((edition) => edition.current) ?? null);

  async load(): Promise<void> {
    this.status.set('loading');
    try {
      const { rounds, editions } = await firstValueFrom(
        forkJoin({ rounds: this.api.list(), editions: this.editionsApi.list() }),
      );
      this.roundList.set(rounds);
      this.editionList.set(editions);
      this.status.set('loaded');
    } catch {
      this.status.set('error');
    }
  }

  /** The edition number of the edition a round assesses, or null if it is not listed. */
  editionOf(round: AssessmentRoundView): number | null {
    return this.editionList().find((edition) => edition.id === round.frameworkId)?.edition ?? null;
  }

  create(request: CreateAssessmentRoundRequest): Promise<RoundOutcome> {
    return this.write(this.api.create(request), (round) =>
      this.roundList.update((list) => byPeriodEnd([...list, round])),
    );
  }

  update(id: string, request: UpdateAssessmentRoundRequest): Promise<RoundOutcome> {
    return this.write(this.api.update(id, request), (round) =>
      this.roundList.update((list) =>
        byPeriodEnd(list.map((r) => (r.id === round.id ? round : r))),
      ),
    );
  }

  private async write(
    request: Observable<AssessmentRoundView>,
    apply: (round: AssessmentRoundView) => void,
  ): Promise<RoundOutcome> {
    this.busy.set(true);
    try {
      const round = await firstValueFrom(request);
      apply(round);
      return { ok: true, round };
    } catch (error: unknown) {
      return { ok: false, failure: toAdminFailure(error) };
    } finally {
      this.busy.set(false);
    }
  }
}
