import type { UiText } from '../ui-text';
import type { editionsDa } from './editions.da';

/** English strings of editing a draft edition of the leadership foundation. */
export const editionsEn: Record<keyof typeof editionsDa, UiText> = {
  'admin.editions.draft.editIntro':
    'Edit the texts right here in the browser, in Danish and English, and save as you go.',
  'admin.editions.draft.edit': 'Edit the draft',
  'admin.editions.draft.jsonTitle': 'Or edit the draft as a JSON file',
  'admin.editions.draft.publishTitle': 'Publish the draft',

  'admin.draftEditor.title': 'Edit draft',
  'admin.draftEditor.heading': 'Edit draft: edition {edition}',
  'admin.draftEditor.intro':
    'Edit the texts in Danish and English, and save as you go. Leaders only see the changes once you publish the draft. The keys (e.g. handlekraft.give-raaderum) stay fixed, so assessments and plans can follow an item from edition to edition.',
  'admin.draftEditor.missing.title': 'The edition does not exist',
  'admin.draftEditor.missing.text':
    'The link points to an edition that does not exist. Go to the editions and choose the draft there.',
  'admin.draftEditor.back': 'Back to the editions',
  'admin.draftEditor.notDraft':
    'Edition {edition} is not a draft, so it cannot be changed. Create a new draft to change the leadership foundation.',
  'admin.draftEditor.toc': 'Parts of the draft',

  'admin.draftEditor.actions': 'Save and publish',
  'admin.draftEditor.save': 'Save draft',
  'admin.draftEditor.saving': 'Saving…',
  'admin.draftEditor.saved': 'Saved at {time}.',
  'admin.draftEditor.unsaved': 'You have changes that are not saved.',
  'admin.draftEditor.clean': 'No changes yet.',
  'admin.draftEditor.notSaved': 'The draft was not saved',
  'admin.draftEditor.fix': 'Correct the errors below and save again.',
  'admin.draftEditor.saveFirst': 'Save your changes before you publish the draft.',
  'admin.draftEditor.seePublished': 'See the leadership foundation',

  'admin.draftEditor.changes.title': 'Differences',
  'admin.draftEditor.changes.against': 'The saved draft compared with edition {edition}:',
  'admin.draftEditor.changes.texts': {
    one: '{count} text changed',
    other: '{count} texts changed',
  },
  'admin.draftEditor.changes.added': { one: '{count} item added', other: '{count} items added' },
  'admin.draftEditor.changes.removed': {
    one: '{count} item removed',
    other: '{count} items removed',
  },
  'admin.draftEditor.changes.reordered': {
    one: 'New order in {count} list',
    other: 'New order in {count} lists',
  },
  'admin.draftEditor.changes.none': 'The saved draft is the same as edition {edition}.',
  'admin.draftEditor.changes.noCurrent': 'There is no edition in force to compare with.',
  'admin.draftEditor.changes.unsaved': 'Changes that are not saved are not counted.',

  'admin.draftEditor.edition.title': 'The edition',
  'admin.draftEditor.editionLabel': 'Edition label',
  'admin.draftEditor.editionLabel.hint':
    'Optional, e.g. 2027. Shown after the number: "Edition 2 (2027)".',
  'admin.draftEditor.values.title': 'Values and expected conduct',
  'admin.draftEditor.dogmas.title': 'Dogmas of the whole leadership foundation',
  'admin.draftEditor.key': 'Key: {key}',
  'admin.draftEditor.key.new': 'New – gets the key {key} when you save',
  'admin.draftEditor.optional': '(optional)',
  'admin.draftEditor.lang.da': 'Danish',
  'admin.draftEditor.lang.en': 'English',

  'admin.draftEditor.field.name': 'Name',
  'admin.draftEditor.field.description': 'Description',
  'admin.draftEditor.field.title': 'Name',
  'admin.draftEditor.field.summary': 'Summary',
  'admin.draftEditor.field.because': 'Because',
  'admin.draftEditor.field.because.hint': 'The sentence after "Because:", without the word itself.',
  'admin.draftEditor.field.frameIntro': 'Lead-in to "sets the frame"',
  'admin.draftEditor.field.personalIntro': 'Lead-in to "personal behaviour"',
  'admin.draftEditor.field.text': 'Text',

  'admin.draftEditor.list.frame': 'Example behaviours: sets the frame for employees',
  'admin.draftEditor.list.personal': 'Example behaviours: personal behaviour',
  'admin.draftEditor.list.dogmas': 'Dogmas',
  'admin.draftEditor.list.empty': 'None yet.',
  'admin.draftEditor.item.frame': 'Example {n} (sets the frame)',
  'admin.draftEditor.item.personal': 'Example {n} (personal behaviour)',
  'admin.draftEditor.item.dogmas': 'Dogma {n}',
  'admin.draftEditor.add.frame': 'Add example (sets the frame)',
  'admin.draftEditor.add.personal': 'Add example (personal behaviour)',
  'admin.draftEditor.add.dogmas': 'Add dogma',
  'admin.draftEditor.moveUp': 'Move up',
  'admin.draftEditor.moveDown': 'Move down',
  'admin.draftEditor.remove': 'Remove',
  'admin.draftEditor.moved': '{item} moved to number {n}.',
  'admin.draftEditor.removed': '{item} removed. It leaves the draft when you save.',
  'admin.draftEditor.added': '{item} added. Write the text in Danish and English.',

  'admin.draftEditor.place.frame': 'sets the frame, example {n}',
  'admin.draftEditor.place.personal': 'personal behaviour, example {n}',
  'admin.draftEditor.place.dogmas': 'dogma {n}',
  'admin.draftEditor.place.frameworkDogmas': 'Dogmas of the whole leadership foundation',
  'admin.draftEditor.error.required.da': 'Write the text in Danish.',
  'admin.draftEditor.error.required.en': 'Write the text in English.',
  'admin.draftEditor.error.tooLong': 'At most {max} characters.',
  'admin.draftEditor.leaveConfirm':
    'You have changes in the draft that are not saved. Leave the page anyway?',
};
