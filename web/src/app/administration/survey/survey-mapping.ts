import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { CompetencyView, SurveyItemView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { failureMessage } from '../data-access/admin-failure';
import { SurveyStore } from '../data-access/survey-store';

/** A choice in an item's select: a competency of the edition in force, or one it no longer has. */
interface CompetencyOption {
  key: string;
  label: string;
}

/**
 * The survey items and the competency each is evidence for: one select per item, saved as
 * soon as it changes; the API then recomputes the survey results, which the row confirms.
 */
@Component({
  selector: 'll-survey-mapping',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../admin-table.scss', './survey-mapping.scss'],
  templateUrl: './survey-mapping.html',
})
export class SurveyMapping {
  readonly competencies = input.required<readonly CompetencyView[]>();

  protected readonly store = inject(SurveyStore);
  private readonly language = inject(LanguageService);

  /** What the last save did, for screen readers (the row shows it too). */
  protected readonly announcement = signal('');

  /** Each item's choices: the current competencies, plus a key from an older edition it has. */
  protected readonly options = computed(() => {
    const current: CompetencyOption[] = this.competencies().map((competency) => ({
      key: competency.key,
      label: this.language.pick(competency.title),
    }));
    const byItem = new Map<string, CompetencyOption[]>();
    for (const item of this.store.items()) {
      const key = item.competencyKey;
      byItem.set(
        item.code,
        key === null || current.some((option) => option.key === key)
          ? current
          : [...current, { key, label: key }],
      );
    }
    return byItem;
  });

  protected readonly countText = computed(() => {
    const total = this.store.items().length;
    const unmapped = this.store.unmappedCount();
    return unmapped
      ? this.language.t('admin.survey.mapping.unmappedCount', { count: unmapped, total })
      : this.language.t('admin.survey.mapping.allMapped', { count: total, total });
  });

  protected failureText(code: string): string {
    const state = this.store.mapping()[code];
    return state?.kind === 'failed' ? failureMessage(state.failure, this.language) : '';
  }

  protected async choose(item: SurveyItemView, select: HTMLSelectElement): Promise<void> {
    const competencyKey = select.value || null;
    if (competencyKey === item.competencyKey) {
      return;
    }
    this.announcement.set('');
    const saved = await this.store.map(item.code, competencyKey);
    if (!saved) {
      // The select shows what is stored, not the choice the API refused.
      select.value = this.store.items().find((i) => i.code === item.code)?.competencyKey ?? '';
      return;
    }
    const competency = this.options()
      .get(item.code)
      ?.find((option) => option.key === competencyKey);
    this.announcement.set(
      competency
        ? this.language.t('admin.survey.mapping.savedTo', {
            code: item.code,
            competency: competency.label,
          })
        : this.language.t('admin.survey.mapping.savedNone', { code: item.code }),
    );
  }
}
