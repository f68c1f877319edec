import type { UiText } from '../ui-text';
import type { participantsDa } from './participants.da';

/** English strings of HR's participant list of a session. */
export const participantsEn: Record<keyof typeof participantsDa, UiText> = {
  'participants.title': 'Participants',
  'participants.link': 'Participants',
  'participants.linkLabel': 'Participants in the session {period}',
  'participants.heading': 'Participants: {offer}',
  'participants.session': 'The session',
  'participants.dates': 'Date',
  'participants.place': 'Place',
  'participants.capacity': 'Seats',
  'participants.seatsTaken': 'Seats taken',
  'participants.waitingList': 'On the waiting list',
  'participants.counts':
    '{booked} booked and {waiting} waiting through Lederløft. Seats taken and the waiting list also count registrations made outside Lederløft.',
  'participants.booked.title': 'Booked',
  'participants.booked.caption': 'Booked leaders, in the order they got their seat',
  'participants.booked.empty': 'No leader has a seat on this session through Lederløft yet.',
  'participants.waiting.title': 'Waiting list',
  'participants.waiting.caption': 'The waiting list in order: no. 1 moves up first',
  'participants.waiting.empty': 'Nobody is on the waiting list through Lederløft.',
  'participants.col.position': 'No.',
  'participants.col.name': 'Name',
  'participants.col.title': 'Job title',
  'participants.col.unit': 'Unit',
  'participants.col.email': 'Email',
  'participants.col.requested': 'Requested',
  'participants.export': 'Export participant list (CSV)',
  'participants.exportHint': 'For Excel: semicolon-separated, with booked and waiting.',
  'participants.notFound.title': 'Session not found',
  'participants.notFound.text': 'The session may have been deleted. Go back to the offer.',
  'participants.back': 'Back to the offer',
} satisfies Record<keyof typeof participantsDa, UiText>;
