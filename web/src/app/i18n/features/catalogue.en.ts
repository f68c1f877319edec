import type { UiText } from '../ui-text';
import type { catalogueDa } from './catalogue.da';

/** English strings of the course catalogue. */
export const catalogueEn: Record<keyof typeof catalogueDa, UiText> = {
  'catalogue.title': 'Course catalogue',
};
