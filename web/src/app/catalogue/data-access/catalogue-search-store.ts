import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { OfferSearchQuery, OfferSearchResult } from '@lederloeft/contracts';
import type { Subscription } from 'rxjs';
import { AuthStore } from '../../auth/data-access/auth-store';
import { type RequestFailure, toRequestFailure } from '../../http/api-error';
import { CatalogueApi } from './catalogue-api';
import { PAGE_SIZE, fromSearchParams, isFiltered, toSearchParams } from './search-query';

export type SearchStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface SearchState {
  status: SearchStatus;
  query: OfferSearchQuery;
  result: OfferSearchResult | null;
  failure: RequestFailure | null;
}

/**
 * The catalogue search. The address bar holds the filters (shareable, and the back button
 * works): a change of filters navigates, and every navigation loads its results. Provided by
 * the page, so leaving it stops a search under way.
 */
@Injectable()
export class CatalogueSearchStore {
  private readonly api = inject(CatalogueApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<SearchState>({
    status: 'idle',
    query: {},
    result: null,
    failure: null,
  });
  private pending: Subscription | null = null;

  readonly status = computed(() => this.state().status);
  readonly query = computed(() => this.state().query);
  readonly result = computed(() => this.state().result);
  readonly failure = computed(() => this.state().failure);
  readonly items = computed(() => this.state().result?.items ?? []);
  readonly total = computed(() => this.state().result?.total ?? 0);
  readonly page = computed(() => this.state().result?.page ?? this.state().query.page ?? 1);
  readonly pageCount = computed(() => {
    const result = this.state().result;
    return result ? Math.max(1, Math.ceil(result.total / (result.pageSize || PAGE_SIZE))) : 1;
  });
  readonly filtered = computed(() => isFiltered(this.state().query));
  /** HR and administrators see drafts and archived offers, and may filter on status. */
  readonly mayManage = computed(() => this.auth.hasRole('hr') || this.auth.hasRole('admin'));

  /** Follows the address bar: each change of its query loads the matching results. */
  connect(): void {
    this.route.queryParamMap
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((params) =>
        this.load(
          fromSearchParams((name) => params.get(name), { mayFilterStatus: this.mayManage() }),
        ),
      );
  }

  /** Searches with `query` now (the address is not changed). */
  load(query: OfferSearchQuery): void {
    this.pending?.unsubscribe();
    this.state.update((state) => ({ ...state, status: 'loading', query, failure: null }));
    this.pending = this.api
      .search(query)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => this.state.set({ status: 'loaded', query, result, failure: null }),
        error: (error: unknown) =>
          this.state.set({
            status: 'error',
            query,
            result: null,
            failure: toRequestFailure(error),
          }),
      });
  }

  retry(): void {
    this.load(this.query());
  }

  /** Changes filters (undefined clears one) and goes back to the first page. */
  apply(changes: Partial<OfferSearchQuery>): Promise<boolean> {
    const next: OfferSearchQuery = { ...this.query(), ...changes };
    delete next.page;
    if (!next.competency) {
      delete next.strength;
    }
    return this.navigate(next);
  }

  goToPage(page: number): Promise<boolean> {
    return this.navigate({ ...this.query(), page: Math.min(Math.max(1, page), this.pageCount()) });
  }

  /** Every filter off; the sort stays. */
  reset(): Promise<boolean> {
    const sort = this.query().sort;
    return this.navigate(sort ? { sort } : {});
  }

  /** The query parameters of a search, for links (e.g. the pager). */
  paramsFor(query: OfferSearchQuery): Record<string, string> {
    return toSearchParams(query);
  }

  private navigate(query: OfferSearchQuery): Promise<boolean> {
    return this.router.navigate([], { relativeTo: this.route, queryParams: toSearchParams(query) });
  }
}
