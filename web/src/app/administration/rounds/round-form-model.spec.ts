import { ROUNDS } from '../testing/admin-fixtures';
import {
  createRequest,
  isIsoDate,
  roundForm,
  syncWeights,
  updateRequest,
} from './round-form-model';

describe('round form model', () => {
  function filled() {
    const form = roundForm();
    form.patchValue({
      name: '  Lederevaluering 2027 ',
      frameworkId: 'fw-1',
      periodStart: '2027-09-01',
      periodEnd: '2027-12-17',
    });
    return form;
  }

  it('starts a new round with three sources, an anonymity limit of 3 and the default weights', () => {
    const form = roundForm();
    expect(form.controls.sources.getRawValue()).toEqual({
      self: true,
      manager: true,
      employees: true,
      survey: false,
    });
    expect(form.controls.minRespondents.value).toBe(3);
    expect(form.controls.weights.getRawValue()).toEqual({
      self: 1,
      manager: 2,
      employees: 2,
      survey: 1,
    });
    // Only the chosen sources' weights are edited.
    expect(form.controls.weights.controls.survey.disabled).toBe(true);
  });

  it('builds the create request: trimmed name, chosen sources only, all four weights', () => {
    const form = filled();
    form.controls.sources.controls.survey.setValue(true);
    syncWeights(form);
    form.controls.weights.controls.survey.setValue(1.5);
    expect(form.valid).toBe(true);
    expect(createRequest(form)).toEqual({
      name: 'Lederevaluering 2027',
      frameworkId: 'fw-1',
      periodStart: '2027-09-01',
      periodEnd: '2027-12-17',
      sources: ['self', 'manager', 'employees', 'survey'],
      minRespondents: 3,
      weights: { self: 1, manager: 2, employees: 2, survey: 1.5 },
    });
  });

  it('leaves the edition out when none is chosen, so the API takes the one in force', () => {
    const form = filled();
    form.controls.frameworkId.setValue('');
    expect(createRequest(form)).not.toHaveProperty('frameworkId');
  });

  it('refuses a blank name, an end before the start and impossible dates', () => {
    const form = filled();
    form.controls.name.setValue('   ');
    expect(form.controls.name.hasError('required')).toBe(true);
    form.controls.periodEnd.setValue('2027-08-31');
    expect(form.controls.periodEnd.hasError('beforeStart')).toBe(true);
    form.controls.periodEnd.setValue('2027-09-01');
    expect(form.controls.periodEnd.valid).toBe(true);
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('01-09-2027')).toBe(false);
  });

  it('needs a source, a whole anonymity limit from 1 to 50 and a chosen source weighing more than 0', () => {
    const form = filled();
    form.controls.sources.setValue({
      self: false,
      manager: false,
      employees: false,
      survey: false,
    });
    expect(form.controls.sources.hasError('noSource')).toBe(true);
    form.controls.sources.setValue({ self: true, manager: false, employees: false, survey: false });
    syncWeights(form);
    expect(form.controls.sources.valid).toBe(true);

    for (const [value, valid] of [
      [0, false],
      [2.5, false],
      [51, false],
      [null, false],
      [1, true],
      [50, true],
    ] as const) {
      form.controls.minRespondents.setValue(value);
      expect(form.controls.minRespondents.valid).toBe(valid);
    }

    // Only "self" is chosen: its weight of 0 would leave nothing to combine.
    form.controls.weights.controls.self.setValue(0);
    expect(form.hasError('allZero')).toBe(true);
    form.controls.weights.controls.self.setValue(11);
    expect(form.controls.weights.controls.self.hasError('max')).toBe(true);
    form.controls.weights.controls.self.setValue(0.5);
    expect(form.valid).toBe(true);
  });

  it('edits an existing round: fixed fields are disabled, only what changed is sent', () => {
    const round = ROUNDS[0];
    const form = roundForm(round);
    expect(form.controls.periodStart.disabled).toBe(true);
    expect(form.controls.sources.disabled).toBe(true);
    expect(form.controls.frameworkId.disabled).toBe(true);
    // The round has no survey: its weight is not edited.
    expect(form.controls.weights.controls.survey.disabled).toBe(true);
    expect(updateRequest(form, round)).toEqual({});

    form.patchValue({ name: 'Lederevaluering 2026 (forlænget)', periodEnd: '2027-01-15' });
    form.controls.weights.controls.manager.setValue(3);
    expect(form.valid).toBe(true);
    expect(updateRequest(form, round)).toEqual({
      name: 'Lederevaluering 2026 (forlænget)',
      periodEnd: '2027-01-15',
      weights: { self: 1, manager: 3, employees: 2, survey: 1 },
    });
    form.controls.periodEnd.setValue('2026-08-01');
    expect(form.controls.periodEnd.hasError('beforeStart')).toBe(true);
  });
});
