import { Injectable, computed, inject, signal } from '@angular/core';
import type { FrameworkDocument, FrameworkSummary } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { toAdminFailure } from './admin-failure';
import { EditionsApi } from './editions-api';
import type { EditionOutcome } from './editions-store';

/** `missing`: no edition has this id; `error`: the API could not be read (a retry may help). */
export type DraftEditorStatus = 'loading' | 'loaded' | 'missing' | 'error';

interface DraftEditorState {
  status: DraftEditorStatus;
  /** The edition being edited (a draft, unless it was published meanwhile). */
  edition: FrameworkSummary | null;
  /** The edition in force, which publishing the draft retires. */
  current: FrameworkSummary | null;
  /** The draft's content as the API has stored it. */
  saved: FrameworkDocument | null;
  /** The content of the edition in force, to count what the draft changes. */
  published: FrameworkDocument | null;
  busy: 'save' | 'publish' | null;
  /** When this page last saved the draft. */
  savedAt: string | null;
}

const INITIAL: DraftEditorState = {
  status: 'loading',
  edition: null,
  current: null,
  saved: null,
  published: null,
  busy: null,
  savedAt: null,
};

/** One draft edition on "Rediger kladde": its content, saving it whole, publishing it. */
@Injectable()
export class DraftEditorStore {
  private readonly api = inject(EditionsApi);
  private readonly state = signal<DraftEditorState>(INITIAL);
  private id: string | null = null;

  readonly status = computed(() => this.state().status);
  readonly edition = computed(() => this.state().edition);
  readonly current = computed(() => this.state().current);
  readonly saved = computed(() => this.state().saved);
  readonly published = computed(() => this.state().published);
  readonly busy = computed(() => this.state().busy);
  readonly savedAt = computed(() => this.state().savedAt);
  readonly editable = computed(() => this.state().edition?.status === 'draft');

  /** Reads the editions, the draft's content and the content of the edition in force. */
  async load(id: string): Promise<void> {
    this.id = id;
    this.state.set(INITIAL);
    try {
      const editions = await firstValueFrom(this.api.list());
      const edition = editions.find((e) => e.id === id) ?? null;
      if (!edition) {
        this.state.set({ ...INITIAL, status: 'missing' });
        return;
      }
      const current = editions.find((e) => e.current) ?? null;
      const [saved, published] = await Promise.all([
        firstValueFrom(this.api.document(id)),
        current && current.id !== id ? firstValueFrom(this.api.document(current.id)) : null,
      ]);
      this.state.set({ ...INITIAL, status: 'loaded', edition, current, saved, published });
    } catch {
      this.state.set({ ...INITIAL, status: 'error' });
    }
  }

  /** Replaces the draft's content with `document` (PUT); the API validates it. */
  async save(document: FrameworkDocument): Promise<EditionOutcome> {
    return this.run('save', async (id) => {
      const edition = await firstValueFrom(this.api.replaceDraft(id, document));
      this.state.update((s) => ({
        ...s,
        edition,
        saved: document,
        savedAt: new Date().toISOString(),
      }));
      return edition;
    });
  }

  /** Makes the draft the edition in force. */
  async publish(): Promise<EditionOutcome> {
    return this.run('publish', async (id) => {
      const edition = await firstValueFrom(this.api.publish(id));
      this.state.update((s) => ({ ...s, edition, current: edition }));
      return edition;
    });
  }

  private async run(
    action: 'save' | 'publish',
    work: (id: string) => Promise<FrameworkSummary>,
  ): Promise<EditionOutcome> {
    const id = this.id;
    if (!id || this.state().busy) {
      return { ok: false, failure: toAdminFailure(null) };
    }
    this.state.update((s) => ({ ...s, busy: action }));
    try {
      const edition = await work(id);
      this.state.update((s) => ({ ...s, busy: null }));
      return { ok: true, edition };
    } catch (error: unknown) {
      this.state.update((s) => ({ ...s, busy: null }));
      return { ok: false, failure: toAdminFailure(error) };
    }
  }
}
