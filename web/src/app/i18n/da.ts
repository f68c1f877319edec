import type { UiText } from './ui-text';

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
    'Hej {name}. Her finder du dine oplysninger som leder og dit personlige ledelsesgrundlag.',
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

  'notFound.title': 'Siden findes ikke',
  'notFound.text':
    'Vi kan ikke finde den side, du leder efter. Linket kan være forkert eller forældet.',
  'notFound.back': 'Gå til ledelsesgrundlaget',
} satisfies Record<string, UiText>;
