import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  ASSESSMENT_SOURCES,
  type AssessmentRoundView,
  type AssessmentSource,
  type CreateAssessmentRoundRequest,
  type UpdateAssessmentRoundRequest,
} from '@lederloeft/contracts';

/** The API's limits (api/src/assessments/dto/round.dto.ts). */
export const NAME_MAX = 200;
export const MIN_RESPONDENTS = { min: 1, max: 50, default: 3 } as const;
export const WEIGHT = { min: 0, max: 10 } as const;
/** Weights of a new round: the API's defaults (libs/domain DEFAULT_GAP_SETTINGS). */
export const DEFAULT_WEIGHTS: Readonly<Record<AssessmentSource, number>> = {
  self: 1,
  manager: 2,
  employees: 2,
  survey: 1,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type SourceControls = Record<AssessmentSource, FormControl<boolean>>;
type WeightControls = Record<AssessmentSource, FormControl<number | null>>;

export type RoundForm = FormGroup<{
  name: FormControl<string>;
  frameworkId: FormControl<string>;
  periodStart: FormControl<string>;
  periodEnd: FormControl<string>;
  sources: FormGroup<SourceControls>;
  minRespondents: FormControl<number | null>;
  weights: FormGroup<WeightControls>;
}>;

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/** A real calendar date written as the date input gives it (YYYY-MM-DD). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function date(control: AbstractControl<string>): ValidationErrors | null {
  if (!control.value) {
    return { required: true };
  }
  return isIsoDate(control.value) ? null : { date: true };
}

/** The end date may not lie before the start date (the API refuses it too). */
function notBeforeStart(control: AbstractControl<string>): ValidationErrors | null {
  const start = (control.parent?.get('periodStart')?.value as string | undefined) ?? '';
  return isIsoDate(start) && isIsoDate(control.value) && control.value < start
    ? { beforeStart: true }
    : null;
}

function wholeNumber(control: AbstractControl<number | null>): ValidationErrors | null {
  return control.value === null || Number.isInteger(control.value) ? null : { integer: true };
}

function oneSource(group: AbstractControl): ValidationErrors | null {
  const sources = (group as FormGroup<SourceControls>).getRawValue();
  return ASSESSMENT_SOURCES.some((source) => sources[source]) ? null : { noSource: true };
}

/** The chosen sources' weights: at least one above 0, or no combined level could be made. */
function someWeight(form: AbstractControl): ValidationErrors | null {
  const { sources, weights } = (form as RoundForm).getRawValue();
  const chosen = ASSESSMENT_SOURCES.filter((source) => sources[source]);
  return chosen.length && chosen.every((source) => weights[source] === 0)
    ? { allZero: true }
    : null;
}

/** A form for a new round, or for an existing one when `round` is given. */
export function roundForm(round?: AssessmentRoundView): RoundForm {
  const chosen = (source: AssessmentSource) =>
    round ? round.sources.includes(source) : source !== 'survey';
  const weight = (source: AssessmentSource) =>
    new FormControl<number | null>(round?.weights[source] ?? DEFAULT_WEIGHTS[source], {
      validators: [Validators.required, Validators.min(WEIGHT.min), Validators.max(WEIGHT.max)],
    });
  const form: RoundForm = new FormGroup(
    {
      name: new FormControl(round?.name ?? '', {
        nonNullable: true,
        validators: [notBlank, Validators.maxLength(NAME_MAX)],
      }),
      frameworkId: new FormControl(round?.frameworkId ?? '', { nonNullable: true }),
      periodStart: new FormControl(round?.periodStart ?? '', {
        nonNullable: true,
        validators: [date],
      }),
      periodEnd: new FormControl(round?.periodEnd ?? '', {
        nonNullable: true,
        validators: [date, notBeforeStart],
      }),
      sources: new FormGroup(
        {
          self: new FormControl(chosen('self'), { nonNullable: true }),
          manager: new FormControl(chosen('manager'), { nonNullable: true }),
          employees: new FormControl(chosen('employees'), { nonNullable: true }),
          survey: new FormControl(chosen('survey'), { nonNullable: true }),
        },
        { validators: [oneSource] },
      ),
      minRespondents: new FormControl<number | null>(
        round?.minRespondents ?? MIN_RESPONDENTS.default,
        {
          validators: [
            Validators.required,
            wholeNumber,
            Validators.min(MIN_RESPONDENTS.min),
            Validators.max(MIN_RESPONDENTS.max),
          ],
        },
      ),
      weights: new FormGroup({
        self: weight('self'),
        manager: weight('manager'),
        employees: weight('employees'),
        survey: weight('survey'),
      }),
    },
    { validators: [someWeight] },
  );
  if (round) {
    // The API keeps the edition, the start and the sources of a round once it is set up.
    form.controls.frameworkId.disable();
    form.controls.periodStart.disable();
    form.controls.sources.disable();
  }
  syncWeights(form);
  return form;
}

/** Only the chosen sources' weights are edited and checked; the others keep their value. */
export function syncWeights(form: RoundForm): void {
  const sources = form.controls.sources.getRawValue();
  for (const source of ASSESSMENT_SOURCES) {
    const control = form.controls.weights.controls[source];
    if (sources[source] && control.disabled) {
      control.enable({ emitEvent: false });
    } else if (!sources[source] && control.enabled) {
      control.disable({ emitEvent: false });
    }
  }
  form.updateValueAndValidity();
}

function weightsOf(form: RoundForm): Record<AssessmentSource, number> {
  const weights = form.controls.weights.getRawValue();
  return {
    self: weights.self ?? DEFAULT_WEIGHTS.self,
    manager: weights.manager ?? DEFAULT_WEIGHTS.manager,
    employees: weights.employees ?? DEFAULT_WEIGHTS.employees,
    survey: weights.survey ?? DEFAULT_WEIGHTS.survey,
  };
}

/** The request of a valid new-round form; the current edition when none is chosen. */
export function createRequest(form: RoundForm): CreateAssessmentRoundRequest {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    ...(value.frameworkId ? { frameworkId: value.frameworkId } : {}),
    periodStart: value.periodStart,
    periodEnd: value.periodEnd,
    sources: ASSESSMENT_SOURCES.filter((source) => value.sources[source]),
    minRespondents: value.minRespondents ?? MIN_RESPONDENTS.default,
    weights: weightsOf(form),
  };
}

/** The fields of a valid edit form that differ from the round; empty when nothing changed. */
export function updateRequest(
  form: RoundForm,
  round: AssessmentRoundView,
): UpdateAssessmentRoundRequest {
  const value = form.getRawValue();
  const weights = weightsOf(form);
  const request: UpdateAssessmentRoundRequest = {};
  if (value.name.trim() !== round.name) request.name = value.name.trim();
  if (value.periodEnd !== round.periodEnd) request.periodEnd = value.periodEnd;
  if (value.minRespondents !== null && value.minRespondents !== round.minRespondents)
    request.minRespondents = value.minRespondents;
  if (ASSESSMENT_SOURCES.some((source) => weights[source] !== round.weights[source]))
    request.weights = weights;
  return request;
}
