import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { LeaderView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { leaderLevelKey } from '../../i18n/leader-level';
import { formatLongDate } from '../../i18n/translate';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';

/** The leader's facts from HR: title, level, unit, manager and start date. */
@Component({
  selector: 'll-leader-facts-card',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './leader-facts-card.scss',
  template: `
    @let l = leader();
    <section class="ll-card leader-facts" data-testid="leader-facts" aria-labelledby="facts-title">
      <h2 id="facts-title" class="leader-facts__title">{{ titleKey() | t }}</h2>
      <p class="leader-facts__name">{{ l.name }}</p>
      <dl class="leader-facts__list">
        <div>
          <dt>{{ 'leaderFacts.jobTitle' | t }}</dt>
          <dd>{{ l.title || ('leaderFacts.notRecorded' | t) }}</dd>
        </div>
        <div>
          <dt>{{ 'leaderFacts.level' | t }}</dt>
          <dd>{{ levelName() }}</dd>
        </div>
        <div>
          <dt>{{ 'leaderFacts.orgUnit' | t }}</dt>
          <dd>{{ l.orgUnit.name }}</dd>
        </div>
        <div>
          <dt>{{ 'leaderFacts.manager' | t }}</dt>
          <dd>{{ l.manager?.name ?? ('leaderFacts.none' | t) }}</dd>
        </div>
        <div>
          <dt>{{ 'leaderFacts.startDate' | t }}</dt>
          <dd>{{ startDate() ?? ('leaderFacts.notRecorded' | t) }}</dd>
        </div>
      </dl>
      <p class="ll-meta">{{ 'leaderFacts.source' | t }}</p>
    </section>
  `,
})
export class LeaderFactsCard {
  readonly leader = input.required<LeaderView>();
  /** "Dine oplysninger" on the leader's own page; another heading when a manager looks. */
  readonly titleKey = input<UiKey>('leaderFacts.title');

  private readonly language = inject(LanguageService);

  protected readonly levelName = computed(() => {
    const levelKey = this.leader().levelKey;
    const key = leaderLevelKey(levelKey);
    return key ? this.language.t(key) : levelKey;
  });

  /** "1. marts 2019": a date-only value, shown like the framework's publication date. */
  protected readonly startDate = computed(() => {
    const startDate = this.leader().startDate;
    return startDate ? formatLongDate(startDate, this.language.lang()) : null;
  });
}
