import { Injectable, computed, inject, signal } from '@angular/core';
import type { AssessmentRoundView, RatingSheetView } from '@lederloeft/contracts';
import { firstValueFrom, map, of, switchMap } from 'rxjs';
import { type RequestFailure, toRequestFailure } from '../../http/api-error';
import { AssessmentApi, type RatedSource } from './assessment-api';

/** `no-round`: no open round collects this kind of rating, so there is nothing to fill in. */
export type RatingSheetStatus = 'idle' | 'loading' | 'loaded' | 'no-round' | 'error';

/** How the last choice on one question is doing. */
export type AnswerSaveState = 'saving' | 'saved' | 'error';

/** A rating on the scale, or null for "Kan ikke vurdere". */
export type Rating = number | null;

interface PendingAnswer {
  rating: Rating;
  /** Order of the choice; only the newest choice on a question decides what it shows. */
  seq: number;
}

interface RatingSheetState {
  status: RatingSheetStatus;
  leaderId: string | null;
  source: RatedSource;
  round: AssessmentRoundView | null;
  /** The sheet as the API last stored it. */
  sheet: RatingSheetView | null;
  /** The seq of the save whose answer `sheet` is, so an older answer never overwrites a newer. */
  sheetSeq: number;
  /** Choices shown at once, while their save is on its way. */
  pending: Record<string, PendingAnswer>;
  saves: Record<string, AnswerSaveState>;
  saveErrors: Record<string, RequestFailure>;
  loadError: RequestFailure | null;
}

const INITIAL: RatingSheetState = {
  status: 'idle',
  leaderId: null,
  source: 'self',
  round: null,
  sheet: null,
  sheetSeq: 0,
  pending: {},
  saves: {},
  saveErrors: {},
  loadError: null,
};

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const rest = { ...record };
  delete rest[key];
  return rest;
}

/**
 * One rating sheet (a leader's self-assessment, or their manager's assessment of them) in the
 * newest open round. Choices show at once and are saved one by one; a failed save puts the
 * last stored answer back. Provided by the component that shows the sheet.
 */
@Injectable()
export class RatingSheetStore {
  private readonly api = inject(AssessmentApi);
  private readonly state = signal<RatingSheetState>(INITIAL);
  private seq = 0;
  private loadId = 0;

  readonly status = computed(() => this.state().status);
  readonly source = computed(() => this.state().source);
  readonly round = computed(() => this.state().round);
  readonly loadError = computed(() => this.state().loadError);
  /** Answers as shown: the stored sheet with the choices still being saved on top. */
  readonly ratings = computed<Readonly<Record<string, Rating>>>(() => {
    const { sheet, pending } = this.state();
    const shown: Record<string, Rating> = { ...(sheet?.ratings ?? {}) };
    for (const [key, answer] of Object.entries(pending)) {
      shown[key] = answer.rating;
    }
    return shown;
  });
  readonly total = computed(() => this.state().sheet?.total ?? 0);
  readonly answered = computed(() =>
    Math.min(Object.keys(this.ratings()).length, this.total() || Number.MAX_SAFE_INTEGER),
  );
  readonly complete = computed(() => this.total() > 0 && this.answered() >= this.total());
  readonly saves = computed(() => this.state().saves);
  readonly saveErrors = computed(() => this.state().saveErrors);

  /** Finds the newest open round that collects `source`, then loads the leader's sheet in it. */
  load(leaderId: string, source: RatedSource): void {
    const id = ++this.loadId;
    this.state.set({ ...INITIAL, status: 'loading', leaderId, source });
    this.api
      .getRounds()
      .pipe(
        switchMap((rounds) => {
          const round = rounds.find((r) => r.status === 'open' && r.sources.includes(source));
          return round
            ? this.api.getSheet(leaderId, round.id, source).pipe(map((sheet) => ({ round, sheet })))
            : of(null);
        }),
      )
      .subscribe({
        next: (found) => {
          if (id !== this.loadId) {
            return;
          }
          this.state.update((state) =>
            found
              ? { ...state, status: 'loaded', round: found.round, sheet: found.sheet }
              : { ...state, status: 'no-round' },
          );
        },
        error: (error: unknown) => {
          if (id === this.loadId) {
            this.state.update((state) => ({
              ...state,
              status: 'error',
              loadError: toRequestFailure(error),
            }));
          }
        },
      });
  }

  retry(): void {
    const { leaderId, source } = this.state();
    if (leaderId && this.status() !== 'loading') {
      this.load(leaderId, source);
    }
  }

  /** True when the behaviour has an answer, "Kan ikke vurdere" included. */
  isAnswered(behaviourKey: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.ratings(), behaviourKey);
  }

  /**
   * Shows the choice at once and saves it. Resolves to true when it was stored; on failure
   * the question shows its last stored answer again and `saveErrors` says why.
   */
  async answer(behaviourKey: string, rating: Rating): Promise<boolean> {
    const { leaderId, round, source, status } = this.state();
    if (status !== 'loaded' || !leaderId || !round) {
      return false;
    }
    const seq = ++this.seq;
    this.state.update((state) => ({
      ...state,
      pending: { ...state.pending, [behaviourKey]: { rating, seq } },
      saves: { ...state.saves, [behaviourKey]: 'saving' },
      saveErrors: without(state.saveErrors, behaviourKey),
    }));
    const isNewest = (state: RatingSheetState) => state.pending[behaviourKey]?.seq === seq;
    try {
      const sheet = await firstValueFrom(
        this.api.saveRating(leaderId, round.id, source, { behaviourKey, rating }),
      );
      this.state.update((state) => {
        const newer = seq > state.sheetSeq;
        const newest = isNewest(state);
        return {
          ...state,
          sheet: newer ? sheet : state.sheet,
          sheetSeq: newer ? seq : state.sheetSeq,
          pending: newest ? without(state.pending, behaviourKey) : state.pending,
          saves: newest ? { ...state.saves, [behaviourKey]: 'saved' } : state.saves,
        };
      });
      return true;
    } catch (error: unknown) {
      this.state.update((state) =>
        // A newer choice on the same question is on its way: its outcome decides.
        isNewest(state)
          ? {
              ...state,
              pending: without(state.pending, behaviourKey),
              saves: { ...state.saves, [behaviourKey]: 'error' },
              saveErrors: { ...state.saveErrors, [behaviourKey]: toRequestFailure(error) },
            }
          : state,
      );
      return false;
    }
  }
}
