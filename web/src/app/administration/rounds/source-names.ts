import type { AssessmentSource } from '@lederloeft/contracts';
import type { UiKey } from '../../i18n/ui-key';

/** The name of each source, as the gap profile shows it. */
export const SOURCE_NAMES: Readonly<Record<AssessmentSource, UiKey>> = {
  self: 'assessment.source.self',
  manager: 'assessment.source.manager',
  employees: 'assessment.source.employees',
  survey: 'assessment.source.survey',
};
