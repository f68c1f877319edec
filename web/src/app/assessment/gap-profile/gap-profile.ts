import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  ASSESSMENT_SOURCES,
  type CompetencyView,
  type GapProfileView,
} from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { type GapSubject, SOURCE_NAMES } from './gap-format';
import type { ChartScale } from './gap-levels';
import { GapRow } from './gap-row';
import { SourceMark } from './source-mark';

/**
 * A leader's gap profile: a legend, then one chart per competency on the same scale, so the
 * competencies can be compared at a glance. Texts come from the framework by key; a key
 * without a text is shown as it is. Presentational: inputs only.
 */
@Component({
  selector: 'll-gap-profile',
  imports: [TranslatePipe, GapRow, SourceMark],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './gap-profile.html',
  styleUrl: './gap-profile.scss',
})
export class GapProfile {
  readonly profile = input.required<GapProfileView>();
  /** The framework's competencies, for the titles and behaviour texts. */
  readonly competencies = input.required<readonly CompetencyView[]>();
  readonly subject = input<GapSubject>('self');

  private readonly language = inject(LanguageService);

  protected readonly sources = computed(() =>
    ASSESSMENT_SOURCES.filter((source) => this.profile().round.sources.includes(source)),
  );
  protected readonly legend = computed(() =>
    this.sources().map((source) => ({ source, name: this.language.t(SOURCE_NAMES[source]) })),
  );
  protected readonly scale = computed<ChartScale>(() => {
    const values = this.profile().round.scale.map((point) => point.value);
    return values.length
      ? { min: Math.min(...values), max: Math.max(...values) }
      : { min: 1, max: 5 };
  });
  protected readonly scaleNote = computed(() => {
    const points = [...this.profile().round.scale].sort((a, b) => a.value - b.value);
    const first = points[0];
    const last = points[points.length - 1];
    return first && last
      ? this.language.t('gapProfile.scale', {
          min: first.value,
          minLabel: this.language.pick(first.label),
          max: last.value,
          maxLabel: this.language.pick(last.label),
        })
      : '';
  });
  private readonly titles = computed(
    () =>
      new Map(
        this.competencies().map((competency) => [
          competency.key,
          this.language.pick(competency.title),
        ]),
      ),
  );
  protected readonly behaviourTexts = computed(
    () =>
      new Map(
        this.competencies().flatMap((competency) =>
          competency.behaviours.map((b) => [b.key, this.language.pick(b.text)] as const),
        ),
      ),
  );
  protected readonly rows = computed(() =>
    this.profile().competencies.map((competency) => ({
      competency,
      title: this.titles().get(competency.key) || competency.key,
    })),
  );
}
