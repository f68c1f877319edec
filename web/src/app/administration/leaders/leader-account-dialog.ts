import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
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
import type { AccountView, LeaderAdminView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { MIN_PASSWORD_LENGTH, passwordForm } from '../accounts/password-fields';
import type { WriteOutcome } from '../data-access/leaders-admin-store';
import { type FormProblem, FormProblemAlert, formProblem } from '../layout/form-problem';

export interface LeaderAccountData {
  leader: LeaderAdminView;
  create: (password: string) => Promise<WriteOutcome<AccountView>>;
}

/**
 * "Opret log ind": a sign-in account for a leader who has none, with the leader's name and
 * e-mail and a first password; the leader and manager roles follow from the leader record.
 */
@Component({
  selector: 'll-leader-account-dialog',
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
    FormProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../accounts/account-form.scss',
  template: `
    <h2 mat-dialog-title>{{ 'admin.leaders.account.title' | t: { name: data.leader.name } }}</h2>
    <form novalidate [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        @if (problem(); as problem) {
          <ll-form-problem [problem]="problem" />
        }
        <p>{{ 'admin.leaders.account.help' | t: { email: data.leader.email } }}</p>
        <div class="account-form">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'admin.accounts.create.password' | t }}</mat-label>
            <input
              matInput
              required
              type="password"
              autocomplete="new-password"
              id="leader-account-password"
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
              id="leader-account-repeat"
              formControlName="repeat"
            />
            <mat-error>{{ 'admin.accounts.password.mismatch' | t }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" (click)="dialogRef.close()">
          {{ 'admin.leaders.cancel' | t }}
        </button>
        <button matButton="filled" type="submit" disabledInteractive [disabled]="busy()">
          {{ 'admin.leaders.account.submit' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class LeaderAccountDialog {
  protected readonly data = inject<LeaderAccountData>(MAT_DIALOG_DATA);
  protected readonly dialogRef =
    inject<MatDialogRef<LeaderAccountDialog, AccountView>>(MatDialogRef);
  private readonly language = inject(LanguageService);

  protected readonly min = MIN_PASSWORD_LENGTH;
  protected readonly form = passwordForm();
  protected readonly busy = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  protected async submit(): Promise<void> {
    this.form.controls.repeat.updateValueAndValidity();
    this.form.markAllAsTouched();
    if (this.busy() || this.form.invalid) {
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    const outcome = await this.data.create(this.form.controls.password.value);
    this.busy.set(false);
    if (outcome.ok) {
      this.dialogRef.close(outcome.value);
    } else {
      this.problem.set(
        formProblem(outcome.failure, 'admin.leaders.account.notCreated', {}, this.language),
      );
    }
  }
}
