import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import {
  OFFER_FORMATS,
  OFFER_KINDS,
  OFFER_LANGUAGES,
  type OfferEffect,
  type OfferFields,
  type OfferView,
} from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import {
  type AdminFailure,
  failureMessage,
  toAdminFailure,
} from '../../administration/data-access/admin-failure';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { HasUnsavedChanges } from '../../my-development/unsaved-changes.guard';
import { CatalogueApi } from '../data-access/catalogue-api';
import { CatalogueNotice } from '../data-access/catalogue-notice';
import { LeaderLevelsStore } from '../data-access/leader-levels-store';
import { FORMAT_LABELS, KIND_LABELS, LANGUAGE_LABELS } from '../data-access/offer-format';
import { isStale } from '../data-access/offer-store';
import { EffectsGrid } from './effects-grid';
import {
  FIELD_LABELS,
  type OfferFieldName,
  errorKeyOf,
  fieldsOf,
  formValueOf,
  offerForm,
} from './offer-form';

type LoadStatus = 'loading' | 'loaded' | 'not-found' | 'error';

/** The order of the fields in the error summary: the order of the form. */
const FIELD_ORDER: readonly OfferFieldName[] = [
  'code',
  'title',
  'kind',
  'provider',
  'description',
  'format',
  'language',
  'location',
  'hours',
  'onDemand',
  'price',
  'priceIncludesVat',
  'priceIsIndicative',
  'ects',
  'prerequisites',
  'contactName',
  'contactEmail',
];

const CONTROL_LABELS: Readonly<Record<OfferFieldName, keyof OfferFields>> = {
  code: 'code',
  title: 'title',
  kind: 'kind',
  provider: 'provider',
  description: 'description',
  format: 'format',
  language: 'language',
  location: 'location',
  hours: 'hours',
  onDemand: 'onDemand',
  price: 'priceDkk',
  priceIncludesVat: 'priceIncludesVat',
  priceIsIndicative: 'priceIsIndicative',
  ects: 'ects',
  prerequisites: 'prerequisites',
  contactName: 'contactName',
  contactEmail: 'contactEmail',
};

/** Stable text of an offer's fields, to tell whether the editor holds unsaved changes. */
function snapshot(fields: OfferFields): string {
  return JSON.stringify({ ...fields, targetLevels: [...fields.targetLevels].sort() });
}

/**
 * "Nyt tilbud" and "Redigér tilbud" (HR, administrators): every field of an offer with
 * validation and Danish messages, the quick effects grid, and a question before leaving
 * with unsaved changes. Edits send the version read, so a change made meanwhile is not lost.
 */
