import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSlider, MatSliderThumb } from '@angular/material/slider';
import { Router, RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';
import type {
  BehaviourView,
  LearningCategory,
  LeftOutReason,
  OfferLanguage,
  PlanItem,
  PlanProposal,
} from '@lederloeft/contracts';
import { AuthStore } from '../../auth/data-access/auth-store';
import { CatalogueApi } from '../../catalogue/data-access/catalogue-api';
import {
  formatNumber,
  formatPeriod,
  formatPrice,
  KIND_LABELS,
} from '../../catalogue/data-access/offer-format';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { apiMessageFor } from '../../http/api-error';
import { LanguageService } from '../../i18n/language.service';
import { formatDecimal, formatDifference } from '../../i18n/number-format';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { GapChart } from './gap-chart';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  OTHERS_NOTES,
  REASON_LABELS,
  addMonthsIso,
  itemKey,
  todayIso,
} from './proposal-logic';
import { type ProposalConstraints, ProposalStore } from './proposal-store';

export const BUDGET_MAX = 100_000;
export const HOURS_MAX = 300;
const LANGUAGES: readonly OfferLanguage[] = ['da', 'en'];

function periodOrder(group: AbstractControl): ValidationErrors | null {
  const from = group.get('from')?.value as string;
  const to = group.get('to')?.value as string;
  return from && to && to < from ? { periodOrder: true } : null;
}

function someChecked(group: AbstractControl): ValidationErrors | null {
  return Object.values(group.value as Record<string, boolean>).some(Boolean)
    ? null
    : { languages: true };
}

/**
 * "Forslag til udviklingsplan": the leader's constraints on one side, the proposal with its
 * explanations on the other. Every valid change asks for a new proposal (see ProposalStore);
 * the proposal becomes a draft plan in one request.
 */
