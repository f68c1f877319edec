import type { LeaderView, PersonalFoundationView } from '@lederloeft/contracts';

/** Test data only: the leader behind LEADER_ME. */
export const LEADER_FIXTURE: LeaderView = {
  id: 'leader-1',
  name: 'Mette Jensen',
  email: 'mette.jensen@example.dk',
  title: 'Dagtilbudsleder',
  levelKey: 'foerstelinjeleder',
  orgUnit: { id: 'unit-1', name: 'Dagtilbud Nord' },
  manager: { id: 'leader-0', name: 'Søren Madsen' },
  active: true,
  startDate: '2019-03-01',
  directReportCount: 0,
};

export const FOUNDATION_FIXTURE: PersonalFoundationView = {
  leaderId: 'leader-1',
  text: 'Jeg leder med tillid.\n\nJeg tager ansvar for helheden.',
  updatedAt: '2026-11-20T08:15:00.000Z',
};
