import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { GapStatusView, LeaderSummary } from '@lederloeft/contracts';
import { type Subscription, catchError, from, map, mergeMap, of } from 'rxjs';
import { AssessmentApi } from '../../assessment/data-access/assessment-api';
import { LeaderApi } from '../../my-development/data-access/leader-api';

/** At most this many gap profiles are asked for at once, so a big team does not flood the API. */
export const GAP_SUMMARY_CONCURRENCY = 4;

export type MyTeamStatus = 'idle' | 'loading' | 'loaded' | 'error';

export interface CompetencySummary {
  key: string;
  status: GapStatusView;
  gap: number | null;
}

/** A report's competency statuses; `none` when there is no round or result (404). */
export type GapSummary =
  | { status: 'loading' }
  | { status: 'loaded'; competencies: CompetencySummary[] }
  | { status: 'none' }
  | { status: 'error' };

interface MyTeamState {
  status: MyTeamStatus;
  managerId: string | null;
  reports: LeaderSummary[];
  summaries: Record<string, GapSummary>;
}

const INITIAL: MyTeamState = { status: 'idle', managerId: null, reports: [], summaries: {} };

/**
 * "Mit team": the signed-in manager's direct reports, then each one's gap summary, a few at a
 * time. Provided by the page, so leaving it stops the remaining requests.
 */
@Injectable()
export class MyTeamStore {
  private readonly leaders = inject(LeaderApi);
  private readonly assessments = inject(AssessmentApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<MyTeamState>(INITIAL);
  private pending: Subscription | null = null;

  readonly status = computed(() => this.state().status);
  readonly reports = computed(() => this.state().reports);
  readonly summaries = computed(() => this.state().summaries);

  load(managerId: string): void {
    this.pending?.unsubscribe();
    this.state.set({ ...INITIAL, status: 'loading', managerId });
    this.pending = this.leaders
      .getDirectReports(managerId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (reports) => {
          const sorted = [...reports].sort((a, b) => a.name.localeCompare(b.name, 'da'));
          this.state.set({
            status: 'loaded',
            managerId,
            reports: sorted,
            summaries: Object.fromEntries(sorted.map((r) => [r.id, { status: 'loading' }])),
          });
          this.loadSummaries(sorted);
        },
        error: () => this.state.set({ ...INITIAL, status: 'error', managerId }),
      });
  }

  retry(): void {
    const managerId = this.state().managerId;
    if (managerId && this.status() !== 'loading') {
      this.load(managerId);
    }
  }

  private loadSummaries(reports: LeaderSummary[]): void {
    this.pending = from(reports)
      .pipe(
        mergeMap(
          (report) =>
            this.assessments.getGapProfile(report.id).pipe(
              map(
                (profile): GapSummary => ({
                  status: 'loaded',
                  competencies: profile.competencies.map(({ key, status, gap }) => ({
                    key,
                    status,
                    gap,
                  })),
                }),
              ),
              catchError((error: unknown) =>
                of<GapSummary>(
                  error instanceof HttpErrorResponse && error.status === 404
                    ? { status: 'none' }
                    : { status: 'error' },
                ),
              ),
              map((summary) => ({ id: report.id, summary })),
            ),
          GAP_SUMMARY_CONCURRENCY,
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(({ id, summary }) =>
        this.state.update((state) => ({
          ...state,
          summaries: { ...state.summaries, [id]: summary },
        })),
      );
  }
}
