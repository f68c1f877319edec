import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { AccountView } from '@lederloeft/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UnitOption } from '../interpretations/unit-scope';
import { RolesFieldset } from './roles-fieldset';
import { type GrantedRoleRequest, grantedRolesOf, rolesForm } from './roles-form';

/** "Redigér roller" of one account; a director needs the unit they oversee. */
@Component({
  selector: 'll-roles-editor',
  imports: [ReactiveFormsModule, MatButton, TranslatePipe, RolesFieldset],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './account-form.scss',
  template: `
    <form class="account-form" novalidate [formGroup]="form()" (ngSubmit)="submit()">
      <ll-roles-fieldset [form]="form()" idPrefix="edit-roles" [units]="units()" />
      <div class="account-form__actions">
        <button matButton="filled" type="submit" disabledInteractive [disabled]="busy()">
          {{ 'admin.accounts.roles.save' | t }}
        </button>
        <button matButton type="button" (click)="cancelled.emit()">
          {{ 'admin.accounts.cancel' | t }}
        </button>
      </div>
    </form>
  `,
})
export class RolesEditor {
  readonly account = input.required<AccountView>();
  readonly units = input.required<readonly UnitOption[]>();
  readonly busy = input(false);
  readonly saved = output<GrantedRoleRequest[]>();
  readonly cancelled = output();

  protected readonly form = computed(() => rolesForm(this.account()));

  protected submit(): void {
    const form = this.form();
    form.markAllAsTouched();
    if (this.busy() || form.invalid) {
      return;
    }
    this.saved.emit(grantedRolesOf(form));
  }
}
