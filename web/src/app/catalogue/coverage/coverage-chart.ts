import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../i18n/translate.pipe';

export interface CoverageBar {
  key: string;
  title: string;
  strong: number;
  some: number;
  freeSeats: number;
}

/** A share of the largest value as a bar width in per cent (a bar with a value is visible). */
export function barWidth(value: number, max: number): number {
  if (max <= 0 || value <= 0) {
    return 0;
  }
  return Math.max(2, Math.round((value / max) * 1000) / 10);
}

/**
 * Bars per competency: offers with a strong effect (solid) and some effect (striped), and
 * free seats. A picture for sighted readers with the numbers beside the bars; the page's
 * table holds the same figures for everyone, so the picture is hidden from screen readers.
 */
@Component({
  selector: 'll-coverage-chart',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './coverage-chart.scss',
  template: `
    <div class="chart" aria-hidden="true" data-testid="coverage-chart">
      <p class="chart__legend">
        <span
          ><span class="chart__swatch chart__bar--strong"></span
          >{{ 'catalogue.strength.strong' | t }}</span
        >
        <span
          ><span class="chart__swatch chart__bar--some"></span
          >{{ 'catalogue.strength.some' | t }}</span
        >
        <span
          ><span class="chart__swatch chart__bar--seats"></span
          >{{ 'catalogue.coverage.freeSeats' | t }}</span
        >
      </p>
      @for (row of rows(); track row.key) {
        <div class="chart__row">
          <span class="chart__label">{{ row.title }}</span>
          <div class="chart__bars">
            <div class="chart__track">
              <span class="chart__bar chart__bar--strong" [style.width.%]="row.strongWidth"></span>
              <span class="chart__bar chart__bar--some" [style.width.%]="row.someWidth"></span>
              <span class="chart__value">
                {{ 'catalogue.coverage.offersValue' | t: { strong: row.strong, some: row.some } }}
              </span>
            </div>
            <div class="chart__track">
              <span class="chart__bar chart__bar--seats" [style.width.%]="row.seatsWidth"></span>
              <span class="chart__value">
                {{ 'catalogue.coverage.seatsValue' | t: { count: row.freeSeats } }}
              </span>
            </div>
          </div>
        </div>
      }
    </div>
  `,
})
export class CoverageChart {
  readonly bars = input.required<readonly CoverageBar[]>();

  protected readonly rows = computed(() => {
    const bars = this.bars();
    const maxOffers = Math.max(0, ...bars.map((bar) => bar.strong + bar.some));
    const maxSeats = Math.max(0, ...bars.map((bar) => bar.freeSeats));
    return bars.map((bar) => ({
      ...bar,
      // Both offer bars share one scale, and together fill at most 70 % to leave room for the figures.
      strongWidth: barWidth(bar.strong, maxOffers) * 0.7,
      someWidth: barWidth(bar.some, maxOffers) * 0.7,
      seatsWidth: barWidth(bar.freeSeats, maxSeats) * 0.7,
    }));
  });
}
