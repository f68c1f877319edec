import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, CompetencyView, FrameworkView } from '@lederloeft/contracts';
import { FrameworkApi } from './framework-api';

/**
 * `empty`: the API answered 404, i.e. no edition has been published yet;
 * `error`: any other failure, which a retry may fix.
 */
export type FrameworkLoadStatus = 'idle' | 'loading' | 'loaded' | 'empty' | 'error';

export interface FrameworkLoadError {
  /** HTTP status, 0 when the server could not be reached. */
  status: number;
  message: string;
}

interface FrameworkState {
  status: FrameworkLoadStatus;
  framework: FrameworkView | null;
  error: FrameworkLoadError | null;
}

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && 'message' in body;
}

/**
 * The framework edition in force, loaded once and shared by every page that needs it.
 */
@Injectable({ providedIn: 'root' })
export class FrameworkStore {
  private readonly api = inject(FrameworkApi);
  private readonly state = signal<FrameworkState>({ status: 'idle', framework: null, error: null });

  readonly status = computed(() => this.state().status);
  readonly framework = computed(() => this.state().framework);
  readonly error = computed(() => this.state().error);
  readonly competencies = computed(() => this.state().framework?.competencies ?? []);

  /** Loads the framework unless it is loaded, loading, or known not to exist. */
  load(): void {
    const status = this.status();
    if (status === 'idle' || status === 'error') {
      this.fetch();
    }
  }

  /** Loads again whatever the current state, e.g. from a "Prøv igen" button. */
  retry(): void {
    if (this.status() !== 'loading') {
      this.fetch();
    }
  }

  /** The competency with this key, if the framework is loaded and has it. */
  competency(key: string): CompetencyView | undefined {
    return this.competencies().find((competency) => competency.key === key);
  }

  private fetch(): void {
    this.state.update((state) => ({ ...state, status: 'loading', error: null }));
    this.api.getCurrent().subscribe({
      next: (framework) => this.state.set({ status: 'loaded', framework, error: null }),
      error: (response: unknown) => {
        const status = response instanceof HttpErrorResponse ? response.status : 0;
        if (status === 404) {
          this.state.set({ status: 'empty', framework: null, error: null });
          return;
        }
        const body: unknown = response instanceof HttpErrorResponse ? response.error : null;
        const message = isApiError(body)
          ? body.message
          : response instanceof Error
            ? response.message
            : 'Unknown error';
        this.state.set({ status: 'error', framework: null, error: { status, message } });
      },
    });
  }
}
