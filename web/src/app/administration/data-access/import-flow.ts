import { computed, signal } from '@angular/core';
import type { ImportIssue } from '@lederloeft/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { type AdminFailure, toAdminFailure } from './admin-failure';

/** Where an import stands: a file is chosen, previewed, then imported. */
export type ImportPhase = 'idle' | 'previewing' | 'previewed' | 'importing' | 'imported';

/** The two requests of an import: a preview that writes nothing, and the import itself. */
export interface ImportSteps<P, R> {
  preview(file: File): Observable<P>;
  run(file: File): Observable<R>;
}

interface ImportFlowState<P, R> {
  file: File | null;
  phase: ImportPhase;
  preview: P | null;
  result: R | null;
  failure: AdminFailure | null;
  failedStep: 'preview' | 'import' | null;
}

/**
 * The signal store of one import page: choose a file, see the preview, import it. "Indlæs"
 * is possible only after a preview without errors; choosing another file starts over.
 */
export class ImportFlow<P extends { errors: readonly ImportIssue[] }, R> {
  private readonly state = signal<ImportFlowState<P, R>>(this.initial(null));

  readonly file = computed(() => this.state().file);
  readonly phase = computed(() => this.state().phase);
  readonly preview = computed(() => this.state().preview);
  readonly result = computed(() => this.state().result);
  readonly failure = computed(() => this.state().failure);
  readonly failedStep = computed(() => this.state().failedStep);
  readonly busy = computed(() => ['previewing', 'importing'].includes(this.state().phase));
  readonly issues = computed(() => this.state().preview?.errors ?? []);
  readonly canImport = computed(() => {
    const { phase, preview } = this.state();
    return phase === 'previewed' && preview !== null && preview.errors.length === 0;
  });

  constructor(private readonly steps: ImportSteps<P, R>) {}

  /** A new file (or none): whatever was previewed or imported belongs to the old one. */
  choose(file: File | null): void {
    this.state.set(this.initial(file));
  }

  /** Keeps the file but forgets the preview, e.g. when the round it was for changes. */
  restart(): void {
    this.state.update((state) => this.initial(state.file));
  }

  /** Asks what the import would do; resolves to true when a preview arrived. */
  async runPreview(): Promise<boolean> {
    const file = this.state().file;
    if (!file || this.busy()) {
      return false;
    }
    this.state.set({ ...this.initial(file), phase: 'previewing' });
    try {
      const preview = await firstValueFrom(this.steps.preview(file));
      return this.settle(file, 'previewing', { phase: 'previewed', preview });
    } catch (error: unknown) {
      this.settle(file, 'previewing', {
        phase: 'idle',
        failure: toAdminFailure(error),
        failedStep: 'preview',
      });
      return false;
    }
  }

  /** Imports the previewed file; resolves to true when the API has stored it. */
  async runImport(): Promise<boolean> {
    const file = this.state().file;
    if (!file || !this.canImport()) {
      return false;
    }
    this.state.update((state) => ({
      ...state,
      phase: 'importing',
      failure: null,
      failedStep: null,
    }));
    try {
      const result = await firstValueFrom(this.steps.run(file));
      return this.settle(file, 'importing', { phase: 'imported', result });
    } catch (error: unknown) {
      this.settle(file, 'importing', {
        phase: 'previewed',
        failure: toAdminFailure(error),
        failedStep: 'import',
      });
      return false;
    }
  }

  /** Applies an answer unless the person has chosen another file meanwhile. */
  private settle(file: File, from: ImportPhase, changes: Partial<ImportFlowState<P, R>>): boolean {
    const state = this.state();
    if (state.file !== file || state.phase !== from) {
      return false;
    }
    this.state.set({ ...state, ...changes });
    return true;
  }

  private initial(file: File | null): ImportFlowState<P, R> {
    return { file, phase: 'idle', preview: null, result: null, failure: null, failedStep: null };
  }
}