@Component({
  selector: 'll-proposal-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    MatSlider,
    MatSliderThumb,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
    GapChart,
  ],
  providers: [ProposalStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-page.html',
  styleUrl: './proposal-page.scss',
})
export class ProposalPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly store = inject(ProposalStore);
  protected readonly framework = inject(FrameworkStore);
  protected readonly language = inject(LanguageService);

  protected readonly leaderId = this.auth.me()?.leaderId ?? null;
  protected readonly categories = CATEGORIES;
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly languages = LANGUAGES;
  protected readonly budgetMax = BUDGET_MAX;
  protected readonly hoursMax = HOURS_MAX;
  protected readonly compareShown = signal(false);

  private readonly today = todayIso();
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    budgetDkk: [20_000, [Validators.required, Validators.min(0), Validators.max(BUDGET_MAX)]],
    hours: [60, [Validators.required, Validators.min(0), Validators.max(HOURS_MAX)]],
    period: this.fb.group(
      {
        from: [this.today, Validators.required],
        to: [addMonthsIso(this.today, 12), Validators.required],
      },
      { validators: periodOrder },
    ),
    maxFormalOffers: [
      2,
      [Validators.required, Validators.min(0), Validators.max(10), Validators.pattern(/^\d+$/)],
    ],
    languages: this.fb.group({ da: true, en: false }, { validators: someChecked }),
    focus: [[] as string[]],
    locations: [[] as string[]],
  });

  /**
   * The places a leader can choose to stay within; none chosen means anywhere. A failed
   * read only hides the choice: the proposal works without it.
   */
  protected readonly places = toSignal(
    this.leaderId
      ? inject(CatalogueApi)
          .locations()
          .pipe(catchError(() => of([])))
      : of([]),
    { initialValue: [] as string[] },
  );

  /** Competency key → title in the current language, for the chart and the explanations. */
  protected readonly titles = computed(
    () =>
      new Map(
        this.framework.competencies().map((c) => [c.key, this.language.pick(c.title)] as const),
      ),
  );
  private readonly behaviours = computed(
    () =>
      new Map<string, BehaviourView>(
        this.framework.competencies().flatMap((c) => c.behaviours.map((b) => [b.key, b] as const)),
      ),
  );

  /** The proposal's items by 70-20-10 category. */
  protected readonly groups = computed(() => {
    const items = this.store.proposal()?.items ?? [];
    return CATEGORIES.map((category) => ({
      category,
      items: items.filter((item) => item.category === category),
    }));
  });

  protected readonly leftOutSummary = computed(() => {
    const summary = this.store.proposal()?.leftOutSummary ?? {};
    return Object.entries(summary)
      .filter(([, count]) => (count ?? 0) > 0)
      .map(([reason, count]) => ({
        reason,
        label: REASON_LABELS[reason as keyof typeof REASON_LABELS],
        count: count ?? 0,
      }))
      .sort((a, b) => b.count - a.count);
  });

  private readonly formStatus = toSignal(this.form.statusChanges, {
    initialValue: this.form.status,
  });
  protected readonly invalid = computed(() => this.formStatus() === 'INVALID');

  constructor() {
    this.framework.load();
    if (!this.leaderId) return;
    this.store.init(this.leaderId);
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.propose());
    this.propose();
  }

  /*
   * The slider and the number field of a limit show one value. They cannot share the form
   * control: a value typed into one view does not reach another view of the same control.
   * So the number field owns the control, and the slider follows it and writes to it.
   */
  protected readonly budgetValue = toSignal(this.form.controls.budgetDkk.valueChanges, {
    initialValue: this.form.controls.budgetDkk.value,
  });
  protected readonly hoursValue = toSignal(this.form.controls.hours.valueChanges, {
    initialValue: this.form.controls.hours.value,
  });

  protected slide(control: AbstractControl<number>, value: number): void {
    control.setValue(value);
    control.markAsDirty();
  }

  private readonly focus = toSignal(this.form.controls.focus.valueChanges, {
    initialValue: this.form.controls.focus.value,
  });

  protected focused(key: string): boolean {
    return this.focus().includes(key);
  }

  /** Focus keys kept in the framework's order, so the same choice is the same request. */
  protected setFocus(key: string, on: boolean): void {
    const chosen = new Set(this.focus());
    if (on) chosen.add(key);
    else chosen.delete(key);
    this.form.controls.focus.setValue(
      this.framework
        .competencies()
        .map((c) => c.key)
        .filter((k) => chosen.has(k)),
    );
  }

  private readonly chosenPlaces = toSignal(this.form.controls.locations.valueChanges, {
    initialValue: this.form.controls.locations.value,
  });

  protected placeChosen(place: string): boolean {
    return this.chosenPlaces().includes(place);
  }

  /** Places kept in the list's order, so the same choice is the same request. */
  protected setPlace(place: string, on: boolean): void {
    const chosen = new Set(this.chosenPlaces());
    if (on) chosen.add(place);
    else chosen.delete(place);
    this.form.controls.locations.setValue(this.places().filter((p) => chosen.has(p)));
  }

  protected constraints(): ProposalConstraints | null {
    if (this.form.invalid) return null;
    const value = this.form.getRawValue();
    return {
      budgetDkk: Number(value.budgetDkk),
      hours: Number(value.hours),
      period: { ...value.period },
      maxFormalOffers: Number(value.maxFormalOffers),
      languages: LANGUAGES.filter((l) => value.languages[l]),
      personalFocus: value.focus,
      locations: value.locations,
    };
  }

  private propose(): void {
    this.store.request(this.constraints());
  }

  protected toggleCompare(): void {
    this.compareShown.update((shown) => !shown);
  }

  protected async create(): Promise<void> {
    const request = this.store.result()?.request;
    if (!request) return;
    const year = request.period.from.slice(0, 4);
    const plan = await this.store.createPlan(this.language.t('myPlan.defaultTitle', { year }));
    if (plan) await this.router.navigate(['/planer', plan.id]);
  }

  // ---- formatting for the template ----

  protected price(value: number): string {
    return formatPrice(value, this.language.lang());
  }

  /** Hours, points: up to two decimals, none when whole ("21", "7,5"). */
  protected number(value: number): string {
    return formatNumber(value, this.language.lang());
  }

  /** A gap; a leader above the target (a negative gap) has none left: "0,0". */
  protected gap(value: number | null): string {
    return value === null
      ? this.language.t('proposal.item.noData')
      : formatDifference(Math.max(0, value), this.language.lang());
  }

  protected othersNote(proposal: PlanProposal): UiKey | null {
    return OTHERS_NOTES[proposal.learningWithOthers];
  }

  protected percent(share: number): string {
    return formatDecimal(share * 100, this.language.lang(), 0);
  }

  protected behaviourText(key: string): string {
    const behaviour = this.behaviours().get(key);
    return behaviour ? this.language.pick(behaviour.text) : key;
  }

  protected title(key: string): string {
    return this.titles().get(key) ?? key;
  }

  protected itemTitle(item: PlanItem): string {
    return item.type === 'offer' ? item.title : this.behaviourText(item.behaviourKey);
  }

  protected sessionDates(item: PlanItem): string | null {
    return item.type === 'offer' && item.startDate
      ? formatPeriod({ startDate: item.startDate, endDate: item.endDate ?? item.startDate })
      : null;
  }

  protected trackItem = (_: number, item: PlanItem) => itemKey(item);

  protected reasonLabel(reason: LeftOutReason): UiKey {
    return REASON_LABELS[reason];
  }

  protected categoryLabel(category: LearningCategory): UiKey {
    return CATEGORY_LABELS[category];
  }

  /** The API's Danish message for a 4xx, else the page's own text. */
  protected failureText(failure: { status: number; message: string | null }, fallback: UiKey) {
    return (
      apiMessageFor({ ...failure, code: null }, this.language.lang()) ?? this.language.t(fallback)
    );
  }

  protected errorText(control: AbstractControl | null, min = 0, max = 0): string {
    const errors = control?.errors ?? {};
    if (errors['required']) return this.language.t('myPlan.validation.required');
    if (errors['min']) return this.language.t('myPlan.validation.min', { min });
    if (errors['max']) return this.language.t('myPlan.validation.max', { max });
    if (errors['pattern']) return this.language.t('myPlan.validation.integer');
    return '';
  }
}
