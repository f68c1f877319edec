import type { UiText } from '../ui-text';

/** Danish strings of "Evalueringsrunder" and "Trivselsmåling" in the administration. */
export const roundsDa = {
  'admin.rounds.title': 'Evalueringsrunder',
  'admin.rounds.summary':
    'Opret, ret, åbn og luk evalueringsrunderne: periode, kilder, anonymitetsgrænse og vægte.',
  'admin.rounds.intro':
    'En evalueringsrunde samler lederevalueringen for en periode: selvvurdering, nærmeste leders vurdering, medarbejdernes svar og trivselsmålingen. Her opretter du runder og bestemmer, hvilke kilder der bruges, og hvor meget hver af dem vægter. Lederne kan kun svare i en åben runde.',
  'admin.rounds.table.caption': 'Evalueringsrunder',
  'admin.rounds.table.name': 'Navn',
  'admin.rounds.table.edition': 'Udgave',
  'admin.rounds.table.period': 'Periode',
  'admin.rounds.table.status': 'Status',
  'admin.rounds.table.sources': 'Kilder og vægte',
  'admin.rounds.table.anonymity': 'Anonymitetsgrænse',
  'admin.rounds.table.actions': 'Handlinger',
  'admin.rounds.edition': 'Udgave {edition}',
  'admin.rounds.edition.unknown': 'Ukendt udgave',
  'admin.rounds.period': '{start} – {end}',
  'admin.rounds.status.open': 'Åben',
  'admin.rounds.status.closed': 'Lukket',
  'admin.rounds.sourceWeight': '{source} (vægt {weight})',
  'admin.rounds.minRespondents': {
    one: 'Mindst {count} besvarelse',
    other: 'Mindst {count} besvarelser',
  },
  'admin.rounds.edit': 'Redigér',
  'admin.rounds.editFor': 'Redigér {name}',
  'admin.rounds.close': 'Luk',
  'admin.rounds.closeFor': 'Luk {name}',
  'admin.rounds.open': 'Åbn',
  'admin.rounds.openFor': 'Åbn {name}',
  'admin.rounds.empty': 'Der er endnu ingen evalueringsrunder. Opret den første nedenfor.',
  'admin.rounds.create.title': 'Opret evalueringsrunde',
  'admin.rounds.create.help':
    'Runden er åben, så snart den er oprettet. Udgaven, startdatoen og kilderne kan ikke ændres bagefter.',
  'admin.rounds.create.submit': 'Opret runde',
  'admin.rounds.edit.title': 'Redigér {name}',
  'admin.rounds.edit.fixed':
    'Udgave, startdato og kilder kan ikke ændres: {edition}, start {start}, kilder: {sources}.',
  'admin.rounds.edit.submit': 'Gem ændringer',
  'admin.rounds.cancel': 'Annuller',
  'admin.rounds.noChanges': 'Du har ikke ændret noget.',
  'admin.rounds.form.name': 'Navn',
  'admin.rounds.form.nameHint': 'Fx Lederevaluering 2027.',
  'admin.rounds.form.nameRequired': 'Skriv rundens navn.',
  'admin.rounds.form.nameTooLong': 'Navnet må højst være {max} tegn.',
  'admin.rounds.form.edition': 'Udgave af ledelsesgrundlaget',
  'admin.rounds.form.editionCurrent': 'Udgave {edition} (gældende)',
  'admin.rounds.form.editionHint': 'Runden vurderer adfærden i denne udgave.',
  'admin.rounds.form.start': 'Startdato',
  'admin.rounds.form.end': 'Slutdato',
  'admin.rounds.form.dateRequired': 'Vælg en dato.',
  'admin.rounds.form.dateInvalid': 'Skriv en rigtig dato.',
  'admin.rounds.form.endBeforeStart': 'Slutdatoen må ikke ligge før startdatoen.',
  'admin.rounds.form.sources': 'Kilder',
  'admin.rounds.form.sourcesHint': 'Hvor lederens niveau kommer fra i denne runde.',
  'admin.rounds.form.sourcesRequired': 'Vælg mindst én kilde.',
  'admin.rounds.form.minRespondents': 'Anonymitetsgrænse (mindste antal besvarelser)',
  'admin.rounds.form.minRespondentsHint':
    'Resultater fra medarbejdere og trivselsmålingen med færre besvarelser vises ikke og tæller ikke med.',
  'admin.rounds.form.minRespondentsInvalid': 'Skriv et helt tal fra {min} til {max}.',
  'admin.rounds.form.weights': 'Vægte',
  'admin.rounds.form.weightsHint':
    'Hvor meget hver valgt kilde tæller i lederens samlede niveau. 0 udelader kilden.',
  'admin.rounds.form.weight': 'Vægt: {source}',
  'admin.rounds.form.weightInvalid': 'Skriv et tal fra {min} til {max}.',
  'admin.rounds.form.weightsAllZero': 'Mindst én af de valgte kilder skal have en vægt over 0.',
  'admin.rounds.created': 'Runden »{name}« er oprettet og åben.',
  'admin.rounds.saved': 'Ændringerne i »{name}« er gemt.',
  'admin.rounds.opened': 'Runden »{name}« er åbnet.',
  'admin.rounds.closed': 'Runden »{name}« er lukket.',
  'admin.rounds.notCreated': 'Runden blev ikke oprettet.',
  'admin.rounds.notSaved': 'Ændringerne blev ikke gemt.',
  'admin.rounds.confirm.closeTitle': 'Luk »{name}«?',
  'admin.rounds.confirm.closeText':
    'Når runden er lukket, kan lederne og deres nærmeste ledere ikke længere svare i den. Svar og resultater bevares, og du kan åbne runden igen.',
  'admin.rounds.confirm.openTitle': 'Åbn »{name}« igen?',
  'admin.rounds.confirm.openText': 'Lederne og deres nærmeste ledere kan igen svare i runden.',

  'admin.survey.title': 'Trivselsmåling',
  'admin.survey.summary':
    'Indlæs trivselsmålingen i en evalueringsrunde, og knyt spørgsmålene til ledelseskompetencerne.',
  'admin.survey.intro':
    'Indlæs trivselsmålingens resultater, som måleværktøjet har eksporteret dem, i en evalueringsrunde. Vælg runden, skalaen og filen, og se forhåndsvisningen først: intet gemmes, før du vælger Indlæs.',
  'admin.survey.round': 'Evalueringsrunde',
  'admin.survey.roundClosed': '{round} (lukket)',
  'admin.survey.noRounds':
    'Ingen evalueringsrunde bruger trivselsmålingen som kilde. Opret en runde med kilden Trivselsmåling under Evalueringsrunder.',
  'admin.survey.scale': 'Højeste score på målingens skala',
  'admin.survey.scaleHint':
    'Fx 100, når scorerne går fra 0 til 100. Scorerne omregnes til skalaen fra 1 til 5.',
  'admin.survey.scaleInvalid': 'Skriv et helt tal fra 1 til 9999.',
  'admin.survey.format.rows': 'Én række pr. enhed og spørgsmål under en overskriftsrække med:',
  'admin.survey.column.unit': 'enhedens ID i HR-systemet, fx IBK-0029',
  'admin.survey.column.itemCode': 'spørgsmålets nummer, fx TRIV-07',
  'admin.survey.column.itemText': 'spørgsmålets tekst (kan udelades)',
  'admin.survey.column.score': 'enhedens gennemsnit på målingens skala',
  'admin.survey.column.respondents': 'antal besvarelser bag scoren',
  'admin.survey.format.privacy':
    'Scorer med færre besvarelser end rundens anonymitetsgrænse ({min}) vises ikke og tæller ikke med.',
  'admin.survey.format.replace':
    'Indlæsningen erstatter rundens tidligere scorer for enhederne i filen.',
  'admin.survey.rows': { one: '{count} række i filen', other: '{count} rækker i filen' },
  'admin.survey.units': { one: '{count} enhed', other: '{count} enheder' },
  'admin.survey.items': { one: '{count} spørgsmål', other: '{count} spørgsmål' },
  'admin.survey.unmapped': {
    one: 'Spørgsmålet {codes} er ikke knyttet til en kompetence endnu. Det tæller først med, når du har knyttet det til en kompetence nedenfor.',
    other:
      '{count} spørgsmål er ikke knyttet til en kompetence endnu: {codes}. De tæller først med, når du har knyttet dem til en kompetence nedenfor.',
  },
  'admin.survey.done':
    'Trivselsmålingen er indlæst. Rækker: {rows}, enheder: {units}, spørgsmål: {items}.',
  'admin.survey.mapping.title': 'Spørgsmål og kompetencer',
  'admin.survey.mapping.explain':
    'Når et spørgsmål er knyttet til en ledelseskompetence, tæller enhedens score på spørgsmålet med som trivselsmålingens bud på lederens niveau i kompetencen; et spørgsmål uden kompetence tæller ikke med.',
  'admin.survey.mapping.caption': 'Trivselsmålingens spørgsmål',
  'admin.survey.mapping.code': 'Spørgsmål-ID',
  'admin.survey.mapping.text': 'Spørgsmål',
  'admin.survey.mapping.competency': 'Kompetence',
  'admin.survey.mapping.state': 'Gemt',
  'admin.survey.mapping.none': 'Ingen (tæller ikke med)',
  'admin.survey.mapping.selectLabel': 'Kompetence for {code}',
  'admin.survey.mapping.empty':
    'Der er endnu ingen spørgsmål. De kommer med den første trivselsmåling, der indlæses.',
  'admin.survey.mapping.unmappedCount': {
    one: '{count} af {total} spørgsmål er ikke knyttet til en kompetence.',
    other: '{count} af {total} spørgsmål er ikke knyttet til en kompetence.',
  },
  'admin.survey.mapping.allMapped': {
    one: 'Spørgsmålet er knyttet til en kompetence.',
    other: 'Alle {total} spørgsmål er knyttet til en kompetence.',
  },
  'admin.survey.mapping.saving': 'Gemmer…',
  'admin.survey.mapping.saved': 'Gemt, resultaterne er beregnet igen.',
  'admin.survey.mapping.savedTo':
    '{code} er knyttet til {competency}. Trivselsresultaterne er beregnet igen.',
  'admin.survey.mapping.savedNone':
    '{code} tæller ikke længere med. Trivselsresultaterne er beregnet igen.',
  'admin.survey.mapping.failed': 'Ikke gemt.',
  'admin.survey.mapping.stale':
    'Listen over spørgsmål kunne ikke hentes igen efter indlæsningen, så nye spørgsmål mangler måske.',
  'admin.survey.mapping.reload': 'Hent spørgsmålene igen',
} satisfies Record<string, UiText>;
