import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  COVERAGE_MIN_GROUP_DEFAULT,
  PRIORITY_WEIGHT_MAX,
  PRIORITY_WEIGHT_MIN,
  PRIORITY_WEIGHT_STEP,
  type CoverageScenarioRequest,
  type CoverageScenarioStatus,
  type CoverageValue,
} from '@lederloeft/contracts';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { formatDecimal } from '../../i18n/number-format';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { overviewFailureText } from '../data-access/overview-failure';
import { OverviewStore } from '../data-access/overview-store';
import { ScenarioStore } from '../data-access/scenario-store';
import { REASON_KEYS } from '../heatmap/cell-display';
import { scenarioRows } from './scenario-cells';

const PROGRESS_KEYS: Record<CoverageScenarioStatus, UiKey> = {
  running: 'overview.scenario.progress.running',
  done: 'overview.scenario.progress.done',
  cancelled: 'overview.scenario.progress.cancelled',
  failed: 'overview.scenario.progress.failed',
};

const WEIGHTS = Array.from(
  { length: Math.round((PRIORITY_WEIGHT_MAX - PRIORITY_WEIGHT_MIN) / PRIORITY_WEIGHT_STEP) + 1 },
  (_, i) => PRIORITY_WEIGHT_MIN + i * PRIORITY_WEIGHT_STEP,
);

/**
 * "Hvad nu hvis" for a unit: other budget and hours per leader, extra seats on a session,
 * a new session, other strategic weights; the real planner re-plans the unit's leaders on
 * the server (nothing is saved) while the page shows progress and can cancel, then today's
 * projected coverage beside the scenario's, per sub-unit and competency.
 */
@Component({
  selector: 'll-scenario-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatProgressBar,
    RouterLink,
    LocalizedPipe,
    TranslatePipe,
  ],
  providers: [ScenarioStore, OverviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-page.html',
  styleUrls: ['../../administration/admin-table.scss', './scenario-page.scss'],
})
export class ScenarioPage {
  /** The unit (query parameter); the person's first unit when left out. */
  readonly enhed = input<string>();

  protected readonly store = inject(ScenarioStore);
  protected readonly unit = inject(OverviewStore);
  protected readonly framework = inject(FrameworkStore);
  private readonly language = inject(LanguageService);
  protected readonly weightChoices = WEIGHTS;
  protected readonly progressKeys = PROGRESS_KEYS;

  protected readonly form = new FormGroup({
    budgetDkk: new FormControl<number | null>(15000, [Validators.required, Validators.min(0)]),
    hours: new FormControl<number | null>(40, [Validators.required, Validators.min(0)]),
    leaders: new FormControl<'without-plan' | 'all-with-gap'>('without-plan', {
      nonNullable: true,
    }),
    weights: new FormArray<FormControl<string>>([]),
    extraOffer: new FormControl('', { nonNullable: true }),
    extraSeats: new FormControl<number | null>(5, [Validators.min(1), Validators.max(500)]),
    newOffer: new FormControl('', { nonNullable: true }),
    newStart: new FormControl('', { nonNullable: true }),
    newCapacity: new FormControl<number | null>(20, [Validators.min(1), Validators.max(500)]),
  });

  protected readonly heading = computed(() => {
    const title = this.language.t('overview.scenario.title');
    const o = this.unit.overview();
    return o ? `${title}: ${o.unit.orgUnit.name}` : title;
  });

  protected readonly competencies = computed(() => this.framework.competencies());
  /** Offers whose next session can get extra seats, and offers that can get a new session. */
  protected readonly sessionOffers = computed(() =>
    this.store.offers().filter((o) => o.nextSession),
  );
  protected readonly sessionable = computed(() => this.store.offers().filter((o) => !o.onDemand));

  protected readonly progress = computed(() => {
    const job = this.store.job();
    if (!job) return null;
    const { done, total } = job.progress;
    return { done, total, percent: total === 0 ? 100 : Math.round((done / total) * 100) };
  });

