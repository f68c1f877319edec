import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import type { AdminFailure } from '../data-access/admin-failure';
import { markServerErrors } from '../layout/form-problem';

export interface UnitFields {
  name: string;
  externalId: string | null;
}

function notBlank(control: AbstractControl<string>): { required: true } | null {
  return control.value.trim() ? null : { required: true };
}

/** A unit's name and Enhed-ID: to rename a unit, or to name a new one. */
@Component({
  selector: 'll-unit-fields-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../accounts/account-form.scss',
  template: `
    <form class="account-form" novalidate [formGroup]="form" (ngSubmit)="submit()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.orgUnits.field.name' | t }}</mat-label>
        <input
          matInput
          required
          autocomplete="off"
          [id]="idPrefix() + '-name'"
          formControlName="name"
        />
        <mat-error>{{
          form.controls.name.errors?.['server'] ?? ('admin.orgUnits.field.nameRequired' | t)
        }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.orgUnits.field.externalId' | t }}</mat-label>
        <input
          matInput
          autocomplete="off"
          [id]="idPrefix() + '-external-id'"
          formControlName="externalId"
        />
        <mat-hint>{{ 'admin.orgUnits.field.externalIdHint' | t }}</mat-hint>
        <mat-error>{{ form.controls.externalId.errors?.['server'] }}</mat-error>
      </mat-form-field>
      <div class="account-form__actions">
        <button matButton="filled" type="submit" disabledInteractive [disabled]="busy()">
          {{ submitLabel() | t }}
        </button>
      </div>
    </form>
  `,
})
export class UnitFieldsForm {
  /** Makes the ids unique when the page shows more than one form. */
  readonly idPrefix = input.required<string>();
  readonly submitLabel = input.required<UiKey>();
  readonly initial = input<UnitFields>({ name: '', externalId: null });
  readonly busy = input(false);
  readonly saved = output<UnitFields>();

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [notBlank] }),
    externalId: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => this.reset(this.initial()));
  }

  /** Shows the API's problems next to the fields. */
  showFailure(failure: AdminFailure): void {
    markServerErrors(failure, this.form.controls);
  }

  reset(fields: UnitFields = this.initial()): void {
    this.form.reset({ name: fields.name, externalId: fields.externalId ?? '' });
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.busy() || this.form.invalid) {
      return;
    }
    const { name, externalId } = this.form.getRawValue();
    this.saved.emit({ name: name.trim(), externalId: externalId.trim() || null });
  }
}
