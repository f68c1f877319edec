import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { MIN_PASSWORD_LENGTH, passwordForm } from './password-fields';

/** "Ny adgangskode": sets a password for someone; they are signed out everywhere. */
@Component({
  selector: 'll-password-editor',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './account-form.scss',
  template: `
    <form class="account-form" novalidate [formGroup]="form" (ngSubmit)="submit()">
      <p>{{ 'admin.accounts.password.signOut' | t }}</p>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.accounts.password.new' | t }}</mat-label>
        <input
          matInput
          required
          type="password"
          autocomplete="new-password"
          id="password-new"
          formControlName="password"
        />
        <mat-hint>{{ 'admin.accounts.password.hint' | t: { min } }}</mat-hint>
        <mat-error>{{ 'admin.accounts.password.tooShort' | t: { min } }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.accounts.password.repeat' | t }}</mat-label>
        <input
          matInput
          required
          type="password"
          autocomplete="new-password"
          id="password-repeat"
          formControlName="repeat"
        />
        <mat-error>{{ 'admin.accounts.password.mismatch' | t }}</mat-error>
      </mat-form-field>
      <div class="account-form__actions">
        <button matButton="filled" type="submit" disabledInteractive [disabled]="busy()">
          {{ 'admin.accounts.password.save' | t }}
        </button>
        <button matButton type="button" (click)="cancelled.emit()">
          {{ 'admin.accounts.cancel' | t }}
        </button>
      </div>
    </form>
  `,
})
export class PasswordEditor {
  readonly busy = input(false);
  readonly saved = output<string>();
  readonly cancelled = output();

  protected readonly min = MIN_PASSWORD_LENGTH;
  protected readonly form = passwordForm();

  protected submit(): void {
    this.form.controls.repeat.updateValueAndValidity();
    this.form.markAllAsTouched();
    if (this.busy() || this.form.invalid) {
      return;
    }
    this.saved.emit(this.form.controls.password.value);
  }
}
