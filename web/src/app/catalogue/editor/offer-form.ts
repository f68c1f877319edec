import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type {
  Language,
  OfferEffect,
  OfferFields,
  OfferFormat,
  OfferKind,
  OfferLanguage,
} from '@lederloeft/contracts';
import type { UiKey } from '../../i18n/ui-key';
import { formatAmount, formatNumber, parseDecimal } from '../data-access/offer-format';

export const CODE_MAX = 40;
export const TITLE_MAX = 200;
export const TEXT_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const HOURS_MAX = 2000;
export const PRICE_MAX = 10_000_000;
export const ECTS_MAX = 180;
export const PREREQUISITES_MAX = 2000;
/** Letters, digits and . _ - /, starting with a letter or digit (the API's rule). */
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u;

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

function code(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || CODE.test(value) ? null : { code: true };
}

/** A place is needed when people meet (in person or blended). */
function locationWhenMeeting(control: AbstractControl<string>): ValidationErrors | null {
  const format = control.parent?.get('format')?.value as string | undefined;
  return format && format !== 'online' && !control.value.trim() ? { required: true } : null;
}

/**
 * A number typed as text (Danish decimal comma or point): within `min`..`max`, at most
 * `decimals` decimals; blank is an error only when `required`.
 */
export function decimalValidator(options: {
  required: boolean;
  min: number;
  max: number;
  decimals: number;
  /** True when `min` itself is not allowed (e.g. hours must be more than 0). */
  exclusiveMin?: boolean;
}): ValidatorFn {
  return (control) => {
    const value = parseDecimal(String(control.value ?? ''));
    if (value === null) {
      return options.required ? { required: true } : null;
    }
    if (Number.isNaN(value)) {
      return { number: true };
    }
    if (value < options.min || (options.exclusiveMin && value === options.min)) {
      return { min: true };
    }
    if (value > options.max) {
      return { max: true };
    }
    const scaled = value * 10 ** options.decimals;
    return Math.abs(scaled - Math.round(scaled)) > 1e-6 ? { decimals: true } : null;
  };
}

export type OfferForm = ReturnType<typeof offerForm>;

/** The editor's fields, except the effects and target levels (edited by their own parts). */
export function offerForm() {
  const form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, code, Validators.maxLength(CODE_MAX)],
    }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(TITLE_MAX)],
    }),
    kind: new FormControl<OfferKind | ''>('', { nonNullable: true, validators: notBlank }),
    provider: new FormControl('', {
      nonNullable: true,
      validators: [notBlank, Validators.maxLength(TEXT_MAX)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(DESCRIPTION_MAX),
    }),
    format: new FormControl<OfferFormat | ''>('', { nonNullable: true, validators: notBlank }),
    language: new FormControl<OfferLanguage>('da', { nonNullable: true }),
    location: new FormControl('', {
      nonNullable: true,
      validators: [locationWhenMeeting, Validators.maxLength(TEXT_MAX)],
    }),
    hours: new FormControl('', {
      nonNullable: true,
      validators: decimalValidator({
        required: true,
        min: 0,
        max: HOURS_MAX,
        decimals: 1,
        exclusiveMin: true,
      }),
    }),
    price: new FormControl('', {
      nonNullable: true,
      validators: decimalValidator({ required: true, min: 0, max: PRICE_MAX, decimals: 2 }),
    }),
    priceIncludesVat: new FormControl(false, { nonNullable: true }),
    priceIsIndicative: new FormControl(false, { nonNullable: true }),
    ects: new FormControl('', {
      nonNullable: true,
      validators: decimalValidator({
        required: false,
        min: 0,
        max: ECTS_MAX,
        decimals: 1,
        exclusiveMin: true,
      }),
    }),
    prerequisites: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(PREREQUISITES_MAX),
    }),
    onDemand: new FormControl(false, { nonNullable: true }),
    contactName: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(TEXT_MAX),
    }),
    contactEmail: new FormControl('', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(TEXT_MAX)],
    }),
  });
  // Whether a place is needed depends on the format.
  form.controls.format.valueChanges.subscribe(() =>
    form.controls.location.updateValueAndValidity({ emitEvent: false }),
  );
  return form;
}

export type OfferFormValue = ReturnType<OfferForm['getRawValue']>;

