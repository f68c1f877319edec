import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type { OfferSessionFields, OfferSessionView } from '@lederloeft/contracts';
import type { UiKey } from '../../i18n/ui-key';

export const CAPACITY_MAX = 1000;
export const WAITING_MAX = 10_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function sibling(control: AbstractControl, name: string): string {
  return String(control.parent?.get(name)?.value ?? '');
}

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

function date(control: AbstractControl<string>): ValidationErrors | null {
  if (!control.value) {
    return { required: true };
  }
  return ISO_DATE.test(control.value) ? null : { date: true };
}

/** A whole number from `min` to `max` (or to the number in the sibling field `maxFrom`). */
function whole(min: number, max: number | null, maxFrom?: string): ValidatorFn {
  return (control) => {
    const raw = String(control.value ?? '').trim();
    if (raw === '') {
      return { required: true };
    }
    if (!/^\d+$/.test(raw)) {
      return { whole: true };
    }
    const value = Number(raw);
    if (value < min) {
      return { min: true };
    }
    if (max !== null && value > max) {
      return { max: true };
    }
    const limit = maxFrom ? Number(sibling(control, maxFrom)) : Number.NaN;
    return Number.isFinite(limit) && /^\d+$/.test(sibling(control, maxFrom ?? '')) && value > limit
      ? { overCapacity: true }
      : null;
  };
}

const endAfterStart: ValidatorFn = (control) => {
  const start = sibling(control, 'startDate');
  return control.value && start && control.value < start ? { beforeStart: true } : null;
};

const deadlineBeforeStart: ValidatorFn = (control) => {
  const start = sibling(control, 'startDate');
  return control.value && start && control.value > start ? { afterStart: true } : null;
};

export type SessionForm = ReturnType<typeof sessionForm>;

/** The fields of a session (hold/forløb), with the API's rules checked as the person types. */
export function sessionForm(session: OfferSessionView | null) {
  const form = new FormGroup({
    startDate: new FormControl(session?.startDate ?? '', { nonNullable: true, validators: date }),
    endDate: new FormControl(session?.endDate ?? '', {
      nonNullable: true,
      validators: [date, endAfterStart],
    }),
    place: new FormControl(session?.place ?? '', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(200)],
    }),
    capacity: new FormControl(session ? String(session.capacity) : '', {
      nonNullable: true,
      validators: whole(1, CAPACITY_MAX),
    }),
    registrationDeadline: new FormControl(session?.registrationDeadline ?? '', {
      nonNullable: true,
      validators: [date, deadlineBeforeStart],
    }),
    seatsTaken: new FormControl(session ? String(session.seatsTaken) : '0', {
      nonNullable: true,
      validators: whole(0, null, 'capacity'),
    }),
    waitingList: new FormControl(session ? String(session.waitingList) : '0', {
      nonNullable: true,
      validators: whole(0, WAITING_MAX),
    }),
  });
  // Rules that compare fields: check again when the field they compare with changes.
  form.controls.startDate.valueChanges.subscribe(() => {
    form.controls.endDate.updateValueAndValidity({ emitEvent: false });
    form.controls.registrationDeadline.updateValueAndValidity({ emitEvent: false });
  });
  form.controls.capacity.valueChanges.subscribe(() =>
    form.controls.seatsTaken.updateValueAndValidity({ emitEvent: false }),
  );
  return form;
}

export function sessionFieldsOf(form: SessionForm): OfferSessionFields {
  const value = form.getRawValue();
  return {
    startDate: value.startDate,
    endDate: value.endDate,
    place: value.place.trim(),
    capacity: Number(value.capacity),
    registrationDeadline: value.registrationDeadline,
    seatsTaken: Number(value.seatsTaken),
    waitingList: Number(value.waitingList),
  };
}

/** The message (key) for a session field's first error. */
export function sessionErrorKey(errors: ValidationErrors | null): UiKey | null {
  if (!errors) return null;
  if (errors['required']) return 'catalogue.session.error.required';
  if (errors['date']) return 'catalogue.session.error.date';
  if (errors['beforeStart']) return 'catalogue.session.error.endBeforeStart';
  if (errors['afterStart']) return 'catalogue.session.error.deadlineAfterStart';
  if (errors['overCapacity']) return 'catalogue.session.error.overCapacity';
  if (errors['min']) return 'catalogue.session.error.capacityMin';
  if (errors['max']) return 'catalogue.session.error.max';
  if (errors['maxlength']) return 'catalogue.editor.error.tooLong';
  return 'catalogue.session.error.whole';
}
