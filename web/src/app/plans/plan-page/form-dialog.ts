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
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { AdminFailure } from '../../administration/data-access/admin-failure';
import { failureMessage } from '../../administration/data-access/admin-failure';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { PlanOutcome } from './plan-page-store';

export interface FormDialogField {
  key: string;
  /** Already translated. */
  label: string;
  type: 'text' | 'textarea' | 'date' | 'number';
  required?: boolean;
  value?: string;
  hint?: string;
  /** For dates: ISO bounds. */
  min?: string;
  max?: string;
}

export interface FormDialogData {
  title: string;
  intro?: string;
  fields: FormDialogField[];
  /** The submit button's text. */
  submit: string;
  save: (values: Record<string, string>) => Promise<PlanOutcome>;
}

/**
 * A small form in a dialog (comments, evidence, reflections, follow-ups, the plan's own
 * fields): checks required fields, saves itself and stays open with the API's message
 * when the save fails; closes with true once saved.
 */
@Component({
  selector: 'll-plan-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form novalidate [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        @if (intro) {
          <p class="form-dialog__intro">{{ intro }}</p>
        }
        @if (failureText(); as text) {
          <div #alertBox class="ll-error-summary" role="alert" tabindex="-1">
            <p>
              <strong>{{ 'planPage.dialog.notSaved' | t }}</strong> {{ text }}
            </p>
            @if (failure()?.details?.length) {
              <ul>
                @for (detail of failure()?.details ?? []; track $index) {
                  <li>{{ detail.message }}</li>
                }
              </ul>
            }
          </div>
        }
        <div class="form-dialog__fields">
          @for (field of data.fields; track field.key) {
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ field.label }}</mat-label>
              @if (field.type === 'textarea') {
                <textarea
                  matInput
                  rows="4"
                  [id]="'form-dialog-' + field.key"
                  [formControlName]="field.key"
                  [required]="!!field.required"
                ></textarea>
              } @else {
                <input
                  matInput
                  autocomplete="off"
                  [id]="'form-dialog-' + field.key"
                  [type]="field.type === 'number' ? 'text' : field.type"
                  [attr.inputmode]="field.type === 'number' ? 'decimal' : null"
                  [attr.min]="field.min ?? null"
                  [attr.max]="field.max ?? null"
                  [formControlName]="field.key"
                  [required]="!!field.required"
                />
              }
              @if (field.hint) {
                <mat-hint>{{ field.hint }}</mat-hint>
              }
              <mat-error>{{ 'planPage.dialog.required' | t }}</mat-error>
            </mat-form-field>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" (click)="ref.close(false)">
          {{ 'planPage.dialog.cancel' | t }}
        </button>
        <button matButton="filled" type="submit" disabledInteractive [disabled]="saving()">
          {{ saving() ? ('planPage.saving' | t) : data.submit }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .form-dialog__fields {
      display: grid;
      gap: 1rem;
      padding-top: 0.5rem;
    }

    .form-dialog__intro {
      margin-top: 0;
    }
  `,
})
export class FormDialog {
  protected readonly data = inject<FormDialogData>(MAT_DIALOG_DATA);
  protected readonly ref = inject<MatDialogRef<FormDialog, boolean>>(MatDialogRef);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');

  protected readonly intro = this.data.intro ?? '';
  protected readonly form = new FormGroup(
    Object.fromEntries(
      this.data.fields.map((field) => [
        field.key,
        new FormControl(field.value ?? '', {
          nonNullable: true,
          validators: field.required ? [Validators.required, blankRefused] : [],
        }),
      ]),
    ),
  );
  protected readonly saving = signal(false);
  protected readonly failure = signal<AdminFailure | null>(null);
  protected readonly failureText = computed(() => {
    const failure = this.failure();
    return failure ? failureMessage(failure, this.language) : null;
  });

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.saving() || this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    const outcome = await this.data.save(this.form.getRawValue());
    this.saving.set(false);
    if (outcome.ok || outcome.stale) {
      // A stale plan has been reloaded under the dialog: the page says what happened.
      this.ref.close(outcome.ok);
      return;
    }
    this.failure.set(outcome.failure);
    afterNextRender(() => this.alertBox()?.nativeElement.focus(), { injector: this.injector });
  }

  private focusFirstInvalid(): void {
    const first = this.data.fields.find((f) => this.form.controls[f.key].invalid);
    if (first) {
      document.getElementById(`form-dialog-${first.key}`)?.focus();
    }
  }
}

/** A required text of only spaces is as empty as no text. */
function blankRefused(control: AbstractControl): ValidationErrors | null {
  return String(control.value ?? '').trim() === '' ? { required: true } : null;
}
