import type { LeaderAdminView } from '@lederloeft/contracts';

/** Test data only: a first-line leader without a sign-in account, in "Dagtilbud Nord". */
export const SOEREN: LeaderAdminView = {
  id: 'l-soeren',
  name: 'Søren Ærø',
  email: 'soeren@example.dk',
  title: 'Skoleleder',
  levelKey: 'foerstelinjeleder',
  orgUnit: { id: 'u-nord', name: 'Dagtilbud Nord' },
  manager: { id: 'l-chef', name: 'Chris Chef' },
  active: true,
  employeeId: 'E1',
  startDate: '2024-08-01',
  activeReportCount: 0,
  account: null,
};
