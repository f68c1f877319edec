import { type AbstractControl, FormControl, FormGroup } from '@angular/forms';

/** The API's shortest password. */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordForm = FormGroup<{
  password: FormControl<string>;
  repeat: FormControl<string>;
}>;

function longEnough(control: AbstractControl<string>): { tooShort: true } | null {
  return control.value.length >= MIN_PASSWORD_LENGTH ? null : { tooShort: true };
}

function sameAsPassword(control: AbstractControl<string>): { mismatch: true } | null {
  const password: unknown = control.parent?.get('password')?.value;
  return control.value === password ? null : { mismatch: true };
}

/** A new password, typed twice so a typing error does not lock the person out. */
export function passwordForm(): PasswordForm {
  return new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [longEnough] }),
    repeat: new FormControl('', { nonNullable: true, validators: [sameAsPassword] }),
  });
}
