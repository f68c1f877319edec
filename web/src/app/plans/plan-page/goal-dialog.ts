import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { CompetencyView, SmartGoalFields, SmartGoalView } from '@lederloeft/contracts';
import { type AdminFailure, failureMessage } from '../../administration/data-access/admin-failure';
import { formatDate } from '../../catalogue/data-access/offer-format';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { PlanOutcome } from './plan-page-store';

export interface GoalDialogData {
  periodStart: string;
  periodEnd: string;
  /** The goal to change, or null for a new one. */
  goal: SmartGoalView | null;
  competencies: readonly CompetencyView[];
  /** For a new goal: the competency chosen first (one still without a goal). */
  suggested: string | null;
  save: (fields: SmartGoalFields) => Promise<PlanOutcome>;
}

/** Adds or changes a SMART goal: what, how it is seen, by when, and the behaviours it targets. */
@Component({
  selector: 'll-plan-goal-dialog',
  imports: [
    MatButton,
    MatCheckbox,
    MatDialogActions,
    MatDialogContent,
    MatDialogTitle,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ (data.goal ? 'planPage.goalDialog.editTitle' : 'planPage.goalDialog.addTitle') | t }}
    </h2>
    <form novalidate (submit)="$event.preventDefault(); submit()">
      <mat-dialog-content>
        @if (problem(); as text) {
          <div #alertBox class="ll-error-summary" role="alert" tabindex="-1">
            <p>
              <strong>{{ 'planPage.dialog.notSaved' | t }}</strong> {{ text }}
            </p>
            @if (details().length) {
              <ul>
                @for (detail of details(); track $index) {
                  <li>{{ detail.message }}</li>
                }
              </ul>
            }
          </div>
        }
        <div class="goal-dialog__fields">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'planPage.itemDialog.competency' | t }}</mat-label>
            <select
              matNativeControl
              id="goal-competency"
              [value]="competencyKey()"
              (change)="pickCompetency($any($event.target).value)"
            >
              @for (competency of data.competencies; track competency.key) {
                <option [value]="competency.key" [selected]="competency.key === competencyKey()">
                  {{ language.pick(competency.title) }}
                </option>
              }
            </select>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'planPage.goals.what' | t }}</mat-label>
            <textarea
              matInput
              id="goal-what"
              rows="3"
              required
              [value]="what()"
              (input)="what.set($any($event.target).value)"
            ></textarea>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'planPage.goals.measure' | t }}</mat-label>
            <textarea
              matInput
              id="goal-measure"
              rows="3"
              required
              [value]="measure()"
              (input)="measure.set($any($event.target).value)"
            ></textarea>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'planPage.goals.byDate' | t }}</mat-label>
            <input
              matInput
              id="goal-date"
              type="date"
              required
              [attr.min]="data.periodStart"
              [attr.max]="data.periodEnd"
              [value]="byDate()"
              (input)="byDate.set($any($event.target).value)"
            />
            <mat-hint>{{ 'planPage.goalDialog.byDateHint' | t: period }}</mat-hint>
          </mat-form-field>
          <fieldset class="goal-dialog__behaviours">
            <legend>{{ 'planPage.goalDialog.behavioursLegend' | t }}</legend>
            @for (behaviour of behaviours(); track behaviour.key) {
              <mat-checkbox
                [checked]="behaviourKeys().includes(behaviour.key)"
                (change)="toggle(behaviour.key, $event.checked)"
                >{{ language.pick(behaviour.text) }}</mat-checkbox
              >
            }
          </fieldset>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" (click)="ref.close(false)">
          {{ 'planPage.dialog.cancel' | t }}
        </button>
        <button matButton="filled" type="submit" disabledInteractive [disabled]="saving()">
          {{ (saving() ? 'planPage.saving' : 'planPage.dialog.save') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .goal-dialog__fields {
      display: grid;
      gap: 1rem;
      padding-top: 0.5rem;
    }

    .goal-dialog__behaviours {
      display: flex;
      flex-direction: column;
      border: 0;
      margin: 0;
      padding: 0;

      legend {
        font: var(--mat-sys-title-small);
        margin-bottom: 0.25rem;
      }
    }
  `,
})
export class GoalDialog {
  protected readonly data = inject<GoalDialogData>(MAT_DIALOG_DATA);
  protected readonly ref = inject<MatDialogRef<GoalDialog, boolean>>(MatDialogRef);
  protected readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');

  protected readonly period = {
    from: formatDate(this.data.periodStart),
    to: formatDate(this.data.periodEnd),
  };
  protected readonly competencyKey = signal(
    this.data.goal?.competencyKey ?? this.data.suggested ?? this.data.competencies[0]?.key ?? '',
  );
  protected readonly what = signal(this.data.goal?.what ?? '');
  protected readonly measure = signal(this.data.goal?.measure ?? '');
  protected readonly byDate = signal(this.data.goal?.byDate ?? this.data.periodEnd);
  protected readonly behaviourKeys = signal<string[]>(this.data.goal?.behaviourKeys ?? []);
  protected readonly behaviours = computed(
    () => this.data.competencies.find((c) => c.key === this.competencyKey())?.behaviours ?? [],
  );
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly failure = signal<AdminFailure | null>(null);
  protected readonly details = computed(() => this.failure()?.details ?? []);

  protected pickCompetency(key: string): void {
    this.competencyKey.set(key);
    this.behaviourKeys.set([]);
  }

  protected toggle(key: string, checked: boolean): void {
    this.behaviourKeys.update((keys) => (checked ? [...keys, key] : keys.filter((k) => k !== key)));
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    this.failure.set(null);
    const what = this.what().trim();
    const measure = this.measure().trim();
    const byDate = this.byDate();
    if (!what || !measure || !byDate) {
      return this.show(this.language.t('planPage.dialog.required') + ': ' + this.missing());
    }
    if (byDate < this.data.periodStart || byDate > this.data.periodEnd) {
      return this.show(this.language.t('planPage.goalDialog.dateOutside'));
    }
    if (!this.behaviourKeys().length) {
      return this.show(this.language.t('planPage.goalDialog.pickBehaviour'));
    }
    this.problem.set(null);
    this.saving.set(true);
    const outcome = await this.data.save({
      competencyKey: this.competencyKey(),
      what,
      measure,
      byDate,
      behaviourKeys: this.behaviourKeys(),
    });
    this.saving.set(false);
    if (outcome.ok || outcome.stale) {
      this.ref.close(outcome.ok);
      return;
    }
    this.failure.set(outcome.failure);
    this.show(failureMessage(outcome.failure, this.language));
  }

  private missing(): string {
    return [
      !this.what().trim() ? this.language.t('planPage.goals.what') : null,
      !this.measure().trim() ? this.language.t('planPage.goals.measure') : null,
      !this.byDate() ? this.language.t('planPage.goals.byDate') : null,
    ]
      .filter((x) => x)
      .join(', ');
  }

  private show(text: string): void {
    this.problem.set(text);
    afterNextRender(() => this.alertBox()?.nativeElement.focus(), { injector: this.injector });
  }
}
