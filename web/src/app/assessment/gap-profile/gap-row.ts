import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { AssessmentSource, CompetencyGapView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { formatDecimal } from '../../i18n/number-format';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { BehaviourTable } from './behaviour-table';
import { type GapSubject, blindSpotText } from './gap-format';
import { type ChartScale, GapLevels } from './gap-levels';
import { GapStatusBadge } from './gap-status-badge';

/** One competency of the gap profile: title and status, the chart, blind spot, evidence, behaviours. */
@Component({
  selector: 'll-gap-row',
  imports: [TranslatePipe, BehaviourTable, GapLevels, GapStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './gap-row.html',
  styleUrl: './gap-row.scss',
})
export class GapRow {
  readonly competency = input.required<CompetencyGapView>();
  readonly title = input.required<string>();
  readonly behaviourTexts = input.required<ReadonlyMap<string, string>>();
  readonly sources = input.required<readonly AssessmentSource[]>();
  readonly scale = input.required<ChartScale>();
  readonly subject = input<GapSubject>('self');

  private readonly language = inject(LanguageService);

  protected readonly headingId = computed(() => `gap-${this.competency().key}`);
  protected readonly target = computed(() => {
    const target = this.competency().target;
    return target === null
      ? this.language.t('gapProfile.noTarget')
      : this.language.t('gapProfile.target', {
          level: formatDecimal(target, this.language.lang()),
        });
  });
  protected readonly blindSpot = computed(() => {
    const blindSpot = this.competency().blindSpot;
    return blindSpot ? blindSpotText(blindSpot, this.subject(), this.language) : null;
  });
  protected readonly evidence = computed(() => {
    const { sources, ratings } = this.competency().evidence;
    return this.language.t('gapProfile.evidence', {
      sources: this.language.t('gapProfile.evidence.sources', { count: sources.length }),
      ratings: this.language.t('gapProfile.evidence.ratings', { count: ratings }),
    });
  });
}
