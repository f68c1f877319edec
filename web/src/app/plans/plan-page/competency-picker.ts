import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import type { CompetencyView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';

/**
 * Checkboxes for the competencies an item works on, and under each chosen one its example
 * behaviours. Unchecking a competency drops its behaviours too.
 */
@Component({
  selector: 'll-competency-picker',
  imports: [MatCheckbox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="picker">
      <legend class="picker__legend">{{ legend() }}</legend>
      @for (competency of competencies(); track competency.key) {
        <div class="picker__competency">
          <mat-checkbox
            [checked]="competencyKeys().includes(competency.key)"
            (change)="toggleCompetency(competency, $event.checked)"
            >{{ language.pick(competency.title) }}</mat-checkbox
          >
          @if (competencyKeys().includes(competency.key)) {
            <ul class="picker__behaviours" [attr.aria-label]="language.pick(competency.title)">
              @for (behaviour of competency.behaviours; track behaviour.key) {
                <li>
                  <mat-checkbox
                    [checked]="behaviourKeys().includes(behaviour.key)"
                    (change)="toggleBehaviour(behaviour.key, $event.checked)"
                    >{{ language.pick(behaviour.text) }}</mat-checkbox
                  >
                </li>
              }
            </ul>
          }
        </div>
      }
    </fieldset>
  `,
  styles: `
    .picker {
      border: 0;
      margin: 0;
      padding: 0;
    }

    .picker__legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 0.25rem;
    }

    .picker__behaviours {
      list-style: none;
      margin: 0 0 0.5rem;
      padding-left: 2rem;
    }
  `,
})
export class CompetencyPicker {
  readonly competencies = input.required<readonly CompetencyView[]>();
  readonly legend = input.required<string>();
  readonly competencyKeys = model.required<string[]>();
  readonly behaviourKeys = model.required<string[]>();

  protected readonly language = inject(LanguageService);

  protected toggleCompetency(competency: CompetencyView, checked: boolean): void {
    if (checked) {
      this.competencyKeys.update((keys) => [...keys, competency.key]);
      return;
    }
    const own = new Set(competency.behaviours.map((b) => b.key));
    this.competencyKeys.update((keys) => keys.filter((k) => k !== competency.key));
    this.behaviourKeys.update((keys) => keys.filter((k) => !own.has(k)));
  }

  protected toggleBehaviour(key: string, checked: boolean): void {
    this.behaviourKeys.update((keys) => (checked ? [...keys, key] : keys.filter((k) => k !== key)));
  }
}
