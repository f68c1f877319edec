import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import {
  COMPETENCY_TEXTS,
  type CompetencyForm,
  type CompetencyText,
  type ItemForm,
  OPTIONAL_TEXTS,
} from './draft-form';
import { ItemList } from './item-list';
import { LocalizedField } from './localized-field';

const FIELD_LABELS: Readonly<Record<CompetencyText, UiKey>> = {
  title: 'admin.draftEditor.field.title',
  summary: 'admin.draftEditor.field.summary',
  description: 'admin.draftEditor.field.description',
  because: 'admin.draftEditor.field.because',
  frameIntro: 'admin.draftEditor.field.frameIntro',
  personalIntro: 'admin.draftEditor.field.personalIntro',
};

/**
 * One competency of the draft: its texts, its two groups of example behaviours and its
 * dogmas. The heading is the competency's name as last saved, so it does not jump while
 * the name is typed.
 */
@Component({
  selector: 'll-competency-editor',
  imports: [TranslatePipe, ItemList, LocalizedField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2
      class="competency-editor__title"
      tabindex="-1"
      [id]="'section-' + competency().controls.key.value"
    >
      {{ heading() }}
    </h2>
    <p class="competency-editor__key">
      {{ 'admin.draftEditor.key' | t: { key: competency().controls.key.value } }}
    </p>
    @for (field of fields; track field) {
      <ll-localized-field
        [text]="competency().controls[field]"
        [label]="fieldLabel(field)"
        [long]="field !== 'title'"
        [required]="!optional.has(field)"
        [hint]="field === 'because' ? ('admin.draftEditor.field.because.hint' | t) : null"
      />
    }
    @for (list of lists; track list) {
      <ll-item-list
        [items]="competency().controls[list]"
        [kind]="list"
        [heading]="listHeading(list)"
        [idBase]="competency().controls.key.value + '-' + list"
        [newKeys]="newKeys()"
      />
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .competency-editor__title {
      margin: 0;
      font: var(--mat-sys-headline-small);
      font-weight: 650;
    }

    .competency-editor__key {
      margin: 0.25rem 0 1.25rem;
      color: var(--mat-sys-on-surface-variant);
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
      font-size: 0.875rem;
    }
  `,
})
export class CompetencyEditor {
  readonly competency = input.required<CompetencyForm>();
  /** The competency's saved name in the interface language. */
  readonly heading = input.required<string>();
  readonly newKeys = input.required<ReadonlyMap<ItemForm, string>>();

  private readonly language = inject(LanguageService);
  protected readonly fields = COMPETENCY_TEXTS;
  protected readonly optional = OPTIONAL_TEXTS;
  protected readonly lists = ['frame', 'personal', 'dogmas'] as const;

  protected fieldLabel(field: CompetencyText): string {
    return this.language.t(FIELD_LABELS[field]);
  }

  protected listHeading(list: 'frame' | 'personal' | 'dogmas'): string {
    return this.language.t(`admin.draftEditor.list.${list}`);
  }
}
