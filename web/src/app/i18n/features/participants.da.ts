import type { UiText } from '../ui-text';

/** Danish strings of HR's participant list of a session ("Deltagere"). */
export const participantsDa = {
  'participants.title': 'Deltagere',
  'participants.link': 'Deltagere',
  'participants.linkLabel': 'Deltagere på holdet {period}',
  'participants.heading': 'Deltagere: {offer}',
  'participants.session': 'Holdet',
  'participants.dates': 'Dato',
  'participants.place': 'Sted',
  'participants.capacity': 'Pladser',
  'participants.seatsTaken': 'Optagne pladser',
  'participants.waitingList': 'På venteliste',
  'participants.counts':
    '{booked} tilmeldt og {waiting} på venteliste via Lederløft. Optagne pladser og venteliste tæller også tilmeldinger uden for Lederløft.',
  'participants.booked.title': 'Tilmeldte',
  'participants.booked.caption': 'Tilmeldte ledere, i den rækkefølge de fik plads',
  'participants.booked.empty': 'Ingen ledere har fået plads på holdet via Lederløft endnu.',
  'participants.waiting.title': 'Venteliste',
  'participants.waiting.caption': 'Ventelisten i rækkefølge: nr. 1 rykker op først',
  'participants.waiting.empty': 'Ingen står på venteliste via Lederløft.',
  'participants.col.position': 'Nr.',
  'participants.col.name': 'Navn',
  'participants.col.title': 'Stilling',
  'participants.col.unit': 'Enhed',
  'participants.col.email': 'E-mail',
  'participants.col.requested': 'Tilmeldt',
  'participants.export': 'Eksportér deltagerliste (CSV)',
  'participants.exportHint': 'Til Excel: semikolon-separeret, med tilmeldte og venteliste.',
  'participants.notFound.title': 'Holdet findes ikke',
  'participants.notFound.text': 'Holdet er måske slettet. Gå tilbage til tilbuddet.',
  'participants.back': 'Tilbage til tilbuddet',
} satisfies Record<string, UiText>;
