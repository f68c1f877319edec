import type { UiText } from '../ui-text';

/** Danish strings of the course catalogue ("Kursuskatalog"). */
export const catalogueDa = {
  'catalogue.title': 'Kursuskatalog',
} satisfies Record<string, UiText>;
