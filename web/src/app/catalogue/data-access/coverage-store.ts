import { Injectable, computed, inject, signal } from '@angular/core';
import type { CatalogueCoverage } from '@lederloeft/contracts';
import { CatalogueApi } from './catalogue-api';

/** How the published catalogue covers the framework, for the coverage page. */
@Injectable()
export class CoverageStore {
  private readonly api = inject(CatalogueApi);
  private readonly state = signal<{
    status: 'loading' | 'loaded' | 'error';
    coverage: CatalogueCoverage | null;
  }>({ status: 'loading', coverage: null });

  readonly status = computed(() => this.state().status);
  readonly coverage = computed(() => this.state().coverage);

  load(): void {
    this.state.set({ status: 'loading', coverage: null });
    this.api.coverage().subscribe({
      next: (coverage) => this.state.set({ status: 'loaded', coverage }),
      error: () => this.state.set({ status: 'error', coverage: null }),
    });
  }
}
