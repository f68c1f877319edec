import { type AbstractControl, FormControl, FormGroup } from '@angular/forms';
import type { AccountView, CreateAccountRequest } from '@lederloeft/contracts';

export type GrantedRoleRequest = CreateAccountRequest['grantedRoles'][number];

export type RolesForm = FormGroup<{
  hr: FormControl<boolean>;
  admin: FormControl<boolean>;
  director: FormControl<boolean>;
  scope: FormControl<string>;
}>;

/** A director oversees an org unit's subtree: the unit is required once "Direktør" is ticked. */
function scopeForDirector(control: AbstractControl<string>): { required: true } | null {
  const director = control.parent?.get('director')?.value === true;
  return director && !control.value ? { required: true } : null;
}

/** The roles fieldset's form, filled from an account's granted roles (or empty). */
export function rolesForm(account: AccountView | null = null): RolesForm {
  const roles = account?.grantedRoles ?? [];
  const director = roles.find((granted) => granted.role === 'director');
  const form: RolesForm = new FormGroup({
    hr: new FormControl(
      roles.some((granted) => granted.role === 'hr'),
      { nonNullable: true },
    ),
    admin: new FormControl(
      roles.some((granted) => granted.role === 'admin'),
      { nonNullable: true },
    ),
    director: new FormControl(director !== undefined, { nonNullable: true }),
    scope: new FormControl(director?.scope?.id ?? '', {
      nonNullable: true,
      validators: [scopeForDirector],
    }),
  });
  form.controls.scope.updateValueAndValidity();
  return form;
}

/** The granted roles the form asks for, as the API takes them. */
export function grantedRolesOf(form: RolesForm): GrantedRoleRequest[] {
  const { hr, admin, director, scope } = form.getRawValue();
  const roles: GrantedRoleRequest[] = [];
  if (hr) {
    roles.push({ role: 'hr', scopeOrgUnitId: null });
  }
  if (director) {
    roles.push({ role: 'director', scopeOrgUnitId: scope || null });
  }
  if (admin) {
    roles.push({ role: 'admin', scopeOrgUnitId: null });
  }
  return roles;
}
