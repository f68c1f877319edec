import type { UiKey } from './ui-key';
import type { UiText } from './ui-text';

/** English UI strings. */
export const en: Record<UiKey, UiText> = {
  'app.name': 'Lederløft',
  'app.tagline': 'Competency development for leaders',
  'app.skipToContent': 'Skip to content',

  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.framework': 'Leadership foundation',
  'nav.myDevelopment': 'My development',
  'nav.catalogue': 'Course catalogue',
  'nav.overview': 'Overview',
  'nav.administration': 'Administration',
  'nav.comingSoon': 'Coming soon',

  'language.label': 'Language',

  'footer.about':
    "Lederløft helps the municipality's leaders plan their competency development based on the leadership foundation.",
  'footer.source': 'Content: {name}, edition {edition}.',

  'framework.loading': 'Loading the leadership foundation…',
  'framework.error.title': 'The leadership foundation could not be loaded',
  'framework.error.text': 'Something went wrong. Check your connection and try again shortly.',
  'framework.error.retry': 'Try again',
  'framework.empty.title': 'No leadership foundation has been published yet',
  'framework.empty.text':
    "Once an administrator has published the municipality's leadership foundation, you can read it here.",

  'framework.edition': 'Edition {edition}',
  'framework.editionWithLabel': 'Edition {edition} ({label})',
  'framework.published': 'published {date}',
  'framework.readMore': 'Read more',
  'framework.readLess': 'Show less',
  'framework.foundation.title': 'Our foundation',
  'framework.values.label': 'Value words',
  'framework.conduct.label': 'The expected conduct',
  'framework.competencies.title': 'The four leadership competencies',
  'framework.dogmas.title': 'Dogmas',

  'competency.because': 'Because:',
  'competency.behaviourCount': {
    one: '{count} example of behaviour',
    other: '{count} examples of behaviour',
  },
  'competency.dogmaCount': { one: '{count} dogma', other: '{count} dogmas' },
  'competency.position': 'Leadership competency {position} of {total}',
  'competency.breadcrumb': 'Breadcrumb',
  'competency.frame.title': 'How you set the frame',
  'competency.personal.title': 'Your personal behaviour',
  'competency.dogmas.title': 'Dogmas',
  'competency.pager.label': 'Other leadership competencies',
  'competency.previous': 'Previous',
  'competency.next': 'Next',
  'competency.notFound.title': 'Competency not found',
  'competency.notFound.text':
    'We cannot find a leadership competency at the address “{key}”. It may have been renamed, or the link may be wrong.',
  'competency.backToFramework': 'Back to the leadership foundation',

  'notFound.title': 'Page not found',
  'notFound.text':
    'We cannot find the page you are looking for. The link may be wrong or out of date.',
  'notFound.back': 'Go to the leadership foundation',
};
