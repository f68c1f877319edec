import type { MeResponse } from '@lederloeft/contracts';

/** Test data only: a signed-in first-line leader. */
export const LEADER_ME: MeResponse = {
  accountId: 'acc-1',
  email: 'mette.jensen@example.dk',
  name: 'Mette Jensen',
  leaderId: 'leader-1',
  roles: ['leader'],
  directorScopes: [],
  csrfToken: 'csrf-token-1',
};

/** Test data only: a leader who is the direct manager of other leaders. */
export const MANAGER_ME: MeResponse = {
  accountId: 'acc-3',
  email: 'morten@example.dk',
  name: 'Morten Manager',
  leaderId: 'manager-1',
  roles: ['leader', 'manager'],
  directorScopes: [],
  csrfToken: 'csrf-token-3',
};

/** Test data only: an HR account that is not a leader. */
export const HR_ME: MeResponse = {
  accountId: 'acc-2',
  email: 'hr@example.dk',
  name: 'Hanne HR',
  leaderId: null,
  roles: ['hr'],
  directorScopes: [],
  csrfToken: 'csrf-token-2',
};

export const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' } as const;

export const UNAUTHORIZED_BODY = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Du er ikke logget ind.',
};
