import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { CompetencyProjection } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { formatDecimal } from '../../i18n/number-format';
import { TranslatePipe } from '../../i18n/translate.pipe';

/** A competency as the chart draws it. */
export interface GapChartRow {
  key: string;
  title: string;
  before: string;
  after: string;
  closure: string;
  marks: string;
  /** False when the profile has no gap for it (no target or no evidence). */
  hasData: boolean;
  /** Bar lengths in per cent of the width; null when there is no gap to draw. */
  beforeWidth: number | null;
  afterWidth: number | null;
  y: number;
}

const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 16;
const BAR_GAP = 4;
const ROW_GAP = 20;
const ROW_HEIGHT = LABEL_HEIGHT + 2 * BAR_HEIGHT + BAR_GAP + ROW_GAP;
/**
 * The longest bar's share of the width, in per cent: the rest is room for its figure. Bars
 * are drawn in per cent (no viewBox) so the text keeps its size on a narrow phone.
 */
const MAX_BAR = 55;

/**
 * Grouped horizontal bars per competency: the gap now (solid) and the expected gap after the
 * plan (striped, lighter). Both bars carry their figure as text, so neither colour nor pattern
 * alone tells them apart. The same figures are in a table below, visually hidden until
 * asked for; the SVG is an image with a title and description for screen readers.
 */
@Component({
  selector: 'll-gap-chart',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './gap-chart.scss',
  template: `
    <p class="legend" aria-hidden="true">
      <span><span class="swatch swatch--before"></span>{{ 'proposal.chart.before' | t }}</span>
      <span><span class="swatch swatch--after"></span>{{ 'proposal.chart.after' | t }}</span>
    </p>
    <svg
      class="chart"
      role="img"
      width="100%"
      [attr.height]="height()"
      [attr.aria-labelledby]="id + '-title ' + id + '-desc'"
      data-testid="gap-chart"
    >
      <title [id]="id + '-title'">{{ 'proposal.chart.title' | t }}</title>
      <desc [id]="id + '-desc'">{{ 'proposal.chart.desc' | t }}</desc>
      <defs>
        <pattern
          [id]="id + '-stripes'"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" class="after-fill" />
          <line x1="0" y1="0" x2="0" y2="8" class="after-stripe" />
        </pattern>
      </defs>
      @for (row of rows(); track row.key) {
        <g [attr.transform]="'translate(0,' + row.y + ')'">
          <text x="0" y="15" class="label">
            {{ row.title }}
            <tspan class="marks">{{ row.marks ? '  ' + row.marks : '' }}</tspan>
          </text>
          @if (row.beforeWidth === null) {
            <text x="0" [attr.y]="label + bar" class="value">
              {{ row.hasData ? ('proposal.chart.noGap' | t) : ('gapProfile.noData' | t) }}
            </text>
          } @else {
            <rect
              x="0"
              [attr.y]="label"
              [attr.width]="row.beforeWidth + '%'"
              [attr.height]="bar"
              class="bar-before"
            />
            <text [attr.x]="row.beforeWidth + '%'" dx="6" [attr.y]="label + bar - 3" class="value">
              {{ 'proposal.chart.before' | t }} {{ row.before }}
            </text>
            <rect
              x="0"
              [attr.y]="label + bar + barGap"
              [attr.width]="row.afterWidth + '%'"
              [attr.height]="bar"
              [attr.fill]="'url(#' + id + '-stripes)'"
              class="bar-after"
            />
            <text
              [attr.x]="(row.afterWidth ?? 0) + '%'"
              dx="6"
              [attr.y]="label + 2 * bar + barGap - 3"
              class="value"
            >
              {{ 'proposal.chart.after' | t }} {{ row.after }}
            </text>
          }
        </g>
      }
    </svg>
    <button
      matButton
      type="button"
      [attr.aria-expanded]="tableShown()"
      [attr.aria-controls]="id + '-table'"
      (click)="tableShown.set(!tableShown())"
    >
      {{ (tableShown() ? 'proposal.chart.hideTable' : 'proposal.chart.showTable') | t }}
    </button>
    <table
      [id]="id + '-table'"
      class="table"
      [class.ll-visually-hidden]="!tableShown()"
      data-testid="gap-table"
    >
      <caption>
        {{
          'proposal.chart.title' | t
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'proposal.chart.competency' | t }}</th>
          <th scope="col">{{ 'proposal.chart.before' | t }}</th>
          <th scope="col">{{ 'proposal.chart.closure' | t }}</th>
          <th scope="col">{{ 'proposal.chart.after' | t }}</th>
          <th scope="col">{{ 'proposal.chart.marks' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.key) {
          <tr>
            <th scope="row">{{ row.title }}</th>
            <td>{{ row.before }}</td>
            <td>{{ row.closure }}</td>
            <td>{{ row.after }}</td>
            <td>{{ row.marks }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class GapChart {
  private static next = 0;
  private readonly language = inject(LanguageService);

  readonly competencies = input.required<readonly CompetencyProjection[]>();
  /** Competency key → title in the current language. */
  readonly titles = input.required<ReadonlyMap<string, string>>();

  protected readonly id = `gap-chart-${GapChart.next++}`;
  protected readonly label = LABEL_HEIGHT;
  protected readonly bar = BAR_HEIGHT;
  protected readonly barGap = BAR_GAP;
  protected readonly tableShown = signal(false);

  protected readonly height = computed(() => Math.max(1, this.competencies().length) * ROW_HEIGHT);

  protected readonly rows = computed((): GapChartRow[] => {
    const lang = this.language.lang();
    const noData = this.language.t('gapProfile.noData');
    const list = this.competencies();
    const max = Math.max(0, ...list.map((c) => c.gapBefore ?? 0));
    const scale = (value: number) =>
      max > 0 ? Math.max(value > 0 ? 0.5 : 0, (value / max) * MAX_BAR) : 0;
    // Above the target (a negative gap) there is no gap left to show.
    const number = (value: number | null) =>
      value === null ? noData : formatDecimal(Math.max(0, value), lang);
    return list.map((c, index) => {
      const marks = [
        c.personalFocus ? `★ ${this.language.t('proposal.chart.focus')}` : '',
        c.weight !== 1
          ? this.language.t('proposal.chart.weight', { weight: formatDecimal(c.weight, lang) })
          : '',
      ]
        .filter(Boolean)
        .join(' · ');
      const drawable = c.gapBefore !== null && c.gapBefore > 0;
      return {
        key: c.competencyKey,
        title: this.titles().get(c.competencyKey) ?? c.competencyKey,
        before: number(c.gapBefore),
        after: number(c.gapAfter),
        closure: formatDecimal(c.closure, lang),
        marks,
        hasData: c.gapBefore !== null,
        beforeWidth: drawable ? scale(c.gapBefore ?? 0) : null,
        afterWidth: drawable ? scale(c.gapAfter ?? 0) : null,
        y: index * ROW_HEIGHT,
      };
    });
  });
}
