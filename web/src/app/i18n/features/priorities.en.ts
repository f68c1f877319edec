import type { UiText } from '../ui-text';
import type { prioritiesDa } from './priorities.da';

/** English strings of "Strategic priorities" in the administration. */
export const prioritiesEn: Record<keyof typeof prioritiesDa, UiText> = {
  'admin.priorities.title': 'Strategic priorities',
  'admin.priorities.summary':
    "Decide for each year which competencies weigh most in the proposals for the leaders' development plans in a unit and the units below it.",
  'admin.priorities.intro':
    'The priorities decide how much each competency weighs when Lederløft proposes a development plan. A unit without its own priorities inherits the whole set from the nearest unit above it that has priorities for the year. Weight 1 means "like the others".',
  'admin.priorities.year': 'Year',
  'admin.priorities.tree': 'Units',
  'admin.priorities.scope': 'You can set priorities for your area: {scopes}.',
  'admin.priorities.pickFirst': 'Choose a unit in the tree to see and set its priorities.',
  'admin.priorities.noUnits': 'There are no units you can set priorities for.',
  'admin.priorities.loadingUnit': 'Loading the priorities …',
  'admin.priorities.unitHeading': '{unit} in {year}',
  'admin.priorities.source.own': "The unit's own priorities, set by {name} on {date}.",
  'admin.priorities.source.inherited':
    'Inherited from {source}. If you save, {unit} gets its own priorities for {year}.',
  'admin.priorities.source.none':
    'No unit above {unit} has priorities for {year}, so every competency weighs 1.',
  'admin.priorities.badge.own': 'Own priorities',
  'admin.priorities.badge.inherited': 'Inherited',
  'admin.priorities.badge.none': 'Default',
  'admin.priorities.weights': 'Weight per competency',
  'admin.priorities.weight': 'Weight',
  'admin.priorities.weightFor': 'Weight for {competency}',
  'admin.priorities.weight.0.5': '0.5 – half weight',
  'admin.priorities.weight.1': '1 – like the others',
  'admin.priorities.weight.1.5': '1.5 – a little more',
  'admin.priorities.weight.2': '2 – double weight',
  'admin.priorities.weight.2.5': '2.5 – much more',
  'admin.priorities.weight.3': '3 – triple weight',
  'admin.priorities.note': 'Reason',
  'admin.priorities.noteHint':
    'Why does the unit weigh like this? Helps leaders and their managers understand the proposal. At most 500 characters.',
  'admin.priorities.save': 'Save priorities',
  'admin.priorities.saving': 'Saving …',
  'admin.priorities.reset': 'Use inherited priorities',
  'admin.priorities.resetHint': "Deletes the unit's own priorities for {year}.",
  'admin.priorities.saved': 'The priorities for {unit} in {year} are saved.',
  'admin.priorities.resetDone': '{unit} now uses the inherited priorities for {year}.',
  'admin.priorities.chart': 'The weights for {unit} in {year}',
  'admin.priorities.chartValue': '{competency}: {weight}',
};
