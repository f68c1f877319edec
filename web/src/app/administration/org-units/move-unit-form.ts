import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { OrgUnitView } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { AdminFailure } from '../data-access/admin-failure';
import { markServerErrors } from '../layout/form-problem';

/** "Flyt enheden": a new parent among the units one level above; the subtree moves along. */
@Component({
  selector: 'll-move-unit-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../accounts/account-form.scss',
  template: `
    @if (targets().length) {
      <form class="account-form" novalidate [formGroup]="form" (ngSubmit)="submit()">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'admin.orgUnits.move.parent' | t }}</mat-label>
          <select matNativeControl required id="move-parent" formControlName="parent">
            <option value="">{{ 'admin.orgUnits.move.choose' | t }}</option>
            @for (target of targets(); track target.id) {
              <option [value]="target.id">{{ target.name }}</option>
            }
          </select>
          <mat-error>{{
            parent.errors?.['server'] ?? ('admin.orgUnits.move.required' | t)
          }}</mat-error>
        </mat-form-field>
        <div class="account-form__actions">
          <button matButton="filled" type="submit" disabledInteractive [disabled]="busy()">
            {{ 'admin.orgUnits.move.submit' | t }}
          </button>
        </div>
      </form>
    } @else {
      <p>{{ 'admin.orgUnits.move.none' | t }}</p>
    }
  `,
})
export class MoveUnitForm {
  /** The units the unit may be moved under. */
  readonly targets = input.required<readonly OrgUnitView[]>();
  readonly busy = input(false);
  readonly moved = output<string>();

  protected readonly parent = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required],
  });
  protected readonly form = new FormGroup({ parent: this.parent });

  constructor() {
    effect(() => {
      this.targets();
      this.parent.reset('');
    });
  }

  showFailure(failure: AdminFailure): void {
    markServerErrors(failure, { parentId: this.parent });
  }

  protected submit(): void {
    this.parent.markAsTouched();
    if (this.busy() || this.parent.invalid) {
      return;
    }
    this.moved.emit(this.parent.value);
  }
}