@Component({
  selector: 'll-offer-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    LocalizedPipe,
    TranslatePipe,
    EffectsGrid,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './offer-editor-page.html',
  styleUrl: './offer-editor-page.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class OfferEditorPage implements HasUnsavedChanges {
  /** Route parameter `:id` when editing; absent for a new offer. */
  readonly id = input<string>();
  /**
   * Query parameters of a new offer asked for from Overblik's unmet demand: the competency
   * (and behaviour) it should train, preset as a strong effect for HR to adjust.
   */
  readonly kompetence = input<string>();
  readonly adfaerd = input<string>();

  protected readonly framework = inject(FrameworkStore);
  protected readonly levels = inject(LeaderLevelsStore);
  private readonly api = inject(CatalogueApi);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly notice = inject(CatalogueNotice);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  protected readonly kinds = OFFER_KINDS;
  protected readonly formats = OFFER_FORMATS;
  protected readonly languages = OFFER_LANGUAGES;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly languageLabels = LANGUAGE_LABELS;

  protected readonly form = offerForm();
  protected readonly effects = signal<OfferEffect[]>([]);
  protected readonly targetLevels = signal<string[]>([]);
  protected readonly status = signal<LoadStatus>('loading');
  protected readonly offer = signal<OfferView | null>(null);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly failure = signal<AdminFailure | null>(null);
  private readonly baseline = signal('');
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.value });

  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly heading = computed(() =>
    this.editing() ? 'catalogue.editor.editTitle' : 'catalogue.editor.newTitle',
  );
  private readonly current = computed(() => {
    this.value();
    return snapshot(fieldsOf(this.form.getRawValue(), this.targetLevels(), this.effects()));
  });
  readonly dirty = computed(() => this.status() === 'loaded' && this.current() !== this.baseline());

  /** The problems to fix before saving, in the order of the form, once "Gem" was pressed. */
  protected readonly problems = computed(() => {
    this.value();
    if (!this.submitted()) {
      return [];
    }
    return FIELD_ORDER.flatMap((name) => {
      const key = errorKeyOf(name, this.form.controls[name].errors);
      return key
        ? [
            {
              id: `offer-${name}`,
              text: `${this.language.t(FIELD_LABELS[CONTROL_LABELS[name]])}: ${this.language.t(key)}`,
            },
          ]
        : [];
    });
  });

  protected readonly failureText = computed(() => {
    const failure = this.failure();
    return failure ? failureMessage(failure, this.language) : null;
  });
  protected readonly stale = computed(() => {
    const failure = this.failure();
    return failure !== null && isStale(failure);
  });
  /** The API's per-field problems, with the field's name instead of its path. */
  protected readonly failureDetails = computed(() =>
    (this.failure()?.details ?? []).map((detail) => {
      const field = /^[A-Za-z]+/.exec(detail.path)?.[0] ?? '';
      const label = Object.hasOwn(FIELD_LABELS, field)
        ? this.language.t(FIELD_LABELS[field as keyof OfferFields])
        : detail.path;
      return { path: label, message: detail.message };
    }),
  );

  constructor() {
    this.framework.load();
    this.levels.load();
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirty() && !this.saving();
  }

  protected error(name: OfferFieldName): string {
    const key = errorKeyOf(name, this.form.controls[name].errors);
    return key ? this.language.t(key) : '';
  }

  protected toggleLevel(key: string, on: boolean): void {
    this.targetLevels.update((levels) => {
      const others = levels.filter((level) => level !== key);
      return on ? [...others, key] : others;
    });
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    this.form.markAllAsTouched();
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      afterNextRender(() => this.problemBox()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    const fields = fieldsOf(this.form.getRawValue(), this.targetLevels(), this.effects());
    const offer = this.offer();
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        offer
          ? this.api.update(offer.id, { ...fields, version: offer.version })
          : this.api.create(fields),
      );
      // What was sent is stored now: leaving for the offer's page must not ask.
      this.baseline.set(snapshot(fields));
      this.offer.set(saved);
      this.notice.set(
        this.language.t(offer ? 'catalogue.done.saved' : 'catalogue.done.created', {
          title: saved.title,
        }),
      );
      this.saving.set(false);
      await this.router.navigate(['/kursuskatalog', saved.id]);
    } catch (error: unknown) {
      this.saving.set(false);
      this.failure.set(toAdminFailure(error));
      afterNextRender(() => this.failureBox()?.nativeElement.focus(), { injector: this.injector });
    }
  }

  /** After a stale version: throw away the edits and show the offer as it is now. */
  protected async reloadLatest(): Promise<void> {
    this.failure.set(null);
    await this.load(this.id());
  }

  /** The links of the error summary move focus to the field (the base href breaks "#id"). */
  protected focusField(event: Event, id: string): void {
    event.preventDefault();
    this.document.getElementById(id)?.focus();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) {
      event.preventDefault();
    }
  }

  private async load(id: string | undefined): Promise<void> {
    this.submitted.set(false);
    if (id === undefined) {
      this.fill(null);
      return;
    }
    this.status.set('loading');
    try {
      const offer = await firstValueFrom(this.api.get(id));
      if (this.id() === id) {
        this.fill(offer);
      }
    } catch (error: unknown) {
      const status = error instanceof HttpErrorResponse ? error.status : 0;
      this.status.set(status === 404 ? 'not-found' : 'error');
    }
  }

  private fill(offer: OfferView | null): void {
    this.offer.set(offer);
    if (offer) {
      this.form.reset(formValueOf(offer, this.language.lang()));
      this.effects.set(offer.effects.map((e) => ({ ...e, behaviourKeys: [...e.behaviourKeys] })));
      this.targetLevels.set([...offer.targetLevels]);
    } else {
      this.form.reset();
      this.effects.set(this.prefilledEffects());
      this.targetLevels.set([]);
    }
    this.baseline.set(
      snapshot(fieldsOf(this.form.getRawValue(), this.targetLevels(), this.effects())),
    );
    this.status.set('loaded');
  }

  /** The preset effect of a new offer asked for from Overblik, or none. */
  protected readonly prefilled = computed(() => !this.editing() && !!this.kompetence());

  private prefilledEffects(): OfferEffect[] {
    const competencyKey = this.kompetence();
    if (!competencyKey) return [];
    const behaviour = this.adfaerd();
    return [
      {
        competencyKey,
        strength: 'strong',
        behaviourKeys: behaviour && behaviour.startsWith(`${competencyKey}.`) ? [behaviour] : [],
      },
    ];
  }

  protected retry(): void {
    void this.load(this.id());
  }
}
