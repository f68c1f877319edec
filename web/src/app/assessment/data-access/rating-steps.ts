/** One step of the guided flow: a competency and the behaviour keys asked in it. */
export interface StepKeys {
  behaviourKeys: readonly string[];
}

/** How many of the step's behaviours have an answer ("Kan ikke vurdere" counts). */
export function answeredInStep(step: StepKeys, ratings: Readonly<Record<string, unknown>>): number {
  return step.behaviourKeys.filter((key) => Object.prototype.hasOwnProperty.call(ratings, key))
    .length;
}

/**
 * Where a returning person picks up: the first step with an unanswered behaviour, or
 * `steps.length` (the summary) when everything is answered.
 */
export function firstOpenStep(
  steps: readonly StepKeys[],
  ratings: Readonly<Record<string, unknown>>,
): number {
  const open = steps.findIndex((step) => answeredInStep(step, ratings) < step.behaviourKeys.length);
  return open === -1 ? steps.length : open;
}
