import { Injectable, computed, inject, signal } from '@angular/core';
import type { FrameworkSummary } from '@lederloeft/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { type AdminFailure, toAdminFailure } from './admin-failure';
import { EditionsApi } from './editions-api';

export type EditionsStatus = 'loading' | 'loaded' | 'error';
export type EditionAction = 'create' | 'upload' | 'publish';

/** What an action did: the edition it touched, or why it failed. */
export type EditionOutcome =
  | { ok: true; edition: FrameworkSummary }
  | { ok: false; failure: AdminFailure };

interface EditionsState {
  status: EditionsStatus;
  editions: FrameworkSummary[];
  /** The action in progress and the edition it is about. */
  busy: { action: EditionAction; id: string } | null;
}

/** The framework's editions on "Ledelsesgrundlagets udgaver". Provided by the page. */
@Injectable()
export class EditionsStore {
  private readonly api = inject(EditionsApi);
  private readonly state = signal<EditionsState>({ status: 'loading', editions: [], busy: null });

  readonly status = computed(() => this.state().status);
  readonly editions = computed(() => this.state().editions);
  readonly busy = computed(() => this.state().busy);
  readonly current = computed(() => this.state().editions.find((e) => e.current) ?? null);
  readonly drafts = computed(() => this.state().editions.filter((e) => e.status === 'draft'));

  load(): void {
    this.state.update((s) => ({ ...s, status: 'loading' }));
    this.api.list().subscribe({
      next: (editions) => this.state.update((s) => ({ ...s, status: 'loaded', editions })),
      error: () => this.state.update((s) => ({ ...s, status: 'error' })),
    });
  }

  createDraft(fromId: string): Promise<EditionOutcome> {
    return this.run('create', fromId, this.api.createDraft(fromId));
  }

  replaceDraft(id: string, document: unknown): Promise<EditionOutcome> {
    return this.run('upload', id, this.api.replaceDraft(id, document));
  }

  publish(id: string): Promise<EditionOutcome> {
    return this.run('publish', id, this.api.publish(id));
  }

  /** Runs one action at a time, then reloads the list so statuses and counts are the API's. */
  private async run(
    action: EditionAction,
    id: string,
    request: Observable<FrameworkSummary>,
  ): Promise<EditionOutcome> {
    if (this.state().busy) {
      return { ok: false, failure: toAdminFailure(null) };
    }
    this.state.update((s) => ({ ...s, busy: { action, id } }));
    try {
      const edition = await firstValueFrom(request);
      const editions = await firstValueFrom(this.api.list()).catch(() => null);
      this.state.update((s) => ({ ...s, busy: null, editions: editions ?? s.editions }));
      return { ok: true, edition };
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, busy: null }));
      return { ok: false, failure: toAdminFailure(error) };
    }
  }
}
