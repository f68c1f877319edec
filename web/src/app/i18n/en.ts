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

  'auth.signIn': 'Sign in',
  'auth.signOut': 'Sign out',
  'auth.signedInAs': 'Signed in as',
  'auth.signIn.intro':
    'Sign in with your e-mail and password to see your details and work on your own development.',
  'auth.email': 'E-mail',
  'auth.password': 'Password',
  'auth.signIn.busy': 'Signing in…',
  'auth.signIn.errorTitle': 'You were not signed in',
  'auth.error.emailRequired': 'Enter your e-mail.',
  'auth.error.emailInvalid': 'Enter a valid e-mail, e.g. name@municipality.dk.',
  'auth.error.passwordRequired': 'Enter your password.',
  'auth.error.wrongCredentials': 'Wrong e-mail or password.',
  'auth.error.tooManyAttempts': 'Too many sign-in attempts. Wait a little and try again.',
  'auth.error.invalid': 'Check your e-mail and password and try again.',
  'auth.error.unavailable':
    'You could not be signed in right now. Check your connection and try again shortly.',
  'auth.alreadySignedIn': 'You are signed in as {name}.',
  'auth.goToMyDevelopment': 'Go to My development',

  'leaderLevel.direktoer': 'Director',
  'leaderLevel.chef': 'Head of department',
  'leaderLevel.mellemleder': 'Middle manager',
  'leaderLevel.foerstelinjeleder': 'First-line leader',

  'myDevelopment.greeting':
    'Hello {name}. Here you find your details as a leader and your personal leadership foundation.',
  'myDevelopment.notLeader.title': 'This page is for leaders',
  'myDevelopment.notLeader.text':
    "My development is for the municipality's leaders. Your account is not linked to a leader, so there is nothing to show here. Contact HR if this is a mistake.",
  'myDevelopment.loading': 'Loading your details…',
  'myDevelopment.error.title': 'Your details could not be loaded',
  'myDevelopment.error.text': 'Something went wrong. Check your connection and try again shortly.',
  'myDevelopment.error.retry': 'Try again',

  'leaderFacts.title': 'Your details',
  'leaderFacts.jobTitle': 'Job title',
  'leaderFacts.level': 'Leader level',
  'leaderFacts.orgUnit': 'Unit',
  'leaderFacts.manager': 'Line manager',
  'leaderFacts.startDate': 'In the position since',
  'leaderFacts.none': 'None',
  'leaderFacts.notRecorded': 'Not recorded',
  'leaderFacts.source':
    "The details come from the municipality's HR system. Contact HR if anything is wrong.",

  'personalFoundation.title': 'My personal leadership foundation',
  'personalFoundation.intro':
    'The leadership foundation expects every leader to have a personal leadership foundation that links to the common one. Write in your own words what you stand for as a leader and how you put the leadership foundation into practice in your daily work.',
  'personalFoundation.readFramework': 'Read the common leadership foundation',
  'personalFoundation.label': 'My personal leadership foundation',
  'personalFoundation.hint': 'Plain text. Separate paragraphs with a blank line.',
  'personalFoundation.count': '{count} of {max} characters',
  'personalFoundation.save': 'Save',
  'personalFoundation.saving': 'Saving…',
  'personalFoundation.saved': 'Saved at {time}',
  'personalFoundation.unsaved': 'You have changes that are not saved.',
  'personalFoundation.error.prefix': 'The text was not saved.',
  'personalFoundation.error.invalid': 'Check the text: it may be at most {max} characters.',
  'personalFoundation.error.signedOut':
    'You are no longer signed in. Copy your text, sign in again and save it.',
  'personalFoundation.error.forbidden':
    'You can only write your own personal leadership foundation.',
  'personalFoundation.error.csrf':
    'The page no longer matches your sign-in. Reload the page and try again.',
  'personalFoundation.error.unavailable': 'Check your connection and try again shortly.',
  'personalFoundation.current.title': 'As it stands',
  'personalFoundation.empty': 'You have not written your personal leadership foundation yet.',
  'personalFoundation.updatedAt': 'Last saved {date}',
  'personalFoundation.leaveConfirm':
    'You have changes to your personal leadership foundation that are not saved. Leave the page anyway?',

  'notFound.title': 'Page not found',
  'notFound.text':
    'We cannot find the page you are looking for. The link may be wrong or out of date.',
  'notFound.back': 'Go to the leadership foundation',
};
