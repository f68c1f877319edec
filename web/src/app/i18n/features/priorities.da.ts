import type { UiText } from '../ui-text';

/** Danish strings of "Strategiske prioriteter" in the administration. */
export const prioritiesDa = {
  'admin.priorities.title': 'Strategiske prioriteter',
  'admin.priorities.summary':
    'Bestem for hvert år, hvilke kompetencer der vægter mest i forslagene til ledernes udviklingsplaner i en enhed og enhederne under den.',
  'admin.priorities.intro':
    'Prioriteterne bestemmer, hvor meget hver kompetence vægter, når Lederløft foreslår en udviklingsplan. En enhed uden egne prioriteter arver hele sættet fra den nærmeste enhed over sig, der har prioriteter for året. Vægt 1 betyder "som de andre".',
  'admin.priorities.year': 'År',
  'admin.priorities.tree': 'Enheder',
  'admin.priorities.scope': 'Du kan sætte prioriteter for dit område: {scopes}.',
  'admin.priorities.pickFirst': 'Vælg en enhed i træet for at se og sætte dens prioriteter.',
  'admin.priorities.noUnits': 'Der er ingen enheder, du kan sætte prioriteter for.',
  'admin.priorities.loadingUnit': 'Henter prioriteterne …',
  'admin.priorities.unitHeading': '{unit} i {year}',
  'admin.priorities.source.own': 'Enhedens egne prioriteter, sat af {name} den {date}.',
  'admin.priorities.source.inherited':
    'Arvet fra {source}. Gemmer du, får {unit} sine egne prioriteter for {year}.',
  'admin.priorities.source.none':
    'Ingen enhed over {unit} har prioriteter for {year}, så alle kompetencer vægter 1.',
  'admin.priorities.badge.own': 'Egne prioriteter',
  'admin.priorities.badge.inherited': 'Arvet',
  'admin.priorities.badge.none': 'Standard',
  'admin.priorities.weights': 'Vægt pr. kompetence',
  'admin.priorities.weight': 'Vægt',
  'admin.priorities.weightFor': 'Vægt for {competency}',
  'admin.priorities.weight.0.5': '0,5 – halv vægt',
  'admin.priorities.weight.1': '1 – som de andre',
  'admin.priorities.weight.1.5': '1,5 – lidt mere',
  'admin.priorities.weight.2': '2 – dobbelt vægt',
  'admin.priorities.weight.2.5': '2,5 – meget mere',
  'admin.priorities.weight.3': '3 – tredobbelt vægt',
  'admin.priorities.note': 'Begrundelse',
  'admin.priorities.noteHint':
    'Hvorfor vægter enheden sådan? Hjælper lederne og deres chefer med at forstå forslaget. Højst 500 tegn.',
  'admin.priorities.save': 'Gem prioriteter',
  'admin.priorities.saving': 'Gemmer …',
  'admin.priorities.reset': 'Brug arvede prioriteter',
  'admin.priorities.resetHint': 'Sletter enhedens egne prioriteter for {year}.',
  'admin.priorities.saved': 'Prioriteterne for {unit} i {year} er gemt.',
  'admin.priorities.resetDone': '{unit} bruger nu de arvede prioriteter for {year}.',
  'admin.priorities.chart': 'Vægtene for {unit} i {year}',
  'admin.priorities.chartValue': '{competency}: {weight}',
} satisfies Record<string, UiText>;
