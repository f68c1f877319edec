import { Injectable, computed, inject, signal } from '@angular/core';
import type { LeaderLevelView } from '@lederloeft/contracts';
import { CatalogueApi } from './catalogue-api';

/**
 * The leader levels (Direktør … Førstelinjeleder) the catalogue filters and targets on,
 * loaded once and shared. Without them the level filter is simply not offered.
 */
@Injectable({ providedIn: 'root' })
export class LeaderLevelsStore {
  private readonly api = inject(CatalogueApi);
  private readonly state = signal<{
    status: 'idle' | 'loading' | 'loaded' | 'error';
    levels: LeaderLevelView[];
  }>({ status: 'idle', levels: [] });

  readonly status = computed(() => this.state().status);
  /** From the top (lowest rank first). */
  readonly levels = computed(() => [...this.state().levels].sort((a, b) => a.rank - b.rank));

  /** Loads the levels unless they are loaded or loading. */
  load(): void {
    const status = this.state().status;
    if (status === 'loading' || status === 'loaded') {
      return;
    }
    this.state.set({ status: 'loading', levels: [] });
    this.api.levels().subscribe({
      next: (levels) => this.state.set({ status: 'loaded', levels }),
      error: () => this.state.set({ status: 'error', levels: [] }),
    });
  }

  /** The level with `key`, if known. */
  level(key: string): LeaderLevelView | undefined {
    return this.state().levels.find((level) => level.key === key);
  }
}
