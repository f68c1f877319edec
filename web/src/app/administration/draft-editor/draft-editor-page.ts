import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { ApiErrorDetail, LocalizedText } from '@lederloeft/contracts';
import { validateFrameworkDocument } from '@lederloeft/domain';
import { firstValueFrom } from 'rxjs';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { formatTime } from '../../i18n/translate';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import type { TranslateParams } from '../../i18n/ui-text';
import type { HasUnsavedChanges } from '../../my-development/unsaved-changes.guard';
import { type AdminFailure, failureMessage } from '../data-access/admin-failure';
import { DraftEditorStore } from '../data-access/draft-editor-store';
import { PublishDialog, type PublishDialogData } from '../editions/publish-dialog';
import { AdminPageHeader } from '../layout/admin-page-header';
import { CompetencyEditor } from './competency-editor';
import { draftChanges } from './draft-changes';
import {
  type DraftForm,
  type FieldPlace,
  type FieldRef,
  type ItemForm,
  applyKeys,
  canonicalJson,
  draftForm,
  fieldAt,
  fieldId,
  fieldsOf,
  newKeys,
  toDocument,
} from './draft-form';
import { ItemList } from './item-list';
import { LocalizedField } from './localized-field';

/** A problem with the draft: where it is (when the form shows that part) and what it is. */
interface Issue {
  path: string;
  field: FieldRef | null;
  /** The API's or the domain's own (Danish) words, or a text of ours. */
  message: string | { key: UiKey; params?: TranslateParams };
}

/** What the last save or publish did, kept as data so the text follows the language. */
type Feedback =
  | { kind: 'invalid'; issues: Issue[]; failure: AdminFailure | null }
  | { kind: 'saveFirst' }
  | { kind: 'published' }
  | { kind: 'notPublished'; failure: AdminFailure };

const FIELD_NAMES: Readonly<Record<string, UiKey>> = {
  name: 'admin.draftEditor.field.name',
  description: 'admin.draftEditor.field.description',
  title: 'admin.draftEditor.field.title',
  summary: 'admin.draftEditor.field.summary',
  because: 'admin.draftEditor.field.because',
  frameIntro: 'admin.draftEditor.field.frameIntro',
  personalIntro: 'admin.draftEditor.field.personalIntro',
};

/**
 * "Rediger kladde": the whole draft edition as one form (edition label, values, the four
 * competencies with their behaviours, dogmas), saved whole with PUT, then published with
 * the same confirmation as on "Ledelsesgrundlagets udgaver".
 */
