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

  'notFound.title': 'Siden findes ikke',
  'notFound.text':
    'Vi kan ikke finde den side, du leder efter. Linket kan være forkert eller forældet.',
  'notFound.back': 'Gå til ledelsesgrundlaget',
} satisfies Record<string, UiText>;
