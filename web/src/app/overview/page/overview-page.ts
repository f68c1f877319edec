import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { COVERAGE_MEASURES, type CoverageMeasure } from '@lederloeft/contracts';
import { AuthStore } from '../../auth/data-access/auth-store';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { DEMAND_READERS, SCENARIO_USERS, holdsOneOf } from '../access/overview-access';
import { coverageFileUrl } from '../data-access/overview-api';
import { overviewFailureText } from '../data-access/overview-failure';
import { OverviewStore } from '../data-access/overview-store';
import { HeatmapTable } from '../heatmap/heatmap-table';
import { BudgetTable } from './budget-table';
import { TargetsPanel } from '../targets/targets-panel';
import { TrendPanel } from '../trend/trend-panel';

export const MEASURE_KEYS: Record<CoverageMeasure, UiKey> = {
  met: 'overview.measure.met',
  projected: 'overview.measure.projected',
  planned: 'overview.measure.planned',
  gap: 'overview.measure.gap',
};

const EXPLAIN_KEYS: Record<CoverageMeasure, UiKey> = {
  met: 'overview.explain.met',
  projected: 'overview.explain.projected',
  planned: 'overview.explain.planned',
  gap: 'overview.explain.gap',
};

const isMeasure = (value: string | undefined): value is CoverageMeasure =>
  (COVERAGE_MEASURES as readonly string[]).includes(value ?? '');

/**
 * "Overblik": where the leaders of a unit stand against their targets, per sub-unit and
 * competency, what the plans will change and cost, the trend since last round and the
 * director's targets. The unit, the round and the measure are in the address
 * (?enhed=&runde=&maal=), so drill-down, the breadcrumb and Back all work.
 */
@Component({
  selector: 'll-overview-page',
  imports: [
    MatButton,
    MatProgressSpinner,
    RouterLink,
    TranslatePipe,
    HeatmapTable,
    BudgetTable,
    TargetsPanel,
    TrendPanel,
  ],
  providers: [OverviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
})
export class OverviewPage {
  /** Query parameters (router input binding). */
  readonly enhed = input<string>();
  readonly runde = input<string>();
  readonly maal = input<string>();

  protected readonly store = inject(OverviewStore);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService);

  protected readonly measures = COVERAGE_MEASURES;
  protected readonly measureKeys = MEASURE_KEYS;
  protected readonly explainKeys = EXPLAIN_KEYS;
  protected readonly measure = computed<CoverageMeasure>(() => {
    const asked = this.maal();
    return isMeasure(asked) ? asked : 'met';
  });

  protected readonly canScenario = computed(() =>
    holdsOneOf(this.auth.me()?.roles, SCENARIO_USERS),
  );
  protected readonly canDemand = computed(() => holdsOneOf(this.auth.me()?.roles, DEMAND_READERS));

  protected readonly heading = computed(() => {
    const title = this.language.t('overview.title');
    const o = this.store.overview();
    return o ? `${title}: ${o.unit.orgUnit.name}` : title;
  });

  protected readonly caption = computed(() => {
    const o = this.store.overview();
    if (!o) return '';
    return this.language.t('overview.heatmap.caption', {
      measure: this.language.t(MEASURE_KEYS[this.measure()]),
      unit: o.unit.orgUnit.name,
      round: o.round.name,
    });
  });

  protected readonly files = computed(() => {
    const o = this.store.overview();
    if (!o) return null;
    const round = o.round.id === o.rounds[0]?.id ? null : o.round.id;
    return {
      xlsx: coverageFileUrl('xlsx', o.unit.orgUnit.id, round),
      pdf: coverageFileUrl('pdf', o.unit.orgUnit.id, round),
    };
  });

  protected readonly failureText = computed(() => {
    const failure = this.store.failure();
    return failure ? overviewFailureText(failure, this.language) : '';
  });

  constructor() {
    effect(() => {
      const unit = this.enhed() ?? null;
      const round = this.runde() ?? null;
      untracked(() => void this.store.load(unit, round));
    });
  }

  protected chooseMeasure(measure: CoverageMeasure): void {
    void this.router.navigate([], {
      queryParams: { maal: measure === 'met' ? null : measure },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected chooseRound(roundId: string): void {
    const newest = this.store.overview()?.rounds[0]?.id;
    void this.router.navigate([], {
      queryParams: { runde: roundId === newest ? null : roundId },
      queryParamsHandling: 'merge',
    });
  }

  protected retry(): void {
    void this.store.load(this.enhed() ?? null, this.runde() ?? null);
  }
}
