import type { UiText } from '../ui-text';

/**
 * Danish strings shared by every development-plan screen (statuses, item kinds, the 70-20-10
 * categories). Screen-specific strings live in their own feature dictionaries.
 */
export const plansDa = {
  'nav.myPlan': 'Min udviklingsplan',

  'plans.status.draft': 'Kladde',
  'plans.status.submitted': 'Sendt til godkendelse',
  'plans.status.approved': 'Godkendt',
  'plans.status.returned': 'Sendt retur',
  'plans.status.active': 'I gang',
  'plans.status.completed': 'Afsluttet',
  'plans.status.cancelled': 'Annulleret',

  'plans.action.submit': 'Send til godkendelse',
  'plans.action.approve': 'Godkend',
  'plans.action.return': 'Send retur',
  'plans.action.activate': 'Sæt i gang',
  'plans.action.complete': 'Afslut planen',
  'plans.action.cancel': 'Annullér planen',

  'plans.itemKind.offer': 'Tilbud fra kataloget',
  'plans.itemKind.on-the-job': 'Læring i jobbet',
  'plans.itemKind.other': 'Andet',

  'plans.category.experience': 'Erfaring i jobbet (70)',
  'plans.category.others': 'Læring med andre (20)',
  'plans.category.formal': 'Formel uddannelse (10)',

  'plans.seat.booked': 'Plads booket',
  'plans.seat.waiting': 'På venteliste (nr. {position})',
  'plans.seat.cancelled': 'Plads afmeldt',

  'plans.download.pdf': 'Hent som PDF',
  'plans.download.calendar': 'Hent kalender (.ics)',
} satisfies Record<string, UiText>;
