import { Injectable, computed, inject, signal } from '@angular/core';
import type { LeaderLevelView, TargetProfilesView } from '@lederloeft/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { type TargetDraft, cellKey, targetChanges } from '../target-profiles/target-cells';
import { type AdminFailure, toAdminFailure } from './admin-failure';
import { TargetProfilesApi } from './target-profiles-api';

export type TargetsStatus = 'loading' | 'loaded' | 'error';

/** What "Gem" did: saved, nothing to save, cells to fix first, or the request failed. */
export type TargetsSaveOutcome = 'saved' | 'unchanged' | 'invalid' | 'failed';

interface TargetsState {
  status: TargetsStatus;
  view: TargetProfilesView | null;
  levels: LeaderLevelView[];
  /** Only the cells the person has typed in since the last load or save. */
  drafts: Record<string, TargetDraft>;
  saving: boolean;
  savedAt: string | null;
  saveError: AdminFailure | null;
}

const INITIAL: TargetsState = {
  status: 'loading',
  view: null,
  levels: [],
  drafts: {},
  saving: false,
  savedAt: null,
  saveError: null,
};

/** The target profiles being edited on "Målprofiler". Provided by the page. */
@Injectable()
export class TargetProfilesStore {
  private readonly api = inject(TargetProfilesApi);
  private readonly state = signal<TargetsState>(INITIAL);

  readonly status = computed(() => this.state().status);
  readonly view = computed(() => this.state().view);
  readonly levels = computed(() => [...this.state().levels].sort((a, b) => a.rank - b.rank));
  readonly drafts = computed(() => this.state().drafts);
  readonly saving = computed(() => this.state().saving);
  readonly savedAt = computed(() => this.state().savedAt);
  readonly saveError = computed(() => this.state().saveError);

  load(): void {
    this.state.set(INITIAL);
    forkJoin([this.api.getTargets(), this.api.getLevels()]).subscribe({
      next: ([view, levels]) =>
        this.state.update((state) => ({ ...state, status: 'loaded', view, levels })),
      error: () => this.state.update((state) => ({ ...state, status: 'error' })),
    });
  }

  edit(levelKey: string, competencyKey: string, draft: TargetDraft): void {
    this.state.update((state) => ({
      ...state,
      savedAt: null,
      drafts: { ...state.drafts, [cellKey(levelKey, competencyKey)]: draft },
    }));
  }

  /** Sends the changed cells only (blank → null removes the target). */
  async save(
    cells: readonly { levelKey: string; competencyKey: string }[],
  ): Promise<TargetsSaveOutcome> {
    const { view, drafts, saving } = this.state();
    if (!view || saving) {
      return 'unchanged';
    }
    const { targets, problems } = targetChanges(view, drafts, cells);
    if (problems.length) {
      return 'invalid';
    }
    if (!targets.length) {
      return 'unchanged';
    }
    this.state.update((state) => ({ ...state, saving: true, saveError: null, savedAt: null }));
    try {
      const saved = await firstValueFrom(this.api.saveTargets(view.frameworkId, { targets }));
      this.state.update((state) => ({
        ...state,
        view: saved,
        drafts: {},
        saving: false,
        savedAt: new Date().toISOString(),
      }));
      return 'saved';
    } catch (error: unknown) {
      this.state.update((state) => ({
        ...state,
        saving: false,
        saveError: toAdminFailure(error),
      }));
      return 'failed';
    }
  }
}