/** The form's values for an offer as stored (numbers written the language's way). */
export function formValueOf(offer: OfferFields, lang: Language): OfferFormValue {
  return {
    code: offer.code,
    title: offer.title,
    kind: offer.kind,
    provider: offer.provider,
    description: offer.description,
    format: offer.format,
    language: offer.language,
    location: offer.location ?? '',
    hours: formatNumber(offer.hours, lang),
    price: formatAmount(offer.priceDkk, lang),
    priceIncludesVat: offer.priceIncludesVat,
    priceIsIndicative: offer.priceIsIndicative,
    ects: offer.ects === null ? '' : formatNumber(offer.ects, lang),
    prerequisites: offer.prerequisites,
    onDemand: offer.onDemand,
    contactName: offer.contactName,
    contactEmail: offer.contactEmail,
  };
}

/** What the editor sends: the form (valid), the target levels and the effects. */
export function fieldsOf(
  value: OfferFormValue,
  targetLevels: readonly string[],
  effects: readonly OfferEffect[],
): OfferFields {
  return {
    code: value.code.trim(),
    kind: value.kind as OfferKind,
    title: value.title.trim(),
    provider: value.provider.trim(),
    description: value.description.trim(),
    format: value.format as OfferFormat,
    language: value.language,
    location: value.location.trim() || null,
    hours: parseDecimal(value.hours) ?? 0,
    priceDkk: parseDecimal(value.price) ?? 0,
    priceIncludesVat: value.priceIncludesVat,
    priceIsIndicative: value.priceIsIndicative,
    ects: parseDecimal(value.ects),
    targetLevels: [...targetLevels],
    prerequisites: value.prerequisites.trim(),
    onDemand: value.onDemand,
    contactName: value.contactName.trim(),
    contactEmail: value.contactEmail.trim(),
    effects: effects.map((effect) => ({ ...effect, behaviourKeys: [...effect.behaviourKeys] })),
  };
}

export type OfferFieldName = keyof OfferForm['controls'];

/** The label of each field, also used to name the field in an API error's `path`. */
export const FIELD_LABELS: Readonly<Record<keyof OfferFields, UiKey>> = {
  code: 'catalogue.field.code',
  title: 'catalogue.field.title',
  kind: 'catalogue.field.kind',
  provider: 'catalogue.field.provider',
  description: 'catalogue.field.description',
  format: 'catalogue.field.format',
  language: 'catalogue.field.language',
  location: 'catalogue.field.location',
  hours: 'catalogue.field.hours',
  priceDkk: 'catalogue.field.price',
  priceIncludesVat: 'catalogue.field.priceIncludesVat',
  priceIsIndicative: 'catalogue.field.priceIsIndicative',
  ects: 'catalogue.field.ects',
  targetLevels: 'catalogue.field.targetLevels',
  prerequisites: 'catalogue.field.prerequisites',
  onDemand: 'catalogue.field.onDemand',
  contactName: 'catalogue.field.contactName',
  contactEmail: 'catalogue.field.contactEmail',
  effects: 'catalogue.field.effects',
};

/** Messages for the number fields' own limits. */
const NUMBER_ERRORS: Partial<Record<OfferFieldName, Partial<Record<string, UiKey>>>> = {
  hours: {
    min: 'catalogue.editor.error.hoursMin',
    max: 'catalogue.editor.error.hoursMax',
    decimals: 'catalogue.editor.error.oneDecimal',
  },
  price: {
    min: 'catalogue.editor.error.priceMin',
    max: 'catalogue.editor.error.priceMax',
    decimals: 'catalogue.editor.error.twoDecimals',
  },
  ects: {
    min: 'catalogue.editor.error.ectsMin',
    max: 'catalogue.editor.error.ectsMax',
    decimals: 'catalogue.editor.error.oneDecimal',
  },
};

/** The message (key) for a control's first error, or null when it is valid. */
export function errorKeyOf(field: OfferFieldName, errors: ValidationErrors | null): UiKey | null {
  if (!errors) {
    return null;
  }
  if (errors['required']) {
    return field === 'location'
      ? 'catalogue.editor.error.locationRequired'
      : 'catalogue.editor.error.required';
  }
  if (errors['maxlength']) return 'catalogue.editor.error.tooLong';
  if (errors['email']) return 'catalogue.editor.error.email';
  if (errors['code']) return 'catalogue.editor.error.code';
  if (errors['number']) return 'catalogue.editor.error.number';
  const own = NUMBER_ERRORS[field];
  for (const error of ['min', 'max', 'decimals']) {
    if (errors[error]) {
      return own?.[error] ?? 'catalogue.editor.error.number';
    }
  }
  return 'catalogue.editor.error.number';
}
