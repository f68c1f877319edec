import type { LeaderSummary, LeaderView } from '@lederloeft/contracts';

function report(id: string, name: string, unit: string): LeaderSummary {
  return {
    id,
    name,
    email: `${id}@example.dk`,
    title: 'Dagtilbudsleder',
    levelKey: 'foerstelinjeleder',
    orgUnit: { id: `unit-${id}`, name: unit },
    manager: { id: 'manager-1', name: 'Morten Manager' },
    active: true,
  };
}

/** Test data only: the direct reports of MANAGER_ME, in the API's order (not by name). */
export const REPORTS_FIXTURE: LeaderSummary[] = [
  report('leader-2', 'Gitte Hansen', 'Børnehuset Mælkebøtten'),
  report('leader-1', 'Camilla Nørgaard', 'Børnehuset Solstrålen'),
  report('leader-3', 'Kim Rasmussen', 'Nørre Snede Børnehus'),
  report('leader-4', 'Louise Damgaard', 'Engesvang Børnehus'),
  report('leader-5', 'Anders Berg', 'Bording Børnehus'),
  report('leader-6', 'Bente Holm', 'Ikast Øst'),
];

/** Test data only: one report as GET /api/leaders/:id answers. */
export const REPORT_VIEW_FIXTURE: LeaderView = {
  ...REPORTS_FIXTURE[1],
  startDate: '2019-03-01',
  directReportCount: 0,
};