  protected readonly rows = computed(() => {
    const result = this.store.job()?.result;
    return result ? scenarioRows(result, this.language.lang()) : [];
  });

  /** How many were re-planned, or why that is not shown (it would tell about too few). */
  protected readonly summary = computed(() => {
    const result = this.store.job()?.result;
    if (!result) return '';
    const { eligible, replanned, timedOut, failed } = result;
    if (!eligible.shown) {
      const min = this.unit.overview()?.minGroupSize ?? COVERAGE_MIN_GROUP_DEFAULT;
      return this.language.t('overview.scenario.summaryHidden', {
        reason: this.language.t(REASON_KEYS[eligible.reason], { min }).toLowerCase(),
      });
    }
    const n = (v: CoverageValue) => (v.shown ? v.value : 0);
    return this.language.t('overview.scenario.summary', {
      replanned: n(replanned),
      eligible: eligible.value,
      timedOut: n(timedOut),
      failed: n(failed),
    });
  });

  protected readonly added = computed(() => {
    const added = this.store.job()?.result?.added;
    if (!added?.shown) return null;
    const lang = this.language.lang();
    return {
      money: `${formatDecimal(added.committedDkk, lang, 0)} kr.`,
      hours: `${formatDecimal(added.hours, lang, 0)} t`,
    };
  });

  protected readonly failureText = computed(() => {
    const failure = this.store.failure() ?? this.unit.failure();
    return failure ? overviewFailureText(failure, this.language) : '';
  });

  constructor() {
    // The scenario needs the unit's figures and competencies, not its trend.
    this.unit.includeTrend = false;
    this.framework.load();
    void this.store.loadOffers();
    effect(() => {
      const unitId = this.enhed() ?? null;
      untracked(() => void this.unit.load(unitId, null));
    });
    effect(() => {
      const count = this.competencies().length;
      untracked(() => {
        const weights = this.form.controls.weights;
        while (weights.length < count) weights.push(new FormControl('', { nonNullable: true }));
      });
    });
  }

  /** A figure, or why it is hidden. */
  protected cellText(figure: string | null, hidden: UiKey | null): string {
    if (figure !== null) return figure;
    const min = this.unit.overview()?.minGroupSize ?? COVERAGE_MIN_GROUP_DEFAULT;
    return hidden ? this.language.t(hidden, { min }) : '';
  }

  protected weightLabel(weight: number): string {
    return formatDecimal(weight, this.language.lang(), weight % 1 === 0 ? 0 : 1);
  }

  protected async run(): Promise<void> {
    this.form.markAllAsTouched();
    const overview = this.unit.overview();
    if (this.form.invalid || !overview || this.store.running()) return;
    const v = this.form.getRawValue();
    const extra = this.sessionOffers().find((o) => o.id === v.extraOffer);
    const weights = this.competencies()
      .map((c, i) => ({ competencyKey: c.key, weight: v.weights[i] }))
      .filter((w) => w.weight !== '')
      .map((w) => ({ competencyKey: w.competencyKey, weight: Number(w.weight) }));
    const request: CoverageScenarioRequest = {
      orgUnitId: overview.unit.orgUnit.id,
      budgetDkk: Number(v.budgetDkk),
      hours: Number(v.hours),
      leaders: v.leaders,
      ...(extra?.nextSession && v.extraSeats
        ? { extraSeats: [{ sessionId: extra.nextSession.id, seats: Number(v.extraSeats) }] }
        : {}),
      ...(v.newOffer && v.newStart && v.newCapacity
        ? {
            newSessions: [
              {
                offerId: v.newOffer,
                startDate: v.newStart,
                endDate: v.newStart,
                capacity: Number(v.newCapacity),
              },
            ],
          }
        : {}),
      ...(weights.length ? { weights } : {}),
    };
    await this.store.start(request);
  }
}
