import type { UiText } from './ui-text';
import { catalogueDa } from './features/catalogue.da';
import { roundsDa } from './features/rounds.da';
import { organisationDa } from './features/organisation.da';
import { editionsDa } from './features/editions.da';
import { plansDa } from './features/plans.da';
import { myPlanDa } from './features/my-plan.da';
import { prioritiesDa } from './features/priorities.da';
import { overviewDa } from './features/overview.da';
import { participantsDa } from './features/participants.da';
import { planPageDa } from './features/plan-page.da';

/**
 * Danish UI strings: the authoritative dictionary. Its keys define `UiKey`;
 * the English dictionary must provide every one of them.
 */
export const da = {
  'app.name': 'Lederløft',
  'app.tagline': 'Kompetenceudvikling for ledere',
  'app.skipToContent': 'Spring til indhold',

  'nav.label': 'Hovedmenu',
  'nav.menu': 'Menu',
  'nav.framework': 'Ledelsesgrundlaget',
  'nav.myDevelopment': 'Min udvikling',
  'nav.myTeam': 'Mit team',
  'nav.catalogue': 'Kursuskatalog',
  'nav.overview': 'Overblik',
  'nav.administration': 'Administration',
  'nav.comingSoon': 'Kommer snart',

  'language.label': 'Sprog',

  'footer.about':
    'Lederløft hjælper kommunens ledere med at planlægge deres kompetenceudvikling ud fra ledelsesgrundlaget.',
  'footer.source': 'Indhold: {name}, udgave {edition}.',

  'framework.loading': 'Henter ledelsesgrundlaget…',
  'framework.error.title': 'Ledelsesgrundlaget kunne ikke hentes',
  'framework.error.text': 'Der opstod en fejl. Tjek din forbindelse, og prøv igen om lidt.',
  'framework.error.retry': 'Prøv igen',
  'framework.empty.title': 'Der er endnu ikke udgivet et ledelsesgrundlag',
  'framework.empty.text':
    'Når en administrator har udgivet kommunens ledelsesgrundlag, kan du læse det her.',

  'framework.edition': 'Udgave {edition}',
  'framework.editionWithLabel': 'Udgave {edition} ({label})',
  'framework.published': 'udgivet {date}',
  'framework.readMore': 'Læs mere',
  'framework.readLess': 'Vis mindre',
  'framework.foundation.title': 'Vores fundament',
  'framework.values.label': 'Værdiord',
  'framework.conduct.label': 'Den forventede adfærd',
  'framework.competencies.title': 'De fire ledelseskompetencer',
  'framework.dogmas.title': 'Dogmer',

  'competency.because': 'Fordi:',
  'competency.behaviourCount': {
    one: '{count} eksempel på adfærd',
    other: '{count} eksempler på adfærd',
  },
  'competency.dogmaCount': { one: '{count} dogme', other: '{count} dogmer' },
  'competency.position': 'Ledelseskompetence {position} af {total}',
  'competency.breadcrumb': 'Brødkrumme',
  'competency.frame.title': 'Sådan sætter du rammen',
  'competency.personal.title': 'Din personlige adfærd',
  'competency.dogmas.title': 'Dogmer',
  'competency.pager.label': 'Andre ledelseskompetencer',
  'competency.previous': 'Forrige',
  'competency.next': 'Næste',
  'competency.notFound.title': 'Kompetencen findes ikke',
  'competency.notFound.text':
    'Vi kan ikke finde en ledelseskompetence med adressen »{key}«. Den kan være omdøbt, eller linket kan være forkert.',
  'competency.backToFramework': 'Tilbage til ledelsesgrundlaget',

  'interpretation.heading': 'Fortolkning i {unit}',

  'auth.signIn': 'Log ind',
  'auth.signOut': 'Log ud',
  'auth.signedInAs': 'Logget ind som',
  'auth.signIn.intro':
    'Log ind med din e-mail og adgangskode for at se dine oplysninger og arbejde med din egen udvikling.',
  'auth.email': 'E-mail',
  'auth.password': 'Adgangskode',
  'auth.signIn.busy': 'Logger ind…',
  'auth.signIn.errorTitle': 'Du blev ikke logget ind',
  'auth.error.emailRequired': 'Skriv din e-mail.',
  'auth.error.emailInvalid': 'Skriv en gyldig e-mail, fx navn@kommune.dk.',
  'auth.error.passwordRequired': 'Skriv din adgangskode.',
  'auth.error.wrongCredentials': 'Forkert e-mail eller adgangskode.',
  'auth.error.tooManyAttempts': 'For mange forsøg på at logge ind. Vent lidt, og prøv igen.',
  'auth.error.invalid': 'Tjek din e-mail og adgangskode, og prøv igen.',
  'auth.error.unavailable':
    'Du kunne ikke logges ind lige nu. Tjek din forbindelse, og prøv igen om lidt.',
  'auth.alreadySignedIn': 'Du er logget ind som {name}.',
  'auth.goToMyDevelopment': 'Gå til Min udvikling',

  'leaderLevel.direktoer': 'Direktør',
  'leaderLevel.chef': 'Chef',
  'leaderLevel.mellemleder': 'Mellemleder',
  'leaderLevel.foerstelinjeleder': 'Førstelinjeleder',

  'myDevelopment.greeting':
    'Hej {name}. Her finder du dine oplysninger som leder, din selvvurdering, dine kompetencegab og dit personlige ledelsesgrundlag.',
  'myDevelopment.notLeader.title': 'Siden er for ledere',
  'myDevelopment.notLeader.text':
    'Min udvikling er for kommunens ledere. Din konto er ikke knyttet til en leder, så der er ikke noget at vise her. Kontakt HR, hvis det er en fejl.',
  'myDevelopment.loading': 'Henter dine oplysninger…',
  'myDevelopment.error.title': 'Dine oplysninger kunne ikke hentes',
  'myDevelopment.error.text': 'Der opstod en fejl. Tjek din forbindelse, og prøv igen om lidt.',
  'myDevelopment.error.retry': 'Prøv igen',

  'leaderFacts.title': 'Dine oplysninger',
  'leaderFacts.jobTitle': 'Stilling',
  'leaderFacts.level': 'Lederniveau',
  'leaderFacts.orgUnit': 'Enhed',
  'leaderFacts.manager': 'Nærmeste leder',
  'leaderFacts.startDate': 'I stillingen siden',
  'leaderFacts.none': 'Ingen',
  'leaderFacts.notRecorded': 'Ikke oplyst',
  'leaderFacts.source':
    'Oplysningerne kommer fra kommunens HR-system. Kontakt HR, hvis noget er forkert.',

  'personalFoundation.title': 'Mit personlige ledelsesgrundlag',
  'personalFoundation.intro':
    'Ledelsesgrundlaget lægger op til, at hver leder har sit eget personlige ledelsesgrundlag, der knytter an til det fælles. Skriv med dine egne ord, hvad du står for som leder, og hvordan du omsætter ledelsesgrundlaget i din hverdag.',
  'personalFoundation.readFramework': 'Læs det fælles ledelsesgrundlag',
  'personalFoundation.label': 'Mit personlige ledelsesgrundlag',
  'personalFoundation.hint': 'Almindelig tekst. Adskil afsnit med en tom linje.',
  'personalFoundation.count': '{count} af {max} tegn',
  'personalFoundation.save': 'Gem',
  'personalFoundation.saving': 'Gemmer…',
  'personalFoundation.saved': 'Gemt kl. {time}',
  'personalFoundation.unsaved': 'Du har ændringer, som ikke er gemt.',
  'personalFoundation.error.prefix': 'Teksten blev ikke gemt.',
  'personalFoundation.error.invalid': 'Tjek teksten: den må højst være {max} tegn.',
  'personalFoundation.error.signedOut':
    'Du er ikke længere logget ind. Kopier din tekst, log ind igen, og gem den.',
  'personalFoundation.error.forbidden': 'Du kan kun skrive dit eget personlige ledelsesgrundlag.',
  'personalFoundation.error.csrf':
    'Siden passer ikke længere med dit log ind. Genindlæs siden, og prøv igen.',
  'personalFoundation.error.unavailable': 'Tjek din forbindelse, og prøv igen om lidt.',
  'personalFoundation.current.title': 'Sådan står det nu',
  'personalFoundation.empty': 'Du har ikke skrevet dit personlige ledelsesgrundlag endnu.',
  'personalFoundation.updatedAt': 'Senest gemt {date}',
  'personalFoundation.leaveConfirm':
    'Du har ændringer i dit personlige ledelsesgrundlag, som ikke er gemt. Vil du forlade siden alligevel?',

  'assessment.source.self': 'Selvvurdering',
  'assessment.source.manager': 'Nærmeste leder',
  'assessment.source.employees': 'Medarbejdere',
  'assessment.source.survey': 'Trivselsmåling',
  'assessment.round': '{name}, {start} til {end}',
  'assessment.loading': 'Henter vurderingen…',
  'assessment.error.title': 'Vurderingen kunne ikke hentes',
  'assessment.error.text': 'Der opstod en fejl. Tjek din forbindelse, og prøv igen om lidt.',
  'assessment.retry': 'Prøv igen',
  'assessment.noRound.title': 'Der er ingen åben vurderingsrunde',
  'assessment.noRound.self':
    'Du kan udfylde din selvvurdering, når HR har åbnet en vurderingsrunde. Lige nu er der ikke noget at udfylde.',
  'assessment.noRound.manager':
    'Du kan vurdere lederen, når HR har åbnet en vurderingsrunde. Lige nu er der ikke noget at udfylde.',
  'assessment.steps.label': 'Trin i vurderingen',
  'assessment.step': 'Trin {step} af {total}',
  'assessment.step.answered': '{answered} af {total} besvaret',
  'assessment.progress.label': 'Besvaret',
  'assessment.progress.text': '{answered} af {total} besvaret',
  'assessment.frame.manager': 'Sådan sætter lederen rammen',
  'assessment.personal.manager': 'Lederens personlige adfærd',
  'assessment.cannotRate': 'Kan ikke vurdere',
  'assessment.saving': 'Gemmer…',
  'assessment.saved': 'Gemt',
  'assessment.error.notSaved': 'Svaret blev ikke gemt.',
  'assessment.error.signedOut':
    'Du er ikke længere logget ind. Log ind igen, og vælg dit svar på ny.',
  'assessment.error.forbidden.self': 'Kun du selv kan udfylde din selvvurdering.',
  'assessment.error.forbidden.manager': 'Kun lederens nærmeste leder kan udfylde denne vurdering.',
  'assessment.error.csrf':
    'Siden passer ikke længere med dit log ind. Genindlæs siden, og prøv igen.',
  'assessment.error.invalid': 'Svaret kunne ikke bruges. Genindlæs siden, og prøv igen.',
  'assessment.error.unavailable': 'Tjek din forbindelse, og vælg dit svar igen.',
  'assessment.previous': 'Forrige',
  'assessment.next': 'Næste',
  'assessment.summary.title': 'Opsummering',
  'assessment.summary.answered': 'Du har besvaret {answered} af {total}',
  'assessment.summary.complete':
    'Tak. Du har besvaret alle spørgsmål. Du kan ændre dine svar, så længe runden er åben.',
  'assessment.summary.missing': {
    one: 'Der mangler svar på {count} spørgsmål:',
    other: 'Der mangler svar på {count} spørgsmål:',
  },
  'assessment.summary.openIn': '{title}: {count} ubesvarede',
  'assessment.summary.results.self': 'Se dine kompetencegab',
  'assessment.summary.results.manager': 'Se lederens kompetencegab',

  'selfAssessment.title': 'Selvvurdering',
  'selfAssessment.intro':
    'Vurder, i hvilken grad du lever op til adfærden i ledelsesgrundlaget. Dit svar gemmes, så snart du vælger det, så du kan holde pause og fortsætte senere.',
  'selfAssessment.card.title': 'Din selvvurdering',
  'selfAssessment.card.start': 'Udfyld din selvvurdering',
  'selfAssessment.card.continue': 'Fortsæt din selvvurdering',
  'selfAssessment.card.review': 'Se din selvvurdering',
  'selfAssessment.card.text':
    'Vurder dig selv ud fra de {total} eksempler på adfærd i ledelsesgrundlaget. Sammen med vurderingerne fra din leder og dine medarbejdere viser den dine kompetencegab.',
  'selfAssessment.card.done':
    'Du har besvaret alle {total} spørgsmål. Du kan ændre dine svar, så længe runden er åben.',
  'selfAssessment.card.loading': 'Henter din selvvurdering…',
  'selfAssessment.card.noRound': 'Der er ingen åben vurderingsrunde lige nu.',
  'selfAssessment.card.error': 'Vi kunne ikke hente, hvor langt du er nået.',

  'gapProfile.title.self': 'Mine kompetencegab',
  'gapProfile.intro.self':
    'Det samlede niveau for hver ledelseskompetence i {round}, holdt op mod målet for dit lederniveau, og hvad hver kilde siger.',
  'gapProfile.intro.other':
    'Det samlede niveau for hver ledelseskompetence i {round}, holdt op mod målet for lederniveauet, og hvad hver kilde siger.',
  'gapProfile.loading': 'Henter kompetencegab…',
  'gapProfile.error.title': 'Kompetencegabene kunne ikke hentes',
  'gapProfile.error.text': 'Der opstod en fejl. Tjek din forbindelse, og prøv igen om lidt.',
  'gapProfile.empty.title': 'Der er ingen kompetencegab at vise endnu',
  'gapProfile.empty.text':
    'Kompetencegabene vises, når der er en vurderingsrunde med vurderinger. Så snart der er svar fra selvvurderingen, lederen eller medarbejderne, kan de ses her.',
  'gapProfile.legend.label': 'Sådan læser du diagrammet',
  'gapProfile.legend.combined': 'Samlet niveau (vægtet)',
  'gapProfile.legend.target': 'Mål for lederniveauet',
  'gapProfile.scale': 'Skala: {min} = {minLabel}, {max} = {maxLabel}.',
  'gapProfile.combined': 'Samlet',
  'gapProfile.target': 'Mål {level}',
  'gapProfile.noTarget': 'Intet mål',
  'gapProfile.status.met': 'Mål nået',
  'gapProfile.status.gap': 'Gab på {gap}',
  'gapProfile.status.noTarget': 'Intet mål',
  'gapProfile.status.noEvidence': 'Ingen data',
  'gapProfile.noData': 'Ingen data',
  'gapProfile.suppressed': 'For få besvarelser ({count})',
  'gapProfile.table.caption': 'Niveauer for {title}',
  'gapProfile.table.source': 'Kilde',
  'gapProfile.table.scale': 'Skala fra {min} til {max}',
  'gapProfile.table.level': 'Niveau',
  'gapProfile.blindSpot': 'Blind plet',
  'gapProfile.blindSpot.self.higher': 'du vurderer dig selv {difference} højere end andre',
  'gapProfile.blindSpot.self.lower': 'du vurderer dig selv {difference} lavere end andre',
  'gapProfile.blindSpot.other.higher': 'lederen vurderer sig selv {difference} højere end andre',
  'gapProfile.blindSpot.other.lower': 'lederen vurderer sig selv {difference} lavere end andre',
  'gapProfile.blindSpot.higher': '{difference} højere',
  'gapProfile.blindSpot.lower': '{difference} lavere',
  'gapProfile.evidence': 'Bygger på {sources}, {ratings}',
  'gapProfile.evidence.sources': { one: '{count} kilde', other: '{count} kilder' },
  'gapProfile.evidence.ratings': { one: '{count} vurdering', other: '{count} vurderinger' },
  'gapProfile.behaviours.toggle': {
    one: 'Vis niveauet for {count} eksempel på adfærd',
    other: 'Vis niveauerne for de {count} eksempler på adfærd',
  },
  'gapProfile.behaviours.caption': 'Adfærd i {title}',
  'gapProfile.behaviours.behaviour': 'Adfærd',

  'myTeam.intro':
    'Her er de ledere, du er nærmeste leder for. Se deres kompetencegab, og giv din egen vurdering af dem.',
  'myTeam.loading': 'Henter dit team…',
  'myTeam.error.title': 'Dit team kunne ikke hentes',
  'myTeam.error.text': 'Der opstod en fejl. Tjek din forbindelse, og prøv igen om lidt.',
  'myTeam.empty': 'Der er ingen ledere, som du er nærmeste leder for.',
  'myTeam.notManager.title': 'Siden er for ledere af ledere',
  'myTeam.notManager.text':
    'Mit team viser de ledere, du er nærmeste leder for. Din konto har ingen ledere under sig, så der er ikke noget at vise her.',
  'myTeam.count': { one: '{count} leder', other: '{count} ledere' },
  'myTeam.summary.label': 'Kompetencegab for {name}',
  'myTeam.summary.loading': 'Henter kompetencegab…',
  'myTeam.summary.none': 'Ingen resultater endnu',
  'myTeam.summary.error': 'Kompetencegabene kunne ikke hentes',

  'teamMember.loading': 'Henter lederen…',
  'teamMember.error.title': 'Lederen kunne ikke hentes',
  'teamMember.notFound.title': 'Lederen er ikke i dit team',
  'teamMember.notFound.text':
    'Du kan kun se de ledere, du er nærmeste leder for. Linket kan være forkert, eller lederen kan have fået en anden leder.',
  'teamMember.back': 'Tilbage til Mit team',
  'teamMember.facts.title': 'Oplysninger',
  'teamMember.assessment.title': 'Din vurdering af {name}',
  'teamMember.assessment.intro':
    'Vurder, i hvilken grad {name} lever op til adfærden i ledelsesgrundlaget. Dit svar gemmes, så snart du vælger det.',
  'teamMember.gap.title': 'Kompetencegab for {name}',

  'admin.intro':
    'Her vedligeholder du Lederløfts grunddata: ledere, lederevalueringer, målprofiler, lokale fortolkninger og ledelsesgrundlagets udgaver. Du ser de områder, din rolle giver adgang til.',
  'admin.sections.label': 'Områder i administrationen',
  'admin.noAccess.title': 'Ingen adgang',
  'admin.noAccess.text':
    'Administration er for administratorer, HR og direktører, og denne side kræver en rolle, som din konto ikke har. Kontakt en administrator, hvis du mener, det er en fejl.',
  'admin.noAccess.overview': 'Gå til Administration',
  'admin.loading': 'Henter oplysningerne…',
  'admin.error.title': 'Oplysningerne kunne ikke hentes',
  'admin.error.text': 'Der opstod en fejl. Tjek din forbindelse, og prøv igen om lidt.',
  'admin.retry': 'Prøv igen',
  'admin.error.signedOut': 'Du er ikke længere logget ind. Log ind igen, og prøv igen.',
  'admin.error.forbidden': 'Din konto har ikke adgang til at gøre dette.',
  'admin.error.csrf': 'Siden passer ikke længere med dit log ind. Genindlæs siden, og prøv igen.',
  'admin.error.invalid': 'Oplysningerne kunne ikke bruges. Tjek dem, og prøv igen.',
  'admin.error.conflict':
    'Det kunne ikke lade sig gøre, fordi data er ændret imens. Genindlæs siden.',
  'admin.error.unavailable': 'Tjek din forbindelse, og prøv igen om lidt.',
  'admin.details.caption': 'Fejl i det indsendte',
  'admin.details.where': 'Hvor',
  'admin.details.message': 'Fejl',

  'admin.leaderImport.title': 'Importér ledere',
  'admin.leaderImport.summary':
    'Indlæs kommunens ledere fra HR-systemets eksport (CSV eller Excel), og se først, hvad der ændres.',
  'admin.leaderImport.intro':
    'Nye ledere oprettes, og eksisterende ledere opdateres ud fra medarbejder-ID eller e-mail. Se forhåndsvisningen først: intet gemmes, før du vælger Indlæs, og en fil med fejl indlæses slet ikke.',
  'admin.leaderImport.format.text':
    'Én række pr. leder under en overskriftsrække med disse kolonner:',
  'admin.leaderImport.column.employeeId': 'nummeret i HR-systemet (kan udelades)',
  'admin.leaderImport.column.name': 'lederens fulde navn',
  'admin.leaderImport.column.email': 'arbejdsmail; bruges også til at logge ind',
  'admin.leaderImport.column.title': 'fx Dagtilbudsleder',
  'admin.leaderImport.column.level': 'Direktør, Chef, Mellemleder eller Førstelinjeleder',
  'admin.leaderImport.column.unit': 'enhedens ID i HR-systemet, fx IBK-0029',
  'admin.leaderImport.column.manager': 'nærmeste leders e-mail; tom for den øverste leder',
  'admin.leaderImport.column.startDate': 'fx 01-03-2019 (kan udelades)',
  'admin.leaderImport.column.active': 'Ja eller Nej (tom betyder Ja)',
  'admin.leaderImport.rows': { one: '{count} række i filen', other: '{count} rækker i filen' },
  'admin.leaderImport.creates': { one: '{count} ny', other: '{count} nye' },
  'admin.leaderImport.updates': { one: '{count} opdateres', other: '{count} opdateres' },
  'admin.leaderImport.unchanged': { one: '{count} uændret', other: '{count} uændrede' },
  'admin.leaderImport.changes.caption': 'Ændringer ved indlæsning',
  'admin.leaderImport.changes.action': 'Ændring',
  'admin.leaderImport.changes.name': 'Navn',
  'admin.leaderImport.changes.email': 'E-mail',
  'admin.leaderImport.changes.fields': 'Ændrede felter',
  'admin.leaderImport.action.create': 'Ny',
  'admin.leaderImport.action.update': 'Opdateres',
  'admin.leaderImport.noChanges': 'Filen ændrer ingen ledere.',
  'admin.leaderImport.field.name': 'Navn',
  'admin.leaderImport.field.email': 'E-mail',
  'admin.leaderImport.field.title': 'Stilling',
  'admin.leaderImport.field.levelKey': 'Lederniveau',
  'admin.leaderImport.field.orgUnitId': 'Enhed',
  'admin.leaderImport.field.managerId': 'Nærmeste leder',
  'admin.leaderImport.field.startDate': 'Startdato',
  'admin.leaderImport.field.active': 'Aktiv',
  'admin.leaderImport.field.employeeId': 'Medarbejder-ID',
  'admin.leaderImport.done':
    'Lederne er indlæst. Nye: {created}, opdateret: {updated}, uændrede: {unchanged}.',

  'admin.import.format.title': 'Sådan skal filen se ud',
  'admin.import.encoding':
    'En CSV-fil gemt fra dansk Excel virker, som den er: semikolon som skilletegn og tegnsættet Windows-1252 (UTF-8 og komma virker også). I en Excel-fil (.xlsx) læses det første ark.',
  'admin.import.file.label': 'Vælg fil',
  'admin.import.file.hint': 'En CSV- eller Excel-fil (.csv eller .xlsx).',
  'admin.import.file.required': 'Vælg først en fil.',
  'admin.import.file.wrongType': 'Filen skal være en CSV- eller Excel-fil (.csv eller .xlsx).',
  'admin.import.preview': 'Se forhåndsvisning',
  'admin.import.previewing': 'Henter forhåndsvisningen af {name}…',
  'admin.import.run': 'Indlæs',
  'admin.import.running': 'Indlæser {name}…',
  'admin.import.runBusy': 'Indlæser…',
  'admin.import.busy': 'Arbejder…',
  'admin.import.preview.title': 'Forhåndsvisning',
  'admin.import.preview.ready': 'Filen er uden fejl. Vælg Indlæs for at gemme ændringerne.',
  'admin.import.blocked': 'Indlæs kan først bruges, når filen er uden fejl.',
  'admin.import.errors.summary': {
    one: 'Filen har {count} fejl. Ret filen, og se forhåndsvisningen igen. Intet er indlæst.',
    other: 'Filen har {count} fejl. Ret filen, og se forhåndsvisningen igen. Intet er indlæst.',
  },
  'admin.import.errors.caption': 'Fejl i filen',
  'admin.import.errors.line': 'Række',
  'admin.import.errors.column': 'Kolonne',
  'admin.import.errors.message': 'Fejl',
  'admin.import.previewFailed': 'Forhåndsvisningen kunne ikke laves.',
  'admin.import.failed': 'Filen blev ikke indlæst.',

  'admin.evaluationImport.title': 'Importér lederevaluering',
  'admin.evaluationImport.summary':
    'Indlæs medarbejdernes svar fra lederevalueringen i en vurderingsrunde.',
  'admin.evaluationImport.intro':
    'Indlæs medarbejdernes besvarelser af lederevalueringen, som spørgeskemaværktøjet har eksporteret dem. Vælg runden og filen, og se forhåndsvisningen først: intet gemmes, før du vælger Indlæs.',
  'admin.evaluationImport.round': 'Vurderingsrunde',
  'admin.evaluationImport.roundClosed': '{round} (lukket)',
  'admin.evaluationImport.noRounds':
    'Der er endnu ingen vurderingsrunder at indlæse en lederevaluering i.',
  'admin.evaluationImport.format.rows': 'Én række pr. besvarelse (én medarbejder om én leder).',
  'admin.evaluationImport.format.leader':
    'Kolonnen »Leder« med e-mailen på den leder, besvarelsen handler om.',
  'admin.evaluationImport.format.behaviours':
    'Én kolonne pr. adfærd med adfærdens nøgle (fx {key}) eller dens danske tekst som overskrift.',
  'admin.evaluationImport.format.answers':
    'Svar fra 1 til 5, eller »Ved ikke«, når medarbejderen ikke kan vurdere adfærden.',
  'admin.evaluationImport.format.privacy':
    'Kun antal svar pr. leder og adfærd gemmes, ikke de enkelte besvarelser. Et resultat med færre end {min} besvarelser vises aldrig.',
  'admin.evaluationImport.format.replace':
    'Indlæsningen erstatter tidligere indlæste resultater i runden for lederne i filen.',
  'admin.evaluationImport.keys.toggle': {
    one: 'Vis nøglen til det {count} eksempel på adfærd',
    other: 'Vis nøglerne til de {count} eksempler på adfærd',
  },
  'admin.evaluationImport.responses': { one: '{count} besvarelse', other: '{count} besvarelser' },
  'admin.evaluationImport.leaders': { one: '{count} leder', other: '{count} ledere' },
  'admin.evaluationImport.results': {
    one: '{count} resultat (leder og adfærd)',
    other: '{count} resultater (leder og adfærd)',
  },
  'admin.evaluationImport.done':
    'Lederevalueringen er indlæst. Besvarelser: {responses}, ledere: {leaders}, resultater: {results}.',

  'admin.targets.title': 'Målprofiler',
  'admin.targets.summary':
    'Fastsæt det forventede niveau i hver ledelseskompetence for hvert lederniveau.',
  'admin.targets.intro':
    'Målet er det niveau på skalaen fra 1 til 5, som en leder på lederniveauet forventes at nå i ledelseskompetencen. Kompetencegabet er forskellen mellem målet og lederens samlede niveau. Et tomt felt betyder intet mål.',
  'admin.targets.caption': 'Mål pr. lederniveau og ledelseskompetence',
  'admin.targets.level': 'Lederniveau',
  'admin.targets.cell': 'Mål for {level}, {competency}',
  'admin.targets.hint': 'Tal fra 1 til 5 med højst én decimal. Tomt felt: intet mål.',
  'admin.targets.save': 'Gem målene',
  'admin.targets.saving': 'Gemmer…',
  'admin.targets.saved': 'Målene er gemt kl. {time}.',
  'admin.targets.noChanges': 'Du har ikke ændret nogen mål.',
  'admin.targets.unsaved': {
    one: 'Du har ændret {count} mål, som ikke er gemt.',
    other: 'Du har ændret {count} mål, som ikke er gemt.',
  },
  'admin.targets.error.range': 'Skriv et tal fra 1 til 5.',
  'admin.targets.error.decimals': 'Brug højst én decimal, fx 3,5.',
  'admin.targets.errorSummary': {
    one: 'Ret {count} felt, før du gemmer:',
    other: 'Ret {count} felter, før du gemmer:',
  },
  'admin.targets.errorItem': '{level}, {competency}: {message}',
  'admin.targets.notSaved': 'Målene blev ikke gemt.',

  'admin.interpretations.title': 'Lokale fortolkninger',
  'admin.interpretations.summary':
    'Skriv en enheds egen fortolkning af ledelseskompetencerne og adfærden.',
  'admin.interpretations.intro':
    'En enhed kan skrive sin egen fortolkning af kompetencer og adfærd: hvad betyder det hos os? Lederne i enheden og i enhederne under den ser fortolkningen sammen med den fælles tekst.',
  'admin.interpretations.unit': 'Enhed',
  'admin.interpretations.chooseUnit': 'Vælg en enhed',
  'admin.interpretations.scope': 'Du kan skrive fortolkninger for dit område: {scopes}.',
  'admin.interpretations.noUnits': 'Der er ingen enheder, du kan skrive fortolkninger for.',
  'admin.interpretations.pickFirst':
    'Vælg en enhed for at se og skrive dens fortolkninger af ledelsesgrundlaget.',
  'admin.interpretations.loadingUnit': 'Henter enhedens fortolkninger…',
  'admin.interpretations.count': {
    one: '{unit} har {count} fortolkning.',
    other: '{unit} har {count} fortolkninger.',
  },
  'admin.interpretations.competency': 'Kompetencen',
  'admin.interpretations.behaviours': 'Adfærd',
  'admin.interpretations.original': 'Ledelsesgrundlaget',
  'admin.interpretations.local': 'Fortolkning for {unit}',
  'admin.interpretations.none': 'Ingen fortolkning endnu.',
  'admin.interpretations.updatedAt': 'Senest ændret {date}.',
  'admin.interpretations.write': 'Skriv fortolkning',
  'admin.interpretations.edit': 'Ret fortolkning',
  'admin.interpretations.delete': 'Slet fortolkning',
  'admin.interpretations.deleteConfirm':
    'Vil du slette enhedens fortolkning? Den fælles tekst i ledelsesgrundlaget bliver stående.',
  'admin.interpretations.da': 'Fortolkning på dansk',
  'admin.interpretations.en': 'Fortolkning på engelsk (kan udelades)',
  'admin.interpretations.en.hint': 'Står feltet tomt, vises den danske tekst også på engelsk.',
  'admin.interpretations.save': 'Gem fortolkning',
  'admin.interpretations.saving': 'Gemmer…',
  'admin.interpretations.cancel': 'Annuller',
  'admin.interpretations.saved': 'Fortolkningen er gemt.',
  'admin.interpretations.deleted': 'Fortolkningen er slettet.',
  'admin.interpretations.daRequired': 'Skriv fortolkningen på dansk.',
  'admin.interpretations.notSaved': 'Fortolkningen blev ikke gemt.',
  'admin.interpretations.notDeleted': 'Fortolkningen blev ikke slettet.',
  'admin.unitKind.kommune': 'kommune',
  'admin.unitKind.fagomraade': 'fagområde',
  'admin.unitKind.afdeling': 'afdeling',
  'admin.unitKind.enhed': 'enhed',

  'admin.editions.title': 'Ledelsesgrundlagets udgaver',
  'admin.editions.summary':
    'Opret en kladde, ret den som JSON, og udgiv en ny udgave af ledelsesgrundlaget.',
  'admin.editions.intro':
    'Ledelsesgrundlaget udgives i udgaver. En udgivet udgave ændres aldrig, for vurderinger og planer henviser til den. Vil du ændre indholdet, opretter du en kladde ud fra den gældende udgave og retter den her i browseren eller som JSON-fil. Når kladden er klar, udgiver du den.',
  'admin.editions.caption': 'Udgaver af ledelsesgrundlaget',
  'admin.editions.edition': 'Udgave',
  'admin.editions.status': 'Status',
  'admin.editions.publishedAt': 'Udgivet',
  'admin.editions.content': 'Indhold',
  'admin.editions.download.column': 'Hent',
  'admin.editions.status.draft': 'Kladde',
  'admin.editions.status.published': 'Udgivet',
  'admin.editions.status.retired': 'Udgået',
  'admin.editions.current': 'Gældende',
  'admin.editions.notPublished': 'Ikke udgivet',
  'admin.editions.counts': '{competencies} kompetencer, {behaviours} eksempler på adfærd',
  'admin.editions.download': 'Hent som JSON',
  'admin.editions.empty': 'Der er endnu ingen udgaver af ledelsesgrundlaget.',
  'admin.editions.newDraft': 'Ny kladde',
  'admin.editions.newDraft.hint':
    'Opretter en kladde med indholdet fra den gældende udgave {edition}.',
  'admin.editions.newDraft.noCurrent': 'Der er ingen gældende udgave at oprette en kladde ud fra.',
  'admin.editions.creating': 'Opretter…',
  'admin.editions.created': 'Kladden, udgave {edition}, er oprettet.',
  'admin.editions.notCreated': 'Kladden blev ikke oprettet.',
  'admin.editions.draft.title': 'Kladde: udgave {edition}',
  'admin.editions.draft.steps.download': 'Hent kladden som JSON.',
  'admin.editions.draft.steps.edit':
    'Ret teksterne i filen. Nøglerne (key) skal blive stående, så vurderinger kan følge med.',
  'admin.editions.draft.steps.upload': 'Upload den ændrede fil her.',
  'admin.editions.draft.steps.publish': 'Udgiv kladden, når den er klar.',
  'admin.editions.upload.label': 'Vælg JSON-fil',
  'admin.editions.upload.hint': 'Filen, du hentede og rettede (.json).',
  'admin.editions.upload': 'Upload ændret JSON',
  'admin.editions.uploading': 'Uploader…',
  'admin.editions.uploaded': 'Kladden, udgave {edition}, er opdateret med indholdet af {file}.',
  'admin.editions.upload.required': 'Vælg først den ændrede JSON-fil.',
  'admin.editions.upload.notJson':
    'Filen er ikke gyldig JSON. Vælg den fil, du hentede og rettede.',
  'admin.editions.upload.failed': 'Kladden blev ikke opdateret.',
  'admin.editions.publish': 'Udgiv udgave {edition}',
  'admin.editions.publishing': 'Udgiver…',
  'admin.editions.published': 'Udgave {edition} er udgivet og er nu det gældende ledelsesgrundlag.',
  'admin.editions.notPublishedError': 'Udgaven blev ikke udgivet.',
  'admin.editions.confirm.title': 'Udgiv udgave {edition}?',
  'admin.editions.confirm.text':
    'Udgave {edition} bliver det gældende ledelsesgrundlag, som alle ledere ser, og som nye vurderinger bygger på.',
  'admin.editions.confirm.retire':
    'Den nuværende udgave {current} bliver udgået. Den kan stadig hentes, men gælder ikke længere.',
  'admin.editions.confirm.immutable':
    'En udgivet udgave kan aldrig ændres. Senere rettelser kræver en ny kladde.',
  'admin.editions.confirm.ok': 'Udgiv',
  'admin.editions.confirm.cancel': 'Annuller',

  'admin.orgUnitImport.title': 'Importér enheder',
  'admin.orgUnitImport.summary':
    'Indlæs kommunens organisation (enheder og deres placering) fra HR-systemets eksport, og se først, hvad der ændres.',
  'admin.orgUnitImport.intro':
    'Nye enheder oprettes, og eksisterende enheder opdateres ud fra deres Enhed-ID. Se forhåndsvisningen først: intet gemmes, før du vælger Indlæs, og en fil med fejl indlæses slet ikke.',
  'admin.orgUnitImport.format.text':
    'Én række pr. enhed under en overskriftsrække med disse kolonner:',
  'admin.orgUnitImport.column.id': 'enhedens ID i HR-systemet, fx IBK-0029',
  'admin.orgUnitImport.column.name': 'enhedens navn, fx Dagtilbud Nord',
  'admin.orgUnitImport.column.type': 'kommune, fagområde, afdeling eller enhed',
  'admin.orgUnitImport.column.parent':
    'Enhed-ID på den enhed, enheden hører under; kun tom for kommunen øverst',
  'admin.orgUnitImport.rule.levels':
    'Hver enhed ligger præcis ét niveau under sin overordnede enhed: et fagområde under kommunen, en afdeling under et fagområde og en enhed under en afdeling.',
  'admin.orgUnitImport.rule.update':
    'Indlæser du filen igen, opdateres enhederne ud fra Enhed-ID, så navne og placeringer kan rettes.',
  'admin.orgUnitImport.rule.move':
    'Flyttes en enhed til en anden overordnet enhed, flytter alle enhederne under den med.',
  'admin.orgUnitImport.rows': { one: '{count} række i filen', other: '{count} rækker i filen' },
  'admin.orgUnitImport.creates': { one: '{count} ny', other: '{count} nye' },
  'admin.orgUnitImport.updates': { one: '{count} opdateres', other: '{count} opdateres' },
  'admin.orgUnitImport.unchanged': { one: '{count} uændret', other: '{count} uændrede' },
  'admin.orgUnitImport.done':
    'Enhederne er indlæst. Nye: {created}, opdateret: {updated}, uændrede: {unchanged}.',

  'admin.accounts.title': 'Konti',
  'admin.accounts.summary':
    'Opret konti til HR, direktører og administratorer, tildel roller, sæt ny adgangskode, og deaktivér konti.',
  'admin.accounts.intro':
    'Her ser du alle konti i Lederløft. Du kan ændre en kontos roller, sætte en ny adgangskode og deaktivere eller aktivere kontoen. En deaktiveret konto kan ikke logge ind.',
  'admin.accounts.search': 'Søg efter navn eller e-mail',
  'admin.accounts.count': {
    one: 'Viser {count} af {total} konti',
    other: 'Viser {count} af {total} konti',
  },
  'admin.accounts.noMatch': 'Ingen konti passer til søgningen.',
  'admin.accounts.table.caption': 'Konti',
  'admin.accounts.table.name': 'Navn',
  'admin.accounts.table.email': 'E-mail',
  'admin.accounts.table.leader': 'Leder',
  'admin.accounts.table.roles': 'Roller',
  'admin.accounts.table.status': 'Status',
  'admin.accounts.table.actions': 'Handlinger',
  'admin.accounts.yes': 'Ja',
  'admin.accounts.no': 'Nej',
  'admin.accounts.noRoles': 'Ingen tildelte roller',
  'admin.accounts.active': 'Aktiv',
  'admin.accounts.inactive': 'Deaktiveret',
  'admin.accounts.role.hr': 'HR',
  'admin.accounts.role.admin': 'Administrator',
  'admin.accounts.role.director': 'Direktør',
  'admin.accounts.editRoles': 'Redigér roller',
  'admin.accounts.editRolesFor': 'Redigér roller for {name}',
  'admin.accounts.setPassword': 'Ny adgangskode',
  'admin.accounts.setPasswordFor': 'Ny adgangskode til {name}',
  'admin.accounts.deactivate': 'Deaktivér',
  'admin.accounts.deactivateFor': 'Deaktivér {name}',
  'admin.accounts.activate': 'Aktivér',
  'admin.accounts.activateFor': 'Aktivér {name}',
  'admin.accounts.cancel': 'Annuller',
  'admin.accounts.confirm.deactivateTitle': 'Deaktivér kontoen for {name}?',
  'admin.accounts.confirm.deactivateText':
    '{name} bliver logget ud og kan ikke logge ind, før kontoen aktiveres igen. Intet slettes.',
  'admin.accounts.confirm.activateTitle': 'Aktivér kontoen for {name}?',
  'admin.accounts.confirm.activateText': '{name} kan igen logge ind med sin adgangskode.',
  'admin.accounts.activated': 'Kontoen for {name} er aktiveret.',
  'admin.accounts.deactivated': 'Kontoen for {name} er deaktiveret.',
  'admin.accounts.rolesSaved': 'Rollerne for {name} er gemt.',
  'admin.accounts.passwordSaved':
    'Den nye adgangskode til {name} er gemt, og {name} er logget ud alle steder.',
  'admin.accounts.created': 'Kontoen for {name} er oprettet.',
  'admin.accounts.notSaved': 'Ændringen blev ikke gemt.',
  'admin.accounts.notCreated': 'Kontoen blev ikke oprettet.',
  'admin.accounts.roles.title': 'Roller for {name}',
  'admin.accounts.roles.legend': 'Roller',
  'admin.accounts.roles.hint':
    'Rollerne leder og nærmeste leder følger af organisationen og tildeles ikke her.',
  'admin.accounts.roles.save': 'Gem roller',
  'admin.accounts.scope.label': 'Enhed, direktøren har ansvar for',
  'admin.accounts.scope.choose': 'Vælg en enhed',
  'admin.accounts.scope.hint': 'Direktøren ser enheden og alle enheder under den.',
  'admin.accounts.scope.required': 'Vælg den enhed, direktøren har ansvar for.',
  'admin.accounts.password.title': 'Ny adgangskode til {name}',
  'admin.accounts.password.signOut':
    'Når den nye adgangskode er gemt, bliver personen logget ud alle steder og skal logge ind med den nye adgangskode.',
  'admin.accounts.password.new': 'Ny adgangskode',
  'admin.accounts.password.repeat': 'Gentag den nye adgangskode',
  'admin.accounts.password.hint': 'Mindst {min} tegn.',
  'admin.accounts.password.tooShort': 'Adgangskoden skal være på mindst {min} tegn.',
  'admin.accounts.password.mismatch': 'De to adgangskoder er ikke ens.',
  'admin.accounts.password.save': 'Gem adgangskode',
  'admin.accounts.create.title': 'Opret konto',
  'admin.accounts.create.help':
    'Opret en konto til en medarbejder, der skal have roller i Lederløft: HR, direktør eller administrator. Kontoen knyttes ikke til en leder her; ledernes egne konti kommer fra lederimporten. Giv personen den første adgangskode på en sikker måde.',
  'admin.accounts.create.name': 'Navn',
  'admin.accounts.create.nameRequired': 'Skriv personens navn.',
  'admin.accounts.create.email': 'E-mail',
  'admin.accounts.create.emailHint': 'Arbejdsmail; bruges til at logge ind.',
  'admin.accounts.create.emailInvalid': 'Skriv en gyldig e-mailadresse, fx navn@ikast-brande.dk.',
  'admin.accounts.create.password': 'Første adgangskode',
  'admin.accounts.create.passwordHint':
    'Mindst {min} tegn. Personen skifter den efter første log ind.',
  'admin.accounts.create.submit': 'Opret konto',

  'notFound.title': 'Siden findes ikke',
  'notFound.text':
    'Vi kan ikke finde den side, du leder efter. Linket kan være forkert eller forældet.',
  'notFound.back': 'Gå til ledelsesgrundlaget',

  // Feature dictionaries live in ./features/<feature>.da.ts, so parallel work on
  // different features does not edit the same lines here.
  ...catalogueDa,
  ...roundsDa,
  ...organisationDa,
  ...editionsDa,
  ...plansDa,
  ...myPlanDa,
  ...prioritiesDa,
  ...overviewDa,
  ...participantsDa,
  ...planPageDa,
} satisfies Record<string, UiText>;
