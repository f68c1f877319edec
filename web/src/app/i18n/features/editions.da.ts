import type { UiText } from '../ui-text';

/**
 * Danish strings of editing a draft edition of the leadership foundation in the browser
 * ("Rediger kladde"), and of the link to it from "Ledelsesgrundlagets udgaver".
 */
export const editionsDa = {
  'admin.editions.draft.editIntro':
    'Ret teksterne direkte her i browseren, på dansk og engelsk, og gem undervejs.',
  'admin.editions.draft.edit': 'Rediger kladden',
  'admin.editions.draft.jsonTitle': 'Eller ret kladden som JSON-fil',
  'admin.editions.draft.publishTitle': 'Udgiv kladden',

  'admin.draftEditor.title': 'Rediger kladde',
  'admin.draftEditor.heading': 'Rediger kladde: udgave {edition}',
  'admin.draftEditor.intro':
    'Ret teksterne på dansk og engelsk, og gem undervejs. Lederne ser først ændringerne, når du udgiver kladden. Nøglerne (fx handlekraft.give-raaderum) står fast, så vurderinger og planer kan følge et punkt fra udgave til udgave.',
  'admin.draftEditor.missing.title': 'Udgaven findes ikke',
  'admin.draftEditor.missing.text':
    'Linket peger på en udgave, der ikke findes. Gå til udgaverne, og vælg kladden dér.',
  'admin.draftEditor.back': 'Tilbage til udgaverne',
  'admin.draftEditor.notDraft':
    'Udgave {edition} er ikke en kladde, så den kan ikke ændres. Opret en ny kladde for at ændre ledelsesgrundlaget.',
  'admin.draftEditor.toc': 'Kladdens dele',

  'admin.draftEditor.actions': 'Gem og udgiv',
  'admin.draftEditor.save': 'Gem kladde',
  'admin.draftEditor.saving': 'Gemmer…',
  'admin.draftEditor.saved': 'Gemt kl. {time}.',
  'admin.draftEditor.unsaved': 'Du har ændringer, der ikke er gemt.',
  'admin.draftEditor.clean': 'Ingen ændringer endnu.',
  'admin.draftEditor.notSaved': 'Kladden blev ikke gemt',
  'admin.draftEditor.fix': 'Ret fejlene nedenfor, og gem igen.',
  'admin.draftEditor.saveFirst': 'Gem dine ændringer, før du udgiver kladden.',
  'admin.draftEditor.seePublished': 'Se ledelsesgrundlaget',

  'admin.draftEditor.changes.title': 'Forskelle',
  'admin.draftEditor.changes.against': 'Den gemte kladde sammenlignet med udgave {edition}:',
  'admin.draftEditor.changes.texts': {
    one: '{count} tekst ændret',
    other: '{count} tekster ændret',
  },
  'admin.draftEditor.changes.added': {
    one: '{count} punkt tilføjet',
    other: '{count} punkter tilføjet',
  },
  'admin.draftEditor.changes.removed': {
    one: '{count} punkt fjernet',
    other: '{count} punkter fjernet',
  },
  'admin.draftEditor.changes.reordered': {
    one: 'Ny rækkefølge i {count} liste',
    other: 'Ny rækkefølge i {count} lister',
  },
  'admin.draftEditor.changes.none': 'Den gemte kladde er magen til udgave {edition}.',
  'admin.draftEditor.changes.noCurrent': 'Der er ingen gældende udgave at sammenligne med.',
  'admin.draftEditor.changes.unsaved': 'Ændringer, der ikke er gemt, tælles ikke med.',

  'admin.draftEditor.edition.title': 'Udgaven',
  'admin.draftEditor.editionLabel': 'Udgavens betegnelse',
  'admin.draftEditor.editionLabel.hint':
    'Valgfri, fx 2027. Vises efter nummeret: "Udgave 2 (2027)".',
  'admin.draftEditor.values.title': 'Værdier og forventet adfærd',
  'admin.draftEditor.dogmas.title': 'Dogmer for hele ledelsesgrundlaget',
  'admin.draftEditor.key': 'Nøgle: {key}',
  'admin.draftEditor.key.new': 'Ny – får nøglen {key}, når du gemmer',
  'admin.draftEditor.optional': '(valgfri)',
  'admin.draftEditor.lang.da': 'Dansk',
  'admin.draftEditor.lang.en': 'Engelsk',

  'admin.draftEditor.field.name': 'Navn',
  'admin.draftEditor.field.description': 'Beskrivelse',
  'admin.draftEditor.field.title': 'Navn',
  'admin.draftEditor.field.summary': 'Resumé',
  'admin.draftEditor.field.because': 'Fordi',
  'admin.draftEditor.field.because.hint': 'Sætningen efter "Fordi:", uden selve ordet.',
  'admin.draftEditor.field.frameIntro': 'Indledning til "sætter rammen"',
  'admin.draftEditor.field.personalIntro': 'Indledning til "personlig adfærd"',
  'admin.draftEditor.field.text': 'Tekst',

  'admin.draftEditor.list.frame': 'Eksempler på adfærd: sætter rammen for medarbejderne',
  'admin.draftEditor.list.personal': 'Eksempler på adfærd: personlig adfærd',
  'admin.draftEditor.list.dogmas': 'Dogmer',
  'admin.draftEditor.list.empty': 'Ingen endnu.',
  'admin.draftEditor.item.frame': 'Eksempel {n} (sætter rammen)',
  'admin.draftEditor.item.personal': 'Eksempel {n} (personlig adfærd)',
  'admin.draftEditor.item.dogmas': 'Dogme {n}',
  'admin.draftEditor.add.frame': 'Tilføj eksempel (sætter rammen)',
  'admin.draftEditor.add.personal': 'Tilføj eksempel (personlig adfærd)',
  'admin.draftEditor.add.dogmas': 'Tilføj dogme',
  'admin.draftEditor.moveUp': 'Flyt op',
  'admin.draftEditor.moveDown': 'Flyt ned',
  'admin.draftEditor.remove': 'Fjern',
  'admin.draftEditor.moved': '{item} er flyttet til nr. {n}.',
  'admin.draftEditor.removed': '{item} er fjernet. Det forsvinder fra kladden, når du gemmer.',
  'admin.draftEditor.added': '{item} er tilføjet. Skriv teksten på dansk og engelsk.',

  'admin.draftEditor.place.frame': 'sætter rammen, eksempel {n}',
  'admin.draftEditor.place.personal': 'personlig adfærd, eksempel {n}',
  'admin.draftEditor.place.dogmas': 'dogme {n}',
  'admin.draftEditor.place.frameworkDogmas': 'Dogmer for hele ledelsesgrundlaget',
  'admin.draftEditor.error.required.da': 'Skriv teksten på dansk.',
  'admin.draftEditor.error.required.en': 'Skriv teksten på engelsk.',
  'admin.draftEditor.error.tooLong': 'Højst {max} tegn.',
  'admin.draftEditor.leaveConfirm':
    'Du har ændringer i kladden, der ikke er gemt. Vil du forlade siden alligevel?',
} satisfies Record<string, UiText>;
