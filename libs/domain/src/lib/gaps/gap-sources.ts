import type { AssessmentSource } from '@lederloeft/contracts';

// The list of sources lives in contracts (the api and web use it too).
export { ASSESSMENT_SOURCES } from '@lederloeft/contracts';

/** Danish names of the sources, for messages a person reads. */
export const ASSESSMENT_SOURCE_LABELS: Readonly<Record<AssessmentSource, string>> = {
  self: 'selvvurdering',
  manager: 'nærmeste leder',
  employees: 'medarbejdere',
  survey: 'trivselsundersøgelse',
};
