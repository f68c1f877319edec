import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { CompetencyView } from '@lederloeft/contracts';
import { GapStatusBadge } from '../../assessment/gap-profile/gap-status-badge';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { GapSummary } from '../data-access/my-team-store';

/** A report's gaps at a glance: one small indicator per competency, with its name and status. */
@Component({
  selector: 'll-gap-summary',
  imports: [TranslatePipe, GapStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (summary().status) {
      @case ('loaded') {
        <ul class="gap-summary" [attr.aria-label]="'myTeam.summary.label' | t: { name: name() }">
          @for (item of items(); track item.key) {
            <li class="gap-summary__item">
              <span class="gap-summary__title">{{ item.title }}</span>
              <ll-gap-status-badge [status]="item.status" [gap]="item.gap" />
            </li>
          }
        </ul>
      }
      @case ('none') {
        <p class="ll-meta gap-summary__note">{{ 'myTeam.summary.none' | t }}</p>
      }
      @case ('error') {
        <p class="ll-meta gap-summary__note">{{ 'myTeam.summary.error' | t }}</p>
      }
      @default {
        <p class="ll-meta gap-summary__note">{{ 'myTeam.summary.loading' | t }}</p>
      }
    }
  `,
  styles: `
    .gap-summary {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr));
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .gap-summary__item {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.25rem;
    }

    .gap-summary__title {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }

    .gap-summary__note {
      margin: 0;
    }
  `,
})
export class GapSummaryIndicators {
  readonly summary = input.required<GapSummary>();
  readonly competencies = input.required<readonly CompetencyView[]>();
  readonly name = input.required<string>();

  private readonly language = inject(LanguageService);

  protected readonly items = computed(() => {
    const summary = this.summary();
    if (summary.status !== 'loaded') {
      return [];
    }
    return summary.competencies.map((competency) => {
      const view = this.competencies().find((c) => c.key === competency.key);
      return {
        ...competency,
        title: (view && this.language.pick(view.title)) || competency.key,
      };
    });
  });
}