@Component({
  selector: 'll-draft-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    TranslatePipe,
    AdminPageHeader,
    CompetencyEditor,
    ItemList,
    LocalizedField,
  ],
  providers: [DraftEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './draft-editor-page.html',
  styleUrl: './draft-editor-page.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class DraftEditorPage implements OnInit, HasUnsavedChanges {
  /** The edition's id, from the route. */
  readonly id = input.required<string>();
  readonly leaveConfirmKey: UiKey = 'admin.draftEditor.leaveConfirm';

  protected readonly store = inject(DraftEditorStore);
  private readonly framework = inject(FrameworkStore);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');
  private readonly publishedBox = viewChild<ElementRef<HTMLElement>>('publishedBox');

  protected readonly form = signal<DraftForm | null>(null);
  protected readonly idOf = fieldId;
  /** Bumped on every change of the form, which is not a signal itself. */
  private readonly revision = signal(0);
  /** The document as last loaded or saved, to tell whether anything is unsaved. */
  private readonly baseline = signal('');
  protected readonly feedback = signal<Feedback | null>(null);

  protected readonly parent = {
    link: '/administration/ledelsesgrundlag',
    heading: 'admin.editions.title',
  } as const;
  protected readonly heading = computed<UiKey>(() =>
    this.store.edition() ? 'admin.draftEditor.heading' : 'admin.draftEditor.title',
  );
  protected readonly headingParams = computed(() => ({
    edition: this.store.edition()?.edition ?? '',
  }));

  /** The document the form holds now, with the keys new items would get. */
  private readonly current = computed(() => {
    this.revision();
    const form = this.form();
    const base = this.store.saved();
    if (!form || !base) {
      return null;
    }
    const keys = newKeys(form);
    return { keys, document: toDocument(form, base, keys) };
  });
  /** Kept the same object while the keys stay the same, so the lists are not redrawn. */
  protected readonly newKeys = computed<ReadonlyMap<ItemForm, string>>(
    () => this.current()?.keys ?? new Map(),
    { equal: sameEntries },
  );
  protected readonly unsaved = computed(() => {
    const current = this.current();
    return current !== null && canonicalJson(current.document) !== this.baseline();
  });

  protected readonly statusText = computed(() => {
    if (this.store.busy() === 'save') {
      return this.language.t('admin.draftEditor.saving');
    }
    if (this.unsaved()) {
      return this.language.t('admin.draftEditor.unsaved');
    }
    const savedAt = this.store.savedAt();
    return savedAt
      ? this.language.t('admin.draftEditor.saved', {
          time: formatTime(savedAt, this.language.lang()),
        })
      : this.language.t('admin.draftEditor.clean');
  });

  /** "Forskelle": the saved draft against the edition in force. */
  protected readonly changes = computed(() => {
    const saved = this.store.saved();
    const published = this.store.published();
    if (!saved || !published) {
      return null;
    }
    const counts = draftChanges(published, saved);
    const lines = (
      [
        ['admin.draftEditor.changes.texts', counts.texts],
        ['admin.draftEditor.changes.added', counts.added],
        ['admin.draftEditor.changes.removed', counts.removed],
        ['admin.draftEditor.changes.reordered', counts.reordered],
      ] as const
    )
      .filter(([, count]) => count > 0)
      .map(([key, count]) => this.language.t(key, { count }));
    return { lines, edition: this.store.current()?.edition ?? '' };
  });

  /** Saved names of values and competencies by key, for headings and the error summary. */
  private readonly savedNames = computed(() => {
    const saved = this.store.saved();
    const names = new Map<string, LocalizedText>();
    saved?.values.forEach((v) => names.set(v.key, v.name));
    saved?.competencies.forEach((c) => names.set(c.key, c.title));
    return names;
  });

  protected readonly issues = computed(() => {
    const feedback = this.feedback();
    if (feedback?.kind !== 'invalid') {
      return null;
    }
    return {
      intro: feedback.failure
        ? failureMessage(feedback.failure, this.language)
        : this.language.t('admin.draftEditor.fix'),
      items: feedback.issues.map((issue) => ({
        id: issue.field ? fieldId(issue.field.control) : null,
        where: issue.field ? this.describe(issue.field.place) : issue.path,
        message:
          typeof issue.message === 'string'
            ? issue.message
            : this.language.t(issue.message.key, issue.message.params),
      })),
    };
  });

  protected readonly publishError = computed(() => {
    const feedback = this.feedback();
    return feedback?.kind === 'notPublished'
      ? `${this.language.t('admin.editions.notPublishedError')} ${failureMessage(feedback.failure, this.language)}`
      : null;
  });

  ngOnInit(): void {
    void this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.store.editable() && this.unsaved();
  }

  protected async load(): Promise<void> {
    this.form.set(null);
    this.feedback.set(null);
    await this.store.load(this.id());
    const saved = this.store.saved();
    if (!saved) {
      return;
    }
    const form = draftForm(saved);
    this.baseline.set(canonicalJson(toDocument(form, saved)));
    form.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.revision.update((n) => n + 1));
    this.form.set(form);
  }

  protected name(key: string): string {
    return this.language.pick(this.savedNames().get(key)) || key;
  }

  protected async save(event?: Event): Promise<void> {
    event?.preventDefault();
    const form = this.form();
    const base = this.store.saved();
    if (!form || !base || this.store.busy()) {
      return;
    }
    this.feedback.set(null);
    const fields = fieldsOf(form);
    // Problems the last answer pointed out are looked at afresh.
    fields
      .filter((f) => f.control.hasError('api'))
      .forEach((f) => f.control.updateValueAndValidity());
    form.markAllAsTouched();
    // The field checks first (blank, too long), in the interface language.
    const invalid = fields.filter((f) => f.control.invalid);
    if (invalid.length) {
      this.showIssues(
        invalid.map((field) => ({ path: field.path, field, message: this.fieldMessage(field) })),
        null,
      );
      return;
    }
    const keys = newKeys(form);
    const document = toDocument(form, base, keys);
    // Then the domain's rules, as the API will apply them (keys, one behaviour at least).
    const problems = validateFrameworkDocument(document);
    if (problems.length) {
      this.showIssues(this.place(fields, problems), null);
      return;
    }
    const outcome = await this.store.save(document);
    if (outcome.ok) {
      this.baseline.set(canonicalJson(document));
      applyKeys(keys);
      return;
    }
    this.showIssues(this.place(fields, outcome.failure.details), outcome.failure);
  }

  protected async publish(): Promise<void> {
    const edition = this.store.edition();
    if (!edition || this.store.busy()) {
      return;
    }
    if (this.unsaved()) {
      this.feedback.set({ kind: 'saveFirst' });
      this.focusAfterRender(() => this.alertBox()?.nativeElement);
      return;
    }
    const data: PublishDialogData = {
      edition: edition.edition,
      current: this.store.current()?.edition ?? null,
    };
    const confirmed = await firstValueFrom(
      this.dialog
        .open<PublishDialog, PublishDialogData, boolean>(PublishDialog, {
          data,
          maxWidth: 'min(36rem, calc(100vw - 2rem))',
        })
        .afterClosed(),
    );
    if (confirmed !== true) {
      return;
    }
    this.feedback.set(null);
    const outcome = await this.store.publish();
    if (outcome.ok) {
      // Every page shows the edition in force: load it again.
      this.framework.retry();
      this.feedback.set({ kind: 'published' });
      this.focusAfterRender(() => this.publishedBox()?.nativeElement);
    } else {
      this.feedback.set({ kind: 'notPublished', failure: outcome.failure });
      this.focusAfterRender(() => this.alertBox()?.nativeElement);
    }
  }

  /** Follows an in-page link (the base href would turn `#id` into another page). */
  protected jump(event: Event, id: string | null): void {
    event.preventDefault();
    // Focusing scrolls the target into view.
    (id ? this.document.getElementById(id) : null)?.focus();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) {
      event.preventDefault();
    }
  }

  /** Ties the API's or the domain's problems to fields, and shows them at the fields too. */
  private place(fields: readonly FieldRef[], problems: readonly ApiErrorDetail[]): Issue[] {
    return problems.map((problem) => {
      const field = fieldAt(fields, problem.path);
      if (field) {
        field.control.setErrors({ ...field.control.errors, api: problem.message });
        field.control.markAsTouched();
      }
      return { path: problem.path, field, message: problem.message };
    });
  }

  private showIssues(issues: Issue[], failure: AdminFailure | null): void {
    this.feedback.set({ kind: 'invalid', issues, failure });
    this.focusAfterRender(() => this.alertBox()?.nativeElement);
  }

  private fieldMessage(field: FieldRef): Issue['message'] {
    const errors = field.control.errors ?? {};
    if (typeof errors['api'] === 'string') {
      return errors['api'];
    }
    const tooLong = errors['maxlength'] as { requiredLength: number } | undefined;
    if (tooLong) {
      return { key: 'admin.draftEditor.error.tooLong', params: { max: tooLong.requiredLength } };
    }
    return {
      key: field.path.endsWith('.en')
        ? 'admin.draftEditor.error.required.en'
        : 'admin.draftEditor.error.required.da',
    };
  }

  /** "Ledelse på tværs › sætter rammen, eksempel 3, dansk". */
  private describe(place: FieldPlace): string {
    const t = (key: UiKey, params?: TranslateParams) => this.language.t(key, params);
    if (place.area === 'editionLabel') {
      return t('admin.draftEditor.editionLabel');
    }
    const lang = t(`admin.draftEditor.lang.${place.lang}`).toLowerCase();
    if (place.area === 'item') {
      const owner = place.owner
        ? this.name(place.owner)
        : t('admin.draftEditor.place.frameworkDogmas');
      return `${owner} › ${t(`admin.draftEditor.place.${place.list}`, { n: place.n })}, ${lang}`;
    }
    return `${this.name(place.owner)} › ${t(FIELD_NAMES[place.field])}, ${lang}`;
  }

  private focusAfterRender(target: () => HTMLElement | null | undefined): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}
