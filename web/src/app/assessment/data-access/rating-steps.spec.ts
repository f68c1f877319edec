import { answeredInStep, firstOpenStep } from './rating-steps';

describe('rating steps', () => {
  const steps = [
    { behaviourKeys: ['a.1', 'a.2'] },
    { behaviourKeys: ['b.1', 'b.2', 'b.3'] },
    { behaviourKeys: ['c.1'] },
  ];

  it('counts answers in a step, "Kan ikke vurdere" included', () => {
    expect(answeredInStep(steps[1], { 'b.1': 3, 'b.3': null, 'a.1': 2 })).toBe(2);
  });

  it('resumes at the first step with an unanswered behaviour', () => {
    expect(firstOpenStep(steps, {})).toBe(0);
    expect(firstOpenStep(steps, { 'a.1': 4, 'a.2': null })).toBe(1);
    expect(firstOpenStep(steps, { 'a.1': 4, 'a.2': 3, 'b.1': 1, 'b.2': 2, 'b.3': 3 })).toBe(2);
    // An earlier gap wins over later answers.
    expect(firstOpenStep(steps, { 'a.1': 4, 'b.1': 1, 'b.2': 2, 'b.3': 3, 'c.1': 5 })).toBe(0);
  });

  it('goes to the summary when everything is answered', () => {
    const all = { 'a.1': 1, 'a.2': 2, 'b.1': 3, 'b.2': 4, 'b.3': 5, 'c.1': null };
    expect(firstOpenStep(steps, all)).toBe(3);
  });
});
