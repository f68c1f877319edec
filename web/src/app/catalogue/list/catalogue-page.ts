import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { OFFER_SORTS, type OfferSearchQuery, type OfferSort } from '@lederloeft/contracts';
import { mayUse } from '../../administration/access/admin-sections';
import { AuthStore } from '../../auth/data-access/auth-store';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { COVERAGE_READERS } from '../access/catalogue-access';
import { exportUrl } from '../data-access/catalogue-api';
import { CatalogueSearchStore } from '../data-access/catalogue-search-store';
import { LeaderLevelsStore } from '../data-access/leader-levels-store';
import { SORT_LABELS } from '../data-access/offer-format';
import { effectiveSort } from '../data-access/search-query';
import { CatalogueFilters } from './catalogue-filters';
import { CataloguePager } from './catalogue-pager';
import { OfferCard } from './offer-card';

/**
 * "Kursuskatalog": search and filter every development offer; the filters live in the
 * address. HR and administrators also see drafts and archived offers, and the tools to
 * create, import and export offers; directors see the coverage.
 */
@Component({
  selector: 'll-catalogue-page',
  imports: [
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    RouterLink,
    TranslatePipe,
    CatalogueFilters,
    CataloguePager,
    OfferCard,
  ],
  providers: [CatalogueSearchStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
})
export class CataloguePage {
  protected readonly store = inject(CatalogueSearchStore);
  protected readonly framework = inject(FrameworkStore);
  protected readonly levels = inject(LeaderLevelsStore);
  private readonly auth = inject(AuthStore);
  private readonly searchField = viewChild<ElementRef<HTMLInputElement>>('searchField');

  protected readonly mayCover = computed(() =>
    mayUse(this.auth.me()?.roles ?? [], COVERAGE_READERS),
  );
  protected readonly filtersOpen = signal(false);
  protected readonly sortLabels = SORT_LABELS;
  /** Relevance only means something for a text search. */
  protected readonly sorts = computed(() =>
    OFFER_SORTS.filter((sort) => sort !== 'relevance' || this.store.query().q),
  );
  protected readonly sort = computed(() => effectiveSort(this.store.query()));
  protected readonly activeFilters = computed(
    () =>
      Object.keys(this.store.query()).filter((name) => !['q', 'sort', 'page'].includes(name))
        .length,
  );
  protected readonly pageParams = computed(() => {
    const query = this.store.query();
    return (page: number) => this.store.paramsFor({ ...query, page });
  });
  protected readonly exportXlsx = computed(() => exportUrl('xlsx', this.store.query()));
  protected readonly exportCsv = computed(() => exportUrl('csv', this.store.query()));

  constructor() {
    this.framework.load();
    this.levels.load();
    this.store.connect();
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = this.searchField()?.nativeElement.value.trim() ?? '';
    void this.store.apply({ q: q || undefined });
  }

  protected apply(changes: Partial<OfferSearchQuery>): void {
    void this.store.apply(changes);
  }

  protected setSort(sort: string): void {
    void this.store.apply({ sort: (sort as OfferSort) || undefined });
  }

  protected resetFilters(): void {
    const field = this.searchField()?.nativeElement;
    if (field) {
      field.value = '';
    }
    void this.store.reset();
  }

  protected toggleFilters(): void {
    this.filtersOpen.update((open) => !open);
  }
}
