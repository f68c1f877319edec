import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AssessmentSource, CompetencyGapView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { SOURCE_NAMES, levelText, sourceText } from './gap-format';
import { SourceMark } from './source-mark';

/** The scale the chart spans, e.g. 1 to 5. */
export interface ChartScale {
  min: number;
  max: number;
}

interface SourceRow {
  source: AssessmentSource;
  name: string;
  /** Position on the track in %, or null when withheld or absent. */
  x: number | null;
  text: string;
}

/**
 * One competency as a small chart that is also a table: a row for the combined level (a bar)
 * and one per source (a marker), the target as a dashed line through every row, and the
 * numbers beside. Screen readers read the table; the tracks are decoration.
 */
@Component({
  selector: 'll-gap-levels',
  imports: [TranslatePipe, SourceMark],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './gap-levels.html',
  styleUrl: './gap-levels.scss',
})
export class GapLevels {
  readonly competency = input.required<CompetencyGapView>();
  readonly title = input.required<string>();
  readonly sources = input.required<readonly AssessmentSource[]>();
  readonly scale = input.required<ChartScale>();

  private readonly language = inject(LanguageService);

  protected readonly ticks = computed(() => {
    const { min, max } = this.scale();
    const ticks: { value: number; x: number }[] = [];
    for (let value = Math.ceil(min); value <= max; value++) {
      ticks.push({ value, x: this.x(value) ?? 0 });
    }
    return ticks;
  });
  /** How many gaps between ticks the gridlines divide the track into. */
  protected readonly steps = computed(() => Math.max(1, this.ticks().length - 1));
  protected readonly combinedX = computed(() => this.x(this.competency().combined));
  protected readonly combinedText = computed(() =>
    levelText(this.competency().combined, this.language),
  );
  protected readonly targetX = computed(() => this.x(this.competency().target));
  protected readonly rows = computed<SourceRow[]>(() =>
    this.sources().map((source) => {
      const view = this.competency().observed[source];
      return {
        source,
        name: this.language.t(SOURCE_NAMES[source]),
        x: view && 'level' in view ? this.x(view.level) : null,
        text: sourceText(view, this.language),
      };
    }),
  );

  /** A level's position on the track, clamped to the scale, in %. */
  private x(level: number | null | undefined): number | null {
    if (level === null || level === undefined) {
      return null;
    }
    const { min, max } = this.scale();
    const share = max > min ? (level - min) / (max - min) : 0;
    return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
  }
}
