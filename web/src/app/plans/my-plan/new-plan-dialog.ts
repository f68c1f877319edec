import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { PlanView } from '@lederloeft/contracts';
import { apiMessageFor, toRequestFailure } from '../../http/api-error';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PlansApi } from '../data-access/plans-api';
import { addMonthsIso, todayIso } from './proposal-logic';

export interface NewPlanData {
  leaderId: string;
}

function periodOrder(group: AbstractControl): ValidationErrors | null {
  const from = group.get('periodStart')?.value as string;
  const to = group.get('periodEnd')?.value as string;
  return from && to && to < from ? { periodOrder: true } : null;
}

/** Asks for a title and a period and creates an empty draft; closes with the new plan. */
@Component({
  selector: 'll-new-plan-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .fields {
      display: grid;
      gap: 0.75rem;
      padding-top: 0.5rem;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ 'myPlan.new.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="create()">
      <mat-dialog-content>
        <div class="fields">
          <mat-form-field>
            <mat-label>{{ 'myPlan.new.planTitle' | t }}</mat-label>
            <input matInput formControlName="title" maxlength="200" />
            @if (form.controls.title.invalid) {
              <mat-error>{{ 'myPlan.validation.required' | t }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'myPlan.new.from' | t }}</mat-label>
            <input matInput type="date" formControlName="periodStart" />
            @if (form.controls.periodStart.invalid) {
              <mat-error>{{ 'myPlan.validation.required' | t }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'myPlan.new.to' | t }}</mat-label>
            <input matInput type="date" formControlName="periodEnd" />
            @if (form.controls.periodEnd.invalid) {
              <mat-error>{{ 'myPlan.validation.required' | t }}</mat-error>
            }
          </mat-form-field>
          @if (form.errors?.['periodOrder']) {
            <p class="error" role="alert">{{ 'myPlan.validation.periodOrder' | t }}</p>
          }
          @if (failure(); as message) {
            <p class="error" role="alert" data-testid="new-plan-error">{{ message }}</p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" [mat-dialog-close]="undefined">
          {{ 'myPlan.new.cancel' | t }}
        </button>
        <button matButton="filled" type="submit" [disabled]="saving()">
          {{ (saving() ? 'myPlan.new.creating' : 'myPlan.new.create') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class NewPlanDialog {
  private readonly data = inject<NewPlanData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<NewPlanDialog, PlanView>>(MatDialogRef);
  private readonly api = inject(PlansApi);
  private readonly language = inject(LanguageService);
  private readonly today = todayIso();

  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      title: [
        this.language.t('myPlan.defaultTitle', { year: this.today.slice(0, 4) }),
        [Validators.required, Validators.pattern(/\S/)],
      ],
      periodStart: [this.today, Validators.required],
      periodEnd: [addMonthsIso(this.today, 12), Validators.required],
    },
    { validators: periodOrder },
  );

  protected create(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    const value = this.form.getRawValue();
    this.api
      .create(this.data.leaderId, {
        title: value.title.trim(),
        periodStart: value.periodStart,
        periodEnd: value.periodEnd,
        budgetDkk: null,
        hours: null,
      })
      .subscribe({
        next: (plan) => this.ref.close(plan),
        error: (error: unknown) => {
          this.saving.set(false);
          this.failure.set(
            apiMessageFor(toRequestFailure(error), this.language.lang()) ??
              this.language.t('myPlan.new.failed'),
          );
        },
      });
  }
}
