import type { UiKey } from './ui-key';
import type { UiText } from './ui-text';
import { catalogueEn } from './features/catalogue.en';
import { roundsEn } from './features/rounds.en';
import { organisationEn } from './features/organisation.en';
import { editionsEn } from './features/editions.en';
import { plansEn } from './features/plans.en';
import { myPlanEn } from './features/my-plan.en';
import { prioritiesEn } from './features/priorities.en';
import { overviewEn } from './features/overview.en';
import { participantsEn } from './features/participants.en';
import { planPageEn } from './features/plan-page.en';

/** English UI strings. */
export const en: Record<UiKey, UiText> = {
  'app.name': 'Lederløft',
  'app.tagline': 'Competency development for leaders',
  'app.skipToContent': 'Skip to content',

  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.framework': 'Leadership foundation',
  'nav.myDevelopment': 'My development',
  'nav.myTeam': 'My team',
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

  'interpretation.heading': 'Interpretation in {unit}',

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
    'Hello {name}. Here you find your details as a leader, your self-assessment, your competency gaps and your personal leadership foundation.',
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

  'assessment.source.self': 'Self-assessment',
  'assessment.source.manager': 'Line manager',
  'assessment.source.employees': 'Employees',
  'assessment.source.survey': 'Workplace survey',
  'assessment.round': '{name}, {start} to {end}',
  'assessment.loading': 'Loading the assessment…',
  'assessment.error.title': 'The assessment could not be loaded',
  'assessment.error.text': 'Something went wrong. Check your connection and try again shortly.',
  'assessment.retry': 'Try again',
  'assessment.noRound.title': 'There is no open assessment round',
  'assessment.noRound.self':
    'You can complete your self-assessment once HR has opened an assessment round. There is nothing to complete right now.',
  'assessment.noRound.manager':
    'You can assess the leader once HR has opened an assessment round. There is nothing to complete right now.',
  'assessment.steps.label': 'Steps of the assessment',
  'assessment.step': 'Step {step} of {total}',
  'assessment.step.answered': '{answered} of {total} answered',
  'assessment.progress.label': 'Answered',
  'assessment.progress.text': '{answered} of {total} answered',
  'assessment.frame.manager': 'How the leader sets the frame',
  'assessment.personal.manager': "The leader's personal behaviour",
  'assessment.cannotRate': 'Cannot assess',
  'assessment.saving': 'Saving…',
  'assessment.saved': 'Saved',
  'assessment.error.notSaved': 'The answer was not saved.',
  'assessment.error.signedOut':
    'You are no longer signed in. Sign in again and choose your answer again.',
  'assessment.error.forbidden.self': 'Only you can complete your self-assessment.',
  'assessment.error.forbidden.manager':
    "Only the leader's line manager can complete this assessment.",
  'assessment.error.csrf':
    'The page no longer matches your sign-in. Reload the page and try again.',
  'assessment.error.invalid': 'The answer could not be used. Reload the page and try again.',
  'assessment.error.unavailable': 'Check your connection and choose your answer again.',
  'assessment.previous': 'Previous',
  'assessment.next': 'Next',
  'assessment.summary.title': 'Summary',
  'assessment.summary.answered': 'You have answered {answered} of {total}',
  'assessment.summary.complete':
    'Thank you. You have answered every question. You can change your answers while the round is open.',
  'assessment.summary.missing': {
    one: '{count} question has no answer yet:',
    other: '{count} questions have no answer yet:',
  },
  'assessment.summary.openIn': '{title}: {count} unanswered',
  'assessment.summary.results.self': 'See your competency gaps',
  'assessment.summary.results.manager': "See the leader's competency gaps",

  'selfAssessment.title': 'Self-assessment',
  'selfAssessment.intro':
    'Assess to what extent you live up to the behaviour in the leadership foundation. Each answer is saved as soon as you choose it, so you can take a break and continue later.',
  'selfAssessment.card.title': 'Your self-assessment',
  'selfAssessment.card.start': 'Complete your self-assessment',
  'selfAssessment.card.continue': 'Continue your self-assessment',
  'selfAssessment.card.review': 'See your self-assessment',
  'selfAssessment.card.text':
    'Assess yourself against the {total} examples of behaviour in the leadership foundation. Together with the assessments by your manager and your employees, it shows your competency gaps.',
  'selfAssessment.card.done':
    'You have answered all {total} questions. You can change your answers while the round is open.',
  'selfAssessment.card.loading': 'Loading your self-assessment…',
  'selfAssessment.card.noRound': 'There is no open assessment round right now.',
  'selfAssessment.card.error': 'We could not load how far you have got.',

  'gapProfile.title.self': 'My competency gaps',
  'gapProfile.intro.self':
    'The combined level of each leadership competency in {round}, compared with the target for your leader level, and what each source says.',
  'gapProfile.intro.other':
    'The combined level of each leadership competency in {round}, compared with the target for the leader level, and what each source says.',
  'gapProfile.loading': 'Loading competency gaps…',
  'gapProfile.error.title': 'The competency gaps could not be loaded',
  'gapProfile.error.text': 'Something went wrong. Check your connection and try again shortly.',
  'gapProfile.empty.title': 'There are no competency gaps to show yet',
  'gapProfile.empty.text':
    'The competency gaps appear once there is an assessment round with assessments. As soon as there are answers from the self-assessment, the manager or the employees, you can see them here.',
  'gapProfile.legend.label': 'How to read the chart',
  'gapProfile.legend.combined': 'Combined level (weighted)',
  'gapProfile.legend.target': 'Target for the leader level',
  'gapProfile.scale': 'Scale: {min} = {minLabel}, {max} = {maxLabel}.',
  'gapProfile.combined': 'Combined',
  'gapProfile.target': 'Target {level}',
  'gapProfile.noTarget': 'No target',
  'gapProfile.status.met': 'Target met',
  'gapProfile.status.gap': 'Gap of {gap}',
  'gapProfile.status.noTarget': 'No target',
  'gapProfile.status.noEvidence': 'No data',
  'gapProfile.noData': 'No data',
  'gapProfile.suppressed': 'Too few responses ({count})',
  'gapProfile.table.caption': 'Levels for {title}',
  'gapProfile.table.source': 'Source',
  'gapProfile.table.scale': 'Scale from {min} to {max}',
  'gapProfile.table.level': 'Level',
  'gapProfile.blindSpot': 'Blind spot',
  'gapProfile.blindSpot.self.higher': 'you rate yourself {difference} higher than others do',
  'gapProfile.blindSpot.self.lower': 'you rate yourself {difference} lower than others do',
  'gapProfile.blindSpot.other.higher':
    'the leader rates themself {difference} higher than others do',
  'gapProfile.blindSpot.other.lower': 'the leader rates themself {difference} lower than others do',
  'gapProfile.blindSpot.higher': '{difference} higher',
  'gapProfile.blindSpot.lower': '{difference} lower',
  'gapProfile.evidence': 'Based on {sources}, {ratings}',
  'gapProfile.evidence.sources': { one: '{count} source', other: '{count} sources' },
  'gapProfile.evidence.ratings': { one: '{count} rating', other: '{count} ratings' },
  'gapProfile.behaviours.toggle': {
    one: 'Show the level of the {count} example of behaviour',
    other: 'Show the levels of the {count} examples of behaviour',
  },
  'gapProfile.behaviours.caption': 'Behaviour in {title}',
  'gapProfile.behaviours.behaviour': 'Behaviour',

  'myTeam.intro':
    'These are the leaders you are the line manager of. See their competency gaps and give your own assessment of them.',
  'myTeam.loading': 'Loading your team…',
  'myTeam.error.title': 'Your team could not be loaded',
  'myTeam.error.text': 'Something went wrong. Check your connection and try again shortly.',
  'myTeam.empty': 'There are no leaders you are the line manager of.',
  'myTeam.notManager.title': 'This page is for managers of leaders',
  'myTeam.notManager.text':
    'My team shows the leaders you are the line manager of. Your account has no leaders reporting to it, so there is nothing to show here.',
  'myTeam.count': { one: '{count} leader', other: '{count} leaders' },
  'myTeam.summary.label': 'Competency gaps of {name}',
  'myTeam.summary.loading': 'Loading competency gaps…',
  'myTeam.summary.none': 'No results yet',
  'myTeam.summary.error': 'The competency gaps could not be loaded',

  'teamMember.loading': 'Loading the leader…',
  'teamMember.error.title': 'The leader could not be loaded',
  'teamMember.notFound.title': 'This leader is not in your team',
  'teamMember.notFound.text':
    'You can only see the leaders you are the line manager of. The link may be wrong, or the leader may have a new manager.',
  'teamMember.back': 'Back to My team',
  'teamMember.facts.title': 'Details',
  'teamMember.assessment.title': 'Your assessment of {name}',
  'teamMember.assessment.intro':
    'Assess to what extent {name} lives up to the behaviour in the leadership foundation. Each answer is saved as soon as you choose it.',
  'teamMember.gap.title': 'Competency gaps of {name}',

  'admin.intro':
    "Here you maintain Lederløft's core data: leaders, leader evaluations, target profiles, local interpretations and the editions of the leadership foundation. You see the areas your role gives access to.",
  'admin.sections.label': 'Areas of the administration',
  'admin.noAccess.title': 'No access',
  'admin.noAccess.text':
    'Administration is for administrators, HR and directors, and this page needs a role your account does not have. Contact an administrator if you think this is a mistake.',
  'admin.noAccess.overview': 'Go to Administration',
  'admin.loading': 'Loading…',
  'admin.error.title': 'The information could not be loaded',
  'admin.error.text': 'Something went wrong. Check your connection and try again shortly.',
  'admin.retry': 'Try again',
  'admin.error.signedOut': 'You are no longer signed in. Sign in again and try again.',
  'admin.error.forbidden': 'Your account may not do this.',
  'admin.error.csrf': 'The page no longer matches your sign-in. Reload the page and try again.',
  'admin.error.invalid': 'The information could not be used. Check it and try again.',
  'admin.error.conflict':
    'This was not possible because the data changed meanwhile. Reload the page.',
  'admin.error.unavailable': 'Check your connection and try again shortly.',
  'admin.details.caption': 'Problems in what was sent',
  'admin.details.where': 'Where',
  'admin.details.message': 'Problem',

  'admin.leaderImport.title': 'Import leaders',
  'admin.leaderImport.summary':
    "Load the municipality's leaders from the HR system's export (CSV or Excel), and first see what changes.",
  'admin.leaderImport.intro':
    'New leaders are created, and existing leaders are updated by employee ID or e-mail. See the preview first: nothing is saved until you choose Import, and a file with errors is not imported at all.',
  'admin.leaderImport.format.text': 'One row per leader below a header row with these columns:',
  'admin.leaderImport.column.employeeId': 'the number in the HR system (optional)',
  'admin.leaderImport.column.name': "the leader's full name",
  'admin.leaderImport.column.email': 'work e-mail; also used to sign in',
  'admin.leaderImport.column.title': 'e.g. Dagtilbudsleder',
  'admin.leaderImport.column.level': 'Direktør, Chef, Mellemleder or Førstelinjeleder',
  'admin.leaderImport.column.unit': "the unit's ID in the HR system, e.g. IBK-0029",
  'admin.leaderImport.column.manager': "the line manager's e-mail; blank for the top leader",
  'admin.leaderImport.column.startDate': 'e.g. 01-03-2019 (optional)',
  'admin.leaderImport.column.active': 'Ja or Nej (blank means Ja)',
  'admin.leaderImport.rows': { one: '{count} row in the file', other: '{count} rows in the file' },
  'admin.leaderImport.creates': { one: '{count} new', other: '{count} new' },
  'admin.leaderImport.updates': { one: '{count} to update', other: '{count} to update' },
  'admin.leaderImport.unchanged': { one: '{count} unchanged', other: '{count} unchanged' },
  'admin.leaderImport.changes.caption': 'Changes on import',
  'admin.leaderImport.changes.action': 'Change',
  'admin.leaderImport.changes.name': 'Name',
  'admin.leaderImport.changes.email': 'E-mail',
  'admin.leaderImport.changes.fields': 'Changed fields',
  'admin.leaderImport.action.create': 'New',
  'admin.leaderImport.action.update': 'Update',
  'admin.leaderImport.noChanges': 'The file changes no leaders.',
  'admin.leaderImport.field.name': 'Name',
  'admin.leaderImport.field.email': 'E-mail',
  'admin.leaderImport.field.title': 'Job title',
  'admin.leaderImport.field.levelKey': 'Leader level',
  'admin.leaderImport.field.orgUnitId': 'Unit',
  'admin.leaderImport.field.managerId': 'Line manager',
  'admin.leaderImport.field.startDate': 'Start date',
  'admin.leaderImport.field.active': 'Active',
  'admin.leaderImport.field.employeeId': 'Employee ID',
  'admin.leaderImport.done':
    'The leaders are imported. New: {created}, updated: {updated}, unchanged: {unchanged}.',

  'admin.import.format.title': 'What the file must look like',
  'admin.import.encoding':
    'A CSV file saved from Danish Excel works as it is: semicolons as separators and the Windows-1252 character set (UTF-8 and commas work too). In an Excel file (.xlsx) the first sheet is read.',
  'admin.import.file.label': 'Choose file',
  'admin.import.file.hint': 'A CSV or Excel file (.csv or .xlsx).',
  'admin.import.file.required': 'Choose a file first.',
  'admin.import.file.wrongType': 'The file must be a CSV or Excel file (.csv or .xlsx).',
  'admin.import.preview': 'See preview',
  'admin.import.previewing': 'Preparing the preview of {name}…',
  'admin.import.run': 'Import',
  'admin.import.running': 'Importing {name}…',
  'admin.import.runBusy': 'Importing…',
  'admin.import.busy': 'Working…',
  'admin.import.preview.title': 'Preview',
  'admin.import.preview.ready': 'The file has no errors. Choose Import to save the changes.',
  'admin.import.blocked': 'Import becomes available when the file has no errors.',
  'admin.import.errors.summary': {
    one: 'The file has {count} error. Correct the file and see the preview again. Nothing has been imported.',
    other:
      'The file has {count} errors. Correct the file and see the preview again. Nothing has been imported.',
  },
  'admin.import.errors.caption': 'Errors in the file',
  'admin.import.errors.line': 'Row',
  'admin.import.errors.column': 'Column',
  'admin.import.errors.message': 'Error',
  'admin.import.previewFailed': 'The preview could not be made.',
  'admin.import.failed': 'The file was not imported.',

  'admin.evaluationImport.title': 'Import leader evaluation',
  'admin.evaluationImport.summary':
    "Load the employees' answers from the leader evaluation into an assessment round.",
  'admin.evaluationImport.intro':
    "Load the employees' responses to the leader evaluation as the survey tool exported them. Choose the round and the file, and see the preview first: nothing is saved until you choose Import.",
  'admin.evaluationImport.round': 'Assessment round',
  'admin.evaluationImport.roundClosed': '{round} (closed)',
  'admin.evaluationImport.noRounds':
    'There are no assessment rounds yet to import a leader evaluation into.',
  'admin.evaluationImport.format.rows': 'One row per response (one employee about one leader).',
  'admin.evaluationImport.format.leader':
    'The column "Leder" with the e-mail of the leader the response is about.',
  'admin.evaluationImport.format.behaviours':
    "One column per behaviour, headed by the behaviour's key (e.g. {key}) or its Danish text.",
  'admin.evaluationImport.format.answers':
    'Answers from 1 to 5, or "Ved ikke" when the employee cannot assess the behaviour.',
  'admin.evaluationImport.format.privacy':
    'Only the number of answers per leader and behaviour is kept, not the individual responses. A result with fewer than {min} responses is never shown.',
  'admin.evaluationImport.format.replace':
    "The import replaces earlier imported results in the round for the file's leaders.",
  'admin.evaluationImport.keys.toggle': {
    one: 'Show the key of the {count} example of behaviour',
    other: 'Show the keys of the {count} examples of behaviour',
  },
  'admin.evaluationImport.responses': { one: '{count} response', other: '{count} responses' },
  'admin.evaluationImport.leaders': { one: '{count} leader', other: '{count} leaders' },
  'admin.evaluationImport.results': {
    one: '{count} result (leader and behaviour)',
    other: '{count} results (leader and behaviour)',
  },
  'admin.evaluationImport.done':
    'The leader evaluation is imported. Responses: {responses}, leaders: {leaders}, results: {results}.',

  'admin.targets.title': 'Target profiles',
  'admin.targets.summary':
    'Set the expected level in each leadership competency for each leader level.',
  'admin.targets.intro':
    "The target is the level on the scale from 1 to 5 that a leader at the leader level is expected to reach in the leadership competency. The competency gap is the difference between the target and the leader's combined level. A blank field means no target.",
  'admin.targets.caption': 'Targets per leader level and leadership competency',
  'admin.targets.level': 'Leader level',
  'admin.targets.cell': 'Target for {level}, {competency}',
  'admin.targets.hint': 'A number from 1 to 5 with at most one decimal. Blank field: no target.',
  'admin.targets.save': 'Save the targets',
  'admin.targets.saving': 'Saving…',
  'admin.targets.saved': 'The targets were saved at {time}.',
  'admin.targets.noChanges': 'You have not changed any targets.',
  'admin.targets.unsaved': {
    one: 'You have changed {count} target that is not saved.',
    other: 'You have changed {count} targets that are not saved.',
  },
  'admin.targets.error.range': 'Enter a number from 1 to 5.',
  'admin.targets.error.decimals': 'Use at most one decimal, e.g. 3.5.',
  'admin.targets.errorSummary': {
    one: 'Correct {count} field before you save:',
    other: 'Correct {count} fields before you save:',
  },
  'admin.targets.errorItem': '{level}, {competency}: {message}',
  'admin.targets.notSaved': 'The targets were not saved.',

  'admin.interpretations.title': 'Local interpretations',
  'admin.interpretations.summary':
    "Write a unit's own interpretation of the leadership competencies and behaviour.",
  'admin.interpretations.intro':
    'A unit can write its own interpretation of the competencies and behaviour: what does it mean here? The leaders in the unit and in the units below it see the interpretation together with the shared text.',
  'admin.interpretations.unit': 'Unit',
  'admin.interpretations.chooseUnit': 'Choose a unit',
  'admin.interpretations.scope': 'You can write interpretations for your area: {scopes}.',
  'admin.interpretations.noUnits': 'There are no units you can write interpretations for.',
  'admin.interpretations.pickFirst':
    'Choose a unit to see and write its interpretations of the leadership foundation.',
  'admin.interpretations.loadingUnit': "Loading the unit's interpretations…",
  'admin.interpretations.count': {
    one: '{unit} has {count} interpretation.',
    other: '{unit} has {count} interpretations.',
  },
  'admin.interpretations.competency': 'The competency',
  'admin.interpretations.behaviours': 'Behaviour',
  'admin.interpretations.original': 'The leadership foundation',
  'admin.interpretations.local': 'Interpretation for {unit}',
  'admin.interpretations.none': 'No interpretation yet.',
  'admin.interpretations.updatedAt': 'Last changed {date}.',
  'admin.interpretations.write': 'Write interpretation',
  'admin.interpretations.edit': 'Edit interpretation',
  'admin.interpretations.delete': 'Delete interpretation',
  'admin.interpretations.deleteConfirm':
    "Delete the unit's interpretation? The shared text of the leadership foundation stays.",
  'admin.interpretations.da': 'Interpretation in Danish',
  'admin.interpretations.en': 'Interpretation in English (optional)',
  'admin.interpretations.en.hint': 'If left blank, the Danish text is also shown in English.',
  'admin.interpretations.save': 'Save interpretation',
  'admin.interpretations.saving': 'Saving…',
  'admin.interpretations.cancel': 'Cancel',
  'admin.interpretations.saved': 'The interpretation is saved.',
  'admin.interpretations.deleted': 'The interpretation is deleted.',
  'admin.interpretations.daRequired': 'Write the interpretation in Danish.',
  'admin.interpretations.notSaved': 'The interpretation was not saved.',
  'admin.interpretations.notDeleted': 'The interpretation was not deleted.',
  'admin.unitKind.kommune': 'municipality',
  'admin.unitKind.fagomraade': 'division',
  'admin.unitKind.afdeling': 'department',
  'admin.unitKind.enhed': 'unit',

  'admin.editions.title': 'Editions of the leadership foundation',
  'admin.editions.summary':
    'Create a draft, edit it as JSON, and publish a new edition of the leadership foundation.',
  'admin.editions.intro':
    'The leadership foundation is published in editions. A published edition never changes, because assessments and plans refer to it. To change the content, create a draft from the edition in force and edit it here in the browser or as a JSON file. When the draft is ready, publish it.',
  'admin.editions.caption': 'Editions of the leadership foundation',
  'admin.editions.edition': 'Edition',
  'admin.editions.status': 'Status',
  'admin.editions.publishedAt': 'Published',
  'admin.editions.content': 'Content',
  'admin.editions.download.column': 'Download',
  'admin.editions.status.draft': 'Draft',
  'admin.editions.status.published': 'Published',
  'admin.editions.status.retired': 'Retired',
  'admin.editions.current': 'In force',
  'admin.editions.notPublished': 'Not published',
  'admin.editions.counts': '{competencies} competencies, {behaviours} examples of behaviour',
  'admin.editions.download': 'Download as JSON',
  'admin.editions.empty': 'There are no editions of the leadership foundation yet.',
  'admin.editions.newDraft': 'New draft',
  'admin.editions.newDraft.hint':
    'Creates a draft with the content of edition {edition}, which is in force.',
  'admin.editions.newDraft.noCurrent': 'There is no edition in force to create a draft from.',
  'admin.editions.creating': 'Creating…',
  'admin.editions.created': 'The draft, edition {edition}, has been created.',
  'admin.editions.notCreated': 'The draft was not created.',
  'admin.editions.draft.title': 'Draft: edition {edition}',
  'admin.editions.draft.steps.download': 'Download the draft as JSON.',
  'admin.editions.draft.steps.edit':
    'Edit the texts in the file. Keep the keys (key), so assessments can follow.',
  'admin.editions.draft.steps.upload': 'Upload the edited file here.',
  'admin.editions.draft.steps.publish': 'Publish the draft when it is ready.',
  'admin.editions.upload.label': 'Choose JSON file',
  'admin.editions.upload.hint': 'The file you downloaded and edited (.json).',
  'admin.editions.upload': 'Upload edited JSON',
  'admin.editions.uploading': 'Uploading…',
  'admin.editions.uploaded': 'The draft, edition {edition}, now has the content of {file}.',
  'admin.editions.upload.required': 'Choose the edited JSON file first.',
  'admin.editions.upload.notJson':
    'The file is not valid JSON. Choose the file you downloaded and edited.',
  'admin.editions.upload.failed': 'The draft was not updated.',
  'admin.editions.publish': 'Publish edition {edition}',
  'admin.editions.publishing': 'Publishing…',
  'admin.editions.published':
    'Edition {edition} is published and is now the leadership foundation in force.',
  'admin.editions.notPublishedError': 'The edition was not published.',
  'admin.editions.confirm.title': 'Publish edition {edition}?',
  'admin.editions.confirm.text':
    'Edition {edition} becomes the leadership foundation in force, which every leader sees and new assessments build on.',
  'admin.editions.confirm.retire':
    'The current edition {current} is retired. It can still be downloaded, but no longer applies.',
  'admin.editions.confirm.immutable':
    'A published edition can never be changed. Later corrections need a new draft.',
  'admin.editions.confirm.ok': 'Publish',
  'admin.editions.confirm.cancel': 'Cancel',

  'admin.orgUnitImport.title': 'Import org units',
  'admin.orgUnitImport.summary':
    "Load the municipality's organisation (units and where they belong) from the HR system's export, and first see what changes.",
  'admin.orgUnitImport.intro':
    'New units are created, and existing units are updated by their unit ID (Enhed-ID). See the preview first: nothing is saved until you choose Import, and a file with errors is not imported at all.',
  'admin.orgUnitImport.format.text': 'One row per unit below a header row with these columns:',
  'admin.orgUnitImport.column.id': "the unit's ID in the HR system, e.g. IBK-0029",
  'admin.orgUnitImport.column.name': "the unit's name, e.g. Dagtilbud Nord",
  'admin.orgUnitImport.column.type': 'kommune, fagområde, afdeling or enhed',
  'admin.orgUnitImport.column.parent':
    'the unit ID of the unit it belongs to; blank only for the municipality at the top',
  'admin.orgUnitImport.rule.levels':
    'Each unit is exactly one level below its parent: a fagområde below the municipality, an afdeling below a fagområde and an enhed below an afdeling.',
  'admin.orgUnitImport.rule.update':
    'Importing the file again updates the units by unit ID, so names and positions can be corrected.',
  'admin.orgUnitImport.rule.move':
    'When a unit moves to another parent, all the units below it move with it.',
  'admin.orgUnitImport.rows': { one: '{count} row in the file', other: '{count} rows in the file' },
  'admin.orgUnitImport.creates': { one: '{count} new', other: '{count} new' },
  'admin.orgUnitImport.updates': { one: '{count} updated', other: '{count} updated' },
  'admin.orgUnitImport.unchanged': { one: '{count} unchanged', other: '{count} unchanged' },
  'admin.orgUnitImport.done':
    'The units are imported. New: {created}, updated: {updated}, unchanged: {unchanged}.',

  'admin.accounts.title': 'Accounts',
  'admin.accounts.summary':
    'Create accounts for HR, directors and administrators, grant roles, set a new password and deactivate accounts.',
  'admin.accounts.intro':
    "Here you see every account in Lederløft. You can change an account's roles, set a new password and deactivate or activate the account. A deactivated account cannot sign in.",
  'admin.accounts.search': 'Search by name or e-mail',
  'admin.accounts.count': {
    one: 'Showing {count} of {total} accounts',
    other: 'Showing {count} of {total} accounts',
  },
  'admin.accounts.noMatch': 'No accounts match the search.',
  'admin.accounts.table.caption': 'Accounts',
  'admin.accounts.table.name': 'Name',
  'admin.accounts.table.email': 'E-mail',
  'admin.accounts.table.leader': 'Leader',
  'admin.accounts.table.roles': 'Roles',
  'admin.accounts.table.status': 'Status',
  'admin.accounts.table.actions': 'Actions',
  'admin.accounts.yes': 'Yes',
  'admin.accounts.no': 'No',
  'admin.accounts.noRoles': 'No granted roles',
  'admin.accounts.active': 'Active',
  'admin.accounts.inactive': 'Deactivated',
  'admin.accounts.role.hr': 'HR',
  'admin.accounts.role.admin': 'Administrator',
  'admin.accounts.role.director': 'Director',
  'admin.accounts.editRoles': 'Edit roles',
  'admin.accounts.editRolesFor': 'Edit roles for {name}',
  'admin.accounts.setPassword': 'New password',
  'admin.accounts.setPasswordFor': 'New password for {name}',
  'admin.accounts.deactivate': 'Deactivate',
  'admin.accounts.deactivateFor': 'Deactivate {name}',
  'admin.accounts.activate': 'Activate',
  'admin.accounts.activateFor': 'Activate {name}',
  'admin.accounts.cancel': 'Cancel',
  'admin.accounts.confirm.deactivateTitle': 'Deactivate the account of {name}?',
  'admin.accounts.confirm.deactivateText':
    '{name} is signed out and cannot sign in until the account is activated again. Nothing is deleted.',
  'admin.accounts.confirm.activateTitle': 'Activate the account of {name}?',
  'admin.accounts.confirm.activateText': '{name} can sign in with their password again.',
  'admin.accounts.activated': 'The account of {name} is activated.',
  'admin.accounts.deactivated': 'The account of {name} is deactivated.',
  'admin.accounts.rolesSaved': 'The roles of {name} are saved.',
  'admin.accounts.passwordSaved':
    'The new password for {name} is saved, and {name} is signed out everywhere.',
  'admin.accounts.created': 'The account of {name} is created.',
  'admin.accounts.notSaved': 'The change was not saved.',
  'admin.accounts.notCreated': 'The account was not created.',
  'admin.accounts.roles.title': 'Roles of {name}',
  'admin.accounts.roles.legend': 'Roles',
  'admin.accounts.roles.hint':
    'The leader and manager roles follow from the organisation and are not granted here.',
  'admin.accounts.roles.save': 'Save roles',
  'admin.accounts.scope.label': 'Unit the director is responsible for',
  'admin.accounts.scope.choose': 'Choose a unit',
  'admin.accounts.scope.hint': 'The director sees the unit and every unit below it.',
  'admin.accounts.scope.required': 'Choose the unit the director is responsible for.',
  'admin.accounts.password.title': 'New password for {name}',
  'admin.accounts.password.signOut':
    'Once the new password is saved, the person is signed out everywhere and must sign in with the new password.',
  'admin.accounts.password.new': 'New password',
  'admin.accounts.password.repeat': 'Repeat the new password',
  'admin.accounts.password.hint': 'At least {min} characters.',
  'admin.accounts.password.tooShort': 'The password must be at least {min} characters.',
  'admin.accounts.password.mismatch': 'The two passwords are not the same.',
  'admin.accounts.password.save': 'Save password',
  'admin.accounts.create.title': 'Create account',
  'admin.accounts.create.help':
    "Create an account for a staff member who needs roles in Lederløft: HR, director or administrator. The account is not linked to a leader here; the leaders' own accounts come from the leader import. Give the person the first password in a secure way.",
  'admin.accounts.create.name': 'Name',
  'admin.accounts.create.nameRequired': "Enter the person's name.",
  'admin.accounts.create.email': 'E-mail',
  'admin.accounts.create.emailHint': 'Work e-mail; used to sign in.',
  'admin.accounts.create.emailInvalid': 'Enter a valid e-mail address, e.g. name@ikast-brande.dk.',
  'admin.accounts.create.password': 'First password',
  'admin.accounts.create.passwordHint':
    'At least {min} characters. The person changes it after signing in the first time.',
  'admin.accounts.create.submit': 'Create account',

  'notFound.title': 'Page not found',
  'notFound.text':
    'We cannot find the page you are looking for. The link may be wrong or out of date.',
  'notFound.back': 'Go to the leadership foundation',

  ...catalogueEn,
  ...roundsEn,
  ...organisationEn,
  ...editionsEn,
  ...plansEn,
  ...myPlanEn,
  ...prioritiesEn,
  ...overviewEn,
  ...participantsEn,
  ...planPageEn,
};
