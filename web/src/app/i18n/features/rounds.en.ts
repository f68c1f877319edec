import type { UiText } from '../ui-text';
import type { roundsDa } from './rounds.da';

/** English strings of "Assessment rounds" and "Wellbeing survey" in the administration. */
export const roundsEn: Record<keyof typeof roundsDa, UiText> = {
  'admin.rounds.title': 'Assessment rounds',
  'admin.rounds.summary':
    'Create, edit, open and close the assessment rounds: period, sources, anonymity limit and weights.',
  'admin.rounds.intro':
    "An assessment round gathers the leader evaluation for a period: self-assessment, the manager's assessment, the employees' answers and the wellbeing survey. Here you create rounds and decide which sources are used and how much each of them weighs. Leaders can only answer in an open round.",
  'admin.rounds.table.caption': 'Assessment rounds',
  'admin.rounds.table.name': 'Name',
  'admin.rounds.table.edition': 'Edition',
  'admin.rounds.table.period': 'Period',
  'admin.rounds.table.status': 'Status',
  'admin.rounds.table.sources': 'Sources and weights',
  'admin.rounds.table.anonymity': 'Anonymity limit',
  'admin.rounds.table.actions': 'Actions',
  'admin.rounds.edition': 'Edition {edition}',
  'admin.rounds.edition.unknown': 'Unknown edition',
  'admin.rounds.period': '{start} – {end}',
  'admin.rounds.status.open': 'Open',
  'admin.rounds.status.closed': 'Closed',
  'admin.rounds.sourceWeight': '{source} (weight {weight})',
  'admin.rounds.minRespondents': {
    one: 'At least {count} response',
    other: 'At least {count} responses',
  },
  'admin.rounds.edit': 'Edit',
  'admin.rounds.editFor': 'Edit {name}',
  'admin.rounds.close': 'Close',
  'admin.rounds.closeFor': 'Close {name}',
  'admin.rounds.open': 'Open',
  'admin.rounds.openFor': 'Open {name}',
  'admin.rounds.empty': 'There are no assessment rounds yet. Create the first one below.',
  'admin.rounds.create.title': 'Create an assessment round',
  'admin.rounds.create.help':
    'The round is open as soon as it is created. The edition, the start date and the sources cannot be changed afterwards.',
  'admin.rounds.create.submit': 'Create round',
  'admin.rounds.edit.title': 'Edit {name}',
  'admin.rounds.edit.fixed':
    'The edition, start date and sources cannot be changed: {edition}, starting {start}, sources: {sources}.',
  'admin.rounds.edit.submit': 'Save changes',
  'admin.rounds.cancel': 'Cancel',
  'admin.rounds.noChanges': 'You have not changed anything.',
  'admin.rounds.form.name': 'Name',
  'admin.rounds.form.nameHint': 'E.g. Leader evaluation 2027.',
  'admin.rounds.form.nameRequired': "Enter the round's name.",
  'admin.rounds.form.nameTooLong': 'The name may be at most {max} characters.',
  'admin.rounds.form.edition': 'Edition of the leadership foundation',
  'admin.rounds.form.editionCurrent': 'Edition {edition} (in force)',
  'admin.rounds.form.editionHint': 'The round assesses the behaviours of this edition.',
  'admin.rounds.form.start': 'Start date',
  'admin.rounds.form.end': 'End date',
  'admin.rounds.form.dateRequired': 'Choose a date.',
  'admin.rounds.form.dateInvalid': 'Enter a real date.',
  'admin.rounds.form.endBeforeStart': 'The end date cannot be before the start date.',
  'admin.rounds.form.sources': 'Sources',
  'admin.rounds.form.sourcesHint': "Where the leader's level comes from in this round.",
  'admin.rounds.form.sourcesRequired': 'Choose at least one source.',
  'admin.rounds.form.minRespondents': 'Anonymity limit (minimum number of responses)',
  'admin.rounds.form.minRespondentsHint':
    'Results from employees and the wellbeing survey with fewer responses are not shown and do not count.',
  'admin.rounds.form.minRespondentsInvalid': 'Enter a whole number from {min} to {max}.',
  'admin.rounds.form.weights': 'Weights',
  'admin.rounds.form.weightsHint':
    "How much each chosen source counts in the leader's combined level. 0 leaves the source out.",
  'admin.rounds.form.weight': 'Weight: {source}',
  'admin.rounds.form.weightInvalid': 'Enter a number from {min} to {max}.',
  'admin.rounds.form.weightsAllZero': 'At least one of the chosen sources needs a weight above 0.',
  'admin.rounds.created': 'The round “{name}” has been created and is open.',
  'admin.rounds.saved': 'The changes to “{name}” have been saved.',
  'admin.rounds.opened': 'The round “{name}” is open.',
  'admin.rounds.closed': 'The round “{name}” is closed.',
  'admin.rounds.notCreated': 'The round was not created.',
  'admin.rounds.notSaved': 'The changes were not saved.',
  'admin.rounds.confirm.closeTitle': 'Close “{name}”?',
  'admin.rounds.confirm.closeText':
    'Once the round is closed, leaders and their managers can no longer answer in it. Answers and results are kept, and you can open the round again.',
  'admin.rounds.confirm.openTitle': 'Open “{name}” again?',
  'admin.rounds.confirm.openText': 'Leaders and their managers can answer in the round again.',

  'admin.survey.title': 'Wellbeing survey',
  'admin.survey.summary':
    'Import the wellbeing survey into an assessment round, and link its questions to the leadership competencies.',
  'admin.survey.intro':
    'Import the results of the wellbeing survey, as the survey tool exported them, into an assessment round. Choose the round, the scale and the file, and look at the preview first: nothing is saved until you choose Import.',
  'admin.survey.round': 'Assessment round',
  'admin.survey.roundClosed': '{round} (closed)',
  'admin.survey.noRounds':
    'No assessment round uses the wellbeing survey as a source. Create a round with the source Wellbeing survey under Assessment rounds.',
  'admin.survey.scale': "Highest score on the survey's scale",
  'admin.survey.scaleHint':
    'E.g. 100 when scores go from 0 to 100. Scores are converted to the scale from 1 to 5.',
  'admin.survey.scaleInvalid': 'Enter a whole number from 1 to 9999.',
  'admin.survey.format.rows': 'One row per unit and question under a header row with:',
  'admin.survey.column.unit': "the unit's ID in the HR system, e.g. IBK-0029",
  'admin.survey.column.itemCode': "the question's number, e.g. TRIV-07",
  'admin.survey.column.itemText': "the question's text (optional)",
  'admin.survey.column.score': "the unit's average on the survey's scale",
  'admin.survey.column.respondents': 'the number of responses behind the score',
  'admin.survey.format.privacy':
    "Scores with fewer responses than the round's anonymity limit ({min}) are not shown and do not count.",
  'admin.survey.format.replace':
    "The import replaces the round's earlier scores for the units in the file.",
  'admin.survey.rows': { one: '{count} row in the file', other: '{count} rows in the file' },
  'admin.survey.units': { one: '{count} unit', other: '{count} units' },
  'admin.survey.items': { one: '{count} question', other: '{count} questions' },
  'admin.survey.unmapped': {
    one: 'The question {codes} is not linked to a competency yet. It only counts once you have linked it to a competency below.',
    other:
      '{count} questions are not linked to a competency yet: {codes}. They only count once you have linked them to a competency below.',
  },
  'admin.survey.done':
    'The wellbeing survey has been imported. Rows: {rows}, units: {units}, questions: {items}.',
  'admin.survey.mapping.title': 'Questions and competencies',
  'admin.survey.mapping.explain':
    "When a question is linked to a leadership competency, the unit's score on the question counts as the wellbeing survey's indication of the leader's level in that competency; a question without a competency does not count.",
  'admin.survey.mapping.caption': "The wellbeing survey's questions",
  'admin.survey.mapping.code': 'Question ID',
  'admin.survey.mapping.text': 'Question',
  'admin.survey.mapping.competency': 'Competency',
  'admin.survey.mapping.state': 'Saved',
  'admin.survey.mapping.none': 'None (does not count)',
  'admin.survey.mapping.selectLabel': 'Competency for {code}',
  'admin.survey.mapping.empty':
    'There are no questions yet. They arrive with the first wellbeing survey that is imported.',
  'admin.survey.mapping.unmappedCount': {
    one: '{count} of {total} questions is not linked to a competency.',
    other: '{count} of {total} questions are not linked to a competency.',
  },
  'admin.survey.mapping.allMapped': {
    one: 'The question is linked to a competency.',
    other: 'All {total} questions are linked to a competency.',
  },
  'admin.survey.mapping.saving': 'Saving…',
  'admin.survey.mapping.saved': 'Saved, the results have been recalculated.',
  'admin.survey.mapping.savedTo':
    '{code} is linked to {competency}. The wellbeing results have been recalculated.',
  'admin.survey.mapping.savedNone':
    '{code} no longer counts. The wellbeing results have been recalculated.',
  'admin.survey.mapping.failed': 'Not saved.',
  'admin.survey.mapping.stale':
    'The list of questions could not be fetched again after the import, so new questions may be missing.',
  'admin.survey.mapping.reload': 'Fetch the questions again',
};
