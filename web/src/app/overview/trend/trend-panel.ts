import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { CoverageTrend, CoverageValue } from '@lederloeft/contracts';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { REASON_KEYS, changeText, valueText } from '../heatmap/cell-display';
import { trendChartOptions } from './trend-options';

interface TrendCell {
  text: string;
  hidden: UiKey | null;
}

/**
 * The trend of the shown unit: a line chart of the share meeting target per round (ECharts,
 * hidden from screen readers) and the same figures as a table, with the change between
 * rounds and why a change is hidden.
 */
@Component({
  selector: 'll-trend-panel',
  imports: [NgxEchartsDirective, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trend-panel.html',
  styleUrls: ['../../administration/admin-table.scss', './trend-panel.scss'],
})
export class TrendPanel {
  readonly trend = input<CoverageTrend | null>(null);
  readonly status = input.required<'idle' | 'loading' | 'loaded' | 'error'>();
  readonly unitId = input.required<string>();
  private readonly language = inject(LanguageService);

  protected readonly options = computed(() => {
    const trend = this.trend();
    return trend
      ? trendChartOptions(trend, this.language.lang(), this.language.t('overview.heatmap.all'))
      : null;
  });

  /** One row per competency (and all) of the unit itself: each round, and the change. */
  protected readonly rows = computed(() => {
    const trend = this.trend();
    if (!trend) return [];
    const lang = this.language.lang();
    const value = (v: CoverageValue): TrendCell =>
      v.shown
        ? { text: valueText('met', v.value, lang), hidden: null }
        : { text: '', hidden: REASON_KEYS[v.reason] };
    return trend.series
      .filter((s) => s.row.kind === 'unit' && s.row.orgUnit.id === trend.orgUnit.id)
      .map((s) => {
        const last = s.points[s.points.length - 1];
        const change: TrendCell | null = last?.change
          ? last.change.shown
            ? { text: changeText(last.change.value, lang), hidden: null }
            : { text: '', hidden: REASON_KEYS[last.change.reason] }
          : null;
        return {
          key: s.competencyKey ?? '*',
          title:
            s.competencyKey === null
              ? this.language.t('overview.heatmap.all')
              : this.language.pick(
                  trend.competencies.find((c) => c.key === s.competencyKey)?.title,
                ),
          points: s.points.map((p) => value(p.met)),
          change,
        };
      });
  });
}
