import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import {
  PRIORITY_WEIGHT_DEFAULT,
  PRIORITY_WEIGHT_MAX,
  PRIORITY_WEIGHT_MIN,
  PRIORITY_WEIGHT_STEP,
} from '@lederloeft/contracts';
import { AuthStore } from '../../auth/data-access/auth-store';
import { formatDate } from '../../catalogue/data-access/offer-format';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { formatDecimal } from '../../i18n/number-format';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { type AdminFailure, failureMessage } from '../data-access/admin-failure';
import { PrioritiesStore, priorityYears } from '../data-access/priorities-store';
import { AdminPageHeader } from '../layout/admin-page-header';
import { OrgUnitTree } from '../org-units/org-unit-tree';
import { type PriorityBar, PriorityChart } from './priority-chart';

/** 0.5, 1, … 3: the weights the API accepts. */
const WEIGHTS: readonly number[] = Array.from(
  { length: Math.round((PRIORITY_WEIGHT_MAX - PRIORITY_WEIGHT_MIN) / PRIORITY_WEIGHT_STEP) + 1 },
  (_, i) => PRIORITY_WEIGHT_MIN + i * PRIORITY_WEIGHT_STEP,
);

type Feedback = { kind: 'status' | 'error'; text: string } | null;

/**
 * "Strategiske prioriteter": choose a year and a unit, see whether the unit has its own
 * weights or inherits them (and from which unit), set a weight per competency and save, or
 * go back to the inherited ones. A bar chart shows the weights being edited.
 */
@Component({
  selector: 'll-priorities-page',
  imports: [
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    LocalizedPipe,
    TranslatePipe,
    AdminPageHeader,
    OrgUnitTree,
    PriorityChart,
  ],
  providers: [PrioritiesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './priorities-page.html',
  styleUrl: './priorities-page.scss',
})
export class PrioritiesPage {
  protected readonly store = inject(PrioritiesStore);
  protected readonly framework = inject(FrameworkStore);
  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('unitHeading');

  protected readonly years = priorityYears();
  protected readonly weights = WEIGHTS;
  protected readonly draft = signal<Record<string, number>>({});
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly feedback = signal<Feedback>(null);

  protected readonly loadStatus = computed(() => {
    const framework = this.framework.status();
    const units = this.store.unitsStatus();
    if (units === 'error' || framework === 'error' || framework === 'empty') return 'error';
    return units === 'loaded' && framework === 'loaded' ? 'loaded' : 'loading';
  });

  /** "Børn og Unge" for a director; nothing for HR and administrators. */
  protected readonly scopeNames = computed(() =>
    this.store.scopes() === 'all'
      ? ''
      : (this.auth
          .me()
          ?.directorScopes.map((scope) => scope.name)
          .join(', ') ?? ''),
  );

  /** Own, inherited from a named unit, or the default 1 everywhere. */
  protected readonly source = computed(() => {
    const view = this.store.view();
    if (!view) return null;
    if (view.own) return 'own' as const;
    return view.inherited.source ? ('inherited' as const) : ('none' as const);
  });

  /** The weights the unit has now: its own (1 where left out) or the inherited ones. */
  private readonly baseline = computed<Record<string, number>>(() => {
    const view = this.store.view();
    const keys = this.framework.competencies().map((c) => c.key);
    if (!view) return {};
    return Object.fromEntries(
      keys.map((key) => [
        key,
        view.own
          ? (view.own.weights[key] ?? PRIORITY_WEIGHT_DEFAULT)
          : (view.inherited.weights[key] ?? PRIORITY_WEIGHT_DEFAULT),
      ]),
    );
  });

  protected readonly dirty = computed(() => {
    const base = this.baseline();
    const draft = this.draft();
    const note = this.store.view()?.own?.note ?? '';
    return Object.keys(base).some((k) => base[k] !== draft[k]) || note !== this.note().trim();
  });

  protected readonly bars = computed<PriorityBar[]>(() => {
    const lang = this.language.lang();
    return this.framework.competencies().map((c) => {
      const weight = this.draft()[c.key] ?? PRIORITY_WEIGHT_DEFAULT;
      return {
        key: c.key,
        label: c.title[lang] || c.title.da,
        weight,
        weightText: this.weightText(weight),
      };
    });
  });

  constructor() {
    this.framework.load();
    this.store.loadUnits();
    // A freshly loaded (or saved, or reset) view replaces whatever was being edited.
    effect(() => {
      const base = this.baseline();
      const note = this.store.view()?.own?.note ?? '';
      untracked(() => {
        this.draft.set({ ...base });
        this.note.set(note);
      });
    });
  }

  protected retry(): void {
    if (this.framework.status() !== 'loaded') this.framework.retry();
    if (this.store.unitsStatus() !== 'loaded') this.store.loadUnits();
  }

  protected chooseYear(value: string): void {
    this.feedback.set(null);
    this.store.selectYear(Number(value));
  }

  protected chooseUnit(unitId: string): void {
    this.feedback.set(null);
    this.store.select(unitId);
  }

  protected setWeight(key: string, value: string): void {
    this.draft.update((d) => ({ ...d, [key]: Number(value) }));
  }

  protected weightLabel(weight: number): UiKey {
    return `admin.priorities.weight.${weight}` as UiKey;
  }

  protected weightText(weight: number): string {
    return formatDecimal(weight, this.language.lang(), Number.isInteger(weight) ? 0 : 1);
  }

  protected ownText(): string {
    const own = this.store.view()?.own;
    if (!own) return '';
    return this.language.t('admin.priorities.source.own', {
      name: own.setBy.name,
      date: formatDate(own.updatedAt.slice(0, 10)),
    });
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const unit = this.store.unit();
    if (!unit || this.busy()) return;
    this.busy.set(true);
    this.feedback.set(null);
    const failure = await this.store.save(this.draft(), this.note());
    this.busy.set(false);
    this.feedback.set(
      failure
        ? { kind: 'error', text: this.failureText(failure) }
        : {
            kind: 'status',
            text: this.language.t('admin.priorities.saved', {
              unit: unit.name,
              year: this.store.year(),
            }),
          },
    );
  }

  protected async reset(): Promise<void> {
    const unit = this.store.unit();
    if (!unit || this.busy()) return;
    this.busy.set(true);
    this.feedback.set(null);
    const failure = await this.store.reset();
    this.busy.set(false);
    if (failure) {
      this.feedback.set({ kind: 'error', text: this.failureText(failure) });
      return;
    }
    this.feedback.set({
      kind: 'status',
      text: this.language.t('admin.priorities.resetDone', {
        unit: unit.name,
        year: this.store.year(),
      }),
    });
    // The button just pressed is gone: keep the keyboard user's place on the unit's heading.
    this.heading()?.nativeElement.focus();
  }

  private failureText(failure: AdminFailure): string {
    const details = failure.details.map((d) => d.message).join(' ');
    return [failureMessage(failure, this.language), details].filter(Boolean).join(' ');
  }
}
