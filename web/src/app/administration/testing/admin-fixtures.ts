import type {
  AssessmentRoundView,
  FrameworkSummary,
  LeaderLevelView,
  MeResponse,
  OrgUnitView,
  TargetProfilesView,
} from '@lederloeft/contracts';

/** Test data only: an administrator who is not a leader. */
export const ADMIN_ME: MeResponse = {
  accountId: 'acc-admin',
  email: 'admin@example.dk',
  name: 'Nikolaj Admin',
  leaderId: null,
  roles: ['admin'],
  directorScopes: [],
  csrfToken: 'csrf-admin',
};

/** Test data only: a director over "Børn og Unge". */
export const DIRECTOR_ME: MeResponse = {
  accountId: 'acc-director',
  email: 'direktoer@example.dk',
  name: 'Birgitte Direktør',
  leaderId: 'leader-dir',
  roles: ['leader', 'director'],
  directorScopes: [{ id: 'u-boern', name: 'Børn og Unge' }],
  csrfToken: 'csrf-director',
};

function unit(
  id: string,
  name: string,
  kind: OrgUnitView['kind'],
  parentId: string | null,
): OrgUnitView {
  return { id, name, kind, parentId, externalId: `EXT-${id}` };
}

/** Test data only: the municipality with two divisions, ordered by path like the API. */
export const ORG_UNITS: OrgUnitView[] = [
  unit('u-kommune', 'Ikast-Brande Kommune', 'kommune', null),
  unit('u-boern', 'Børn og Unge', 'fagomraade', 'u-kommune'),
  unit('u-dagtilbud', 'Dagtilbud', 'afdeling', 'u-boern'),
  unit('u-nord', 'Dagtilbud Nord', 'enhed', 'u-dagtilbud'),
  unit('u-social', 'Social og Sundhed', 'fagomraade', 'u-kommune'),
  unit('u-pleje', 'Plejecenter Bøgely', 'enhed', 'u-social'),
];

export const LEVELS: LeaderLevelView[] = [
  { key: 'foerstelinjeleder', name: { da: 'Førstelinjeleder', en: 'First-line leader' }, rank: 4 },
  { key: 'chef', name: { da: 'Chef', en: 'Head of department' }, rank: 2 },
];

/** Targets for the four competencies of FRAMEWORK_FIXTURE; one cell has no target. */
export const TARGETS: TargetProfilesView = {
  frameworkId: 'fw-1',
  levels: [
    {
      levelKey: 'chef',
      targets: { handlekraft: 4, 'borgerne-i-centrum': 4, 'paa-tvaers': 4, hedekraft: null },
    },
    {
      levelKey: 'foerstelinjeleder',
      targets: { handlekraft: 3.5, 'borgerne-i-centrum': 3.5, 'paa-tvaers': 3.5, hedekraft: 3.5 },
    },
  ],
};

export const ROUNDS: AssessmentRoundView[] = [
  {
    id: 'round-2026',
    name: 'Lederevaluering 2026',
    frameworkId: 'fw-1',
    periodStart: '2026-09-01',
    periodEnd: '2026-12-18',
    sources: ['self', 'manager', 'employees'],
    status: 'open',
    minRespondents: 3,
    weights: { self: 1, manager: 2, employees: 2, survey: 1 },
    scale: [],
  },
  {
    id: 'round-2025',
    name: 'Lederevaluering 2025',
    frameworkId: 'fw-1',
    periodStart: '2025-09-01',
    periodEnd: '2025-12-18',
    sources: ['self', 'manager', 'employees'],
    status: 'closed',
    minRespondents: 3,
    weights: { self: 1, manager: 2, employees: 2, survey: 1 },
    scale: [],
  },
];

function edition(
  n: number,
  status: FrameworkSummary['status'],
  current: boolean,
): FrameworkSummary {
  return {
    id: `fw-${n}`,
    key: 'ikast-brande-ledelsesgrundlag',
    name: { da: 'Ledelsesgrundlag', en: 'Leadership foundation' },
    owner: 'Ikast-Brande Kommune',
    edition: n,
    editionLabel: null,
    status,
    publishedAt: status === 'draft' ? null : '2026-11-27T09:54:45.704Z',
    retiredAt: null,
    createdAt: '2026-11-27T09:54:45.693Z',
    current,
    competencyCount: 4,
    behaviourCount: 32,
  };
}

/** Newest first, as the API lists them: a draft and the edition in force. */
export const EDITIONS: FrameworkSummary[] = [
  edition(2, 'draft', false),
  edition(1, 'published', true),
];

/** A file as an `<input type="file">` would give it. */
export function csvFile(name = 'ledere.csv', text = 'Navn;E-mail\r\n'): File {
  return new File([text], name, { type: 'application/vnd.ms-excel' });
}

/** Puts a file in a file input, as choosing it in the browser does, and fires `change`. */
export function chooseFile(input: HTMLInputElement, file: File | null): void {
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: { length: file ? 1 : 0, item: () => file },
  });
  input.dispatchEvent(new Event('change'));
}
