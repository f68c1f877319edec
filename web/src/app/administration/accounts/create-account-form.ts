import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { CreateAccountRequest } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UnitOption } from '../interpretations/unit-scope';
import { MIN_PASSWORD_LENGTH } from './password-fields';
import { RolesFieldset } from './roles-fieldset';
import { grantedRolesOf, rolesForm } from './roles-form';

function notBlank(control: AbstractControl<string>): { required: true } | null {
  return control.value.trim() ? null : { required: true };
}

/** "Opret konto": a staff account with granted roles; leader accounts are not made here. */
@Component({
  selector: 'll-create-account-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslatePipe,
    RolesFieldset,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './account-form.scss',
  template: `
    <form class="account-form" novalidate [formGroup]="form" (ngSubmit)="submit()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.accounts.create.name' | t }}</mat-label>
        <input matInput required id="create-name" autocomplete="off" formControlName="name" />
        <mat-error>{{ 'admin.accounts.create.nameRequired' | t }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.accounts.create.email' | t }}</mat-label>
        <input
          matInput
          required
          type="email"
          id="create-email"
          autocomplete="off"
          formControlName="email"
        />
        <mat-hint>{{ 'admin.accounts.create.emailHint' | t }}</mat-hint>
        <mat-error>{{ 'admin.accounts.create.emailInvalid' | t }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.accounts.create.password' | t }}</mat-label>
        <input
          matInput
          required
          type="password"
          id="create-password"
          autocomplete="new-password"
          formControlName="password"
        />
        <mat-hint>{{ 'admin.accounts.create.passwordHint' | t: { min } }}</mat-hint>
        <mat-error>{{ 'admin.accounts.password.tooShort' | t: { min } }}</mat-error>
      </mat-form-field>
      <ll-roles-fieldset [form]="form.controls.roles" idPrefix="create-roles" [units]="units()" />
      <div class="account-form__actions">
        <button matButton="filled" type="submit" disabledInteractive [disabled]="busy()">
          {{ 'admin.accounts.create.submit' | t }}
        </button>
      </div>
    </form>
  `,
})
export class CreateAccountForm {
  readonly units = input.required<readonly UnitOption[]>();
  readonly busy = input(false);
  readonly created = output<CreateAccountRequest>();

  protected readonly min = MIN_PASSWORD_LENGTH;
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [notBlank] }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.email],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.minLength(MIN_PASSWORD_LENGTH), Validators.required],
    }),
    roles: rolesForm(),
  });

  /** Empties the form after the account was created. */
  reset(): void {
    this.form.reset();
    this.form.controls.roles.controls.scope.updateValueAndValidity();
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.busy() || this.form.invalid) {
      return;
    }
    const { name, email, password } = this.form.getRawValue();
    this.created.emit({
      name: name.trim(),
      email: email.trim(),
      leaderId: null,
      password,
      grantedRoles: grantedRolesOf(this.form.controls.roles),
    });
  }
}
