import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { NgxEchartsDirective } from 'ngx-echarts';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { shortDate } from '../data-access/dates';
import { DemandStore } from '../data-access/demand-store';
import { overviewFailureText } from '../data-access/overview-failure';
import { countCell, unmetRows } from './demand-rows';

/**
 * "Efterspørgsel" (HR, administrators): leaders below target per competency and behaviour
 * against the catalogue's offers and free seats in the next 12 months, the sessions most
 * asked for, and the unmet demand, largest first, each with a link that opens the offer
 * editor prefilled with the competency and behaviour.
 */
@Component({
  selector: 'll-demand-page',
  imports: [MatButton, MatProgressSpinner, RouterLink, NgxEchartsDirective, TranslatePipe],
  providers: [DemandStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './demand-page.html',
  styleUrls: ['../../administration/admin-table.scss', './demand-page.scss'],
})
export class DemandPage {
  protected readonly store = inject(DemandStore);
  protected readonly framework = inject(FrameworkStore);
  private readonly language = inject(LanguageService);

  protected readonly ready = computed(() => {
    if (this.store.status() === 'error' || this.framework.status() === 'error') return 'error';
    return this.store.status() === 'loaded' && this.framework.status() === 'loaded'
      ? 'loaded'
      : 'loading';
  });

  protected readonly window = computed(() => {
    const d = this.store.demand();
    return d ? { from: shortDate(d.from), to: shortDate(d.to) } : null;
  });

  protected readonly unmet = computed(() => {
    const d = this.store.demand();
    return d ? unmetRows(d, this.framework.competencies(), this.language.lang()) : [];
  });

  protected readonly competencies = computed(() => {
    const d = this.store.demand();
    if (!d) return [];
    return d.competencies.map((c) => ({
      ...c,
      title:
        this.language.pick(this.framework.competency(c.competencyKey)?.title) || c.competencyKey,
      demandCell: countCell(c.demand),
    }));
  });

  protected readonly sessions = computed(() =>
    (this.store.demand()?.sessions ?? []).slice(0, 15).map((s) => ({
      ...s,
      when:
        s.startDate === s.endDate
          ? shortDate(s.startDate)
          : `${shortDate(s.startDate)} – ${shortDate(s.endDate)}`,
    })),
  );

  /** Leaders below target beside the free seats, per competency (the table has the figures). */
  protected readonly chart = computed(() => {
    const rows = this.competencies();
    if (rows.length === 0) return null;
    return {
      animation: false,
      grid: { left: 48, right: 16, top: 40, bottom: 64 },
      legend: { top: 0 },
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.title),
        axisLabel: { interval: 0, width: 120, overflow: 'break', lineHeight: 16, margin: 10 },
      },
      yAxis: { type: 'value' },
      series: [
        {
          type: 'bar',
          name: this.language.t('overview.demand.leadersBelow'),
          itemStyle: {
            color: '#7a4a86',
            decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [4, 3], rotation: -0.8 },
          },
          data: rows.map((r) => (r.demand.shown ? r.demand.value : null)),
        },
        {
          type: 'bar',
          name: this.language.t('overview.demand.freeSeats'),
          itemStyle: { color: '#1d5b79' },
          data: rows.map((r) => r.freeSeats),
        },
      ],
    };
  });

  protected readonly failureText = computed(() => {
    const failure = this.store.failure();
    return failure ? overviewFailureText(failure, this.language) : '';
  });

  constructor() {
    this.framework.load();
    void this.store.load();
  }

  protected retry(): void {
    if (this.framework.status() !== 'loaded') this.framework.retry();
    void this.store.load();
  }
}
