import type { AccessPolicy } from '../common/policy.decorator';

/**
 * The callers the matrix distinguishes. Session callers are the demo accounts of
 * docs/demo-accounts.json; `leader` is the target of every `/api/leaders/:id` route, `otherLeader`
 * a leader elsewhere with another manager, `manager` the target's manager, `director` the
 * chef over the target's fagområde (and so also in the target's manager chain).
 */
export const CALLERS = [
  'anonymous',
  'wrongToken',
  'adminToken',
  'leader',
  'otherLeader',
  'manager',
  'hr',
  'director',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface RouteRule {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as registered, e.g. `/api/frameworks/:id`. */
  route: string;
  policy: AccessPolicy[];
  /** Expected status per caller, for the sample request the test sends. */
  expect: Record<Caller, number>;
  /** Body sent with the request. */
  body?: unknown;
  /**
   * The request path when the route has more parameters than `:id`; `{leaderId}`,
   * `{roundId}`, `{frameworkId}`, `{unitId}` (the target leader's unit), `{offerId}` (a
   * published demo offer) and `{sessionId}` (one of its open sessions) are filled in, and
   * the plan placeholders set up by the test (`{planId}`, `{itemId}`, …).
   */
  sample?: string;
  /** The request ends or changes the caller's session: sign in afresh for it. */
  freshSession?: boolean;
}

const all = (status: number): Record<Caller, number> =>
  Object.fromEntries(CALLERS.map((c) => [c, status])) as Record<Caller, number>;
/** Signed-in callers get `status`; without valid credentials 401. */
const signedIn = (
  status: number,
  overrides: Partial<Record<Caller, number>> = {},
): Record<Caller, number> => ({
  ...all(status),
  anonymous: 401,
  wrongToken: 401,
  ...overrides,
});
/** Only administrators; everyone else signed in is refused with 403. */
const adminOnly = (adminStatus: number) =>
  signedIn(403, { adminToken: adminStatus, admin: adminStatus });

/** HR and administrators (the catalogue's curators); everyone else signed in gets 403. */
const curators = (status: number) =>
  signedIn(403, { adminToken: status, hr: status, admin: status });

/**
 * Who may call what: one row per route the API serves. The authorization test fails when a
 * route is served that has no row here, and checks every cell over HTTP. Cells that are not
 * 2xx for a permitted caller show the request passed the guard and met validation or a
 * rule (e.g. 400 for the empty sample body). Object-level scope answers 404, so that a
 * leader outside your scope is indistinguishable from one that does not exist.
 */
export const AUTHORIZATION_MATRIX: RouteRule[] = [
  { method: 'GET', route: '/api/health', policy: ['public'], expect: all(200) },
  { method: 'GET', route: '/api/health/ready', policy: ['public'], expect: all(200) },
  { method: 'GET', route: '/api/health/live', policy: ['public'], expect: all(200) },
  { method: 'GET', route: '/api/frameworks', policy: ['public'], expect: all(200) },
  { method: 'GET', route: '/api/frameworks/current', policy: ['public'], expect: all(200) },
  { method: 'GET', route: '/api/frameworks/:id', policy: ['public'], expect: all(200) },
  { method: 'GET', route: '/api/frameworks/:id/export', policy: ['public'], expect: all(200) },
  {
    method: 'POST',
    route: '/api/frameworks/import',
    policy: ['admin'],
    body: {},
    expect: adminOnly(400),
  },
  {
    method: 'PUT',
    route: '/api/frameworks/:id',
    policy: ['admin'],
    body: {},
    expect: adminOnly(400),
  },
  {
    method: 'POST',
    route: '/api/frameworks/:id/publish',
    policy: ['admin'],
    expect: adminOnly(409),
  },
  {
    method: 'POST',
    route: '/api/frameworks/:id/drafts',
    policy: ['admin'],
    expect: adminOnly(201),
  },

  { method: 'POST', route: '/api/auth/login', policy: ['public'], body: {}, expect: all(400) },
  {
    method: 'POST',
    route: '/api/auth/logout',
    policy: ['authenticated'],
    freshSession: true,
    expect: signedIn(204),
  },
  {
    method: 'POST',
    route: '/api/auth/password',
    policy: ['authenticated'],
    body: {},
    expect: signedIn(400),
  },
  { method: 'GET', route: '/api/me', policy: ['authenticated'], expect: signedIn(200) },
  { method: 'GET', route: '/api/org-units', policy: ['authenticated'], expect: signedIn(200) },
  { method: 'GET', route: '/api/leader-levels', policy: ['authenticated'], expect: signedIn(200) },
  {
    method: 'POST',
    route: '/api/org-units',
    policy: ['admin'],
    body: {},
    expect: adminOnly(400),
  },
  {
    method: 'PATCH',
    route: '/api/org-units/:id',
    policy: ['admin'],
    sample: '/api/org-units/{unitId}',
    // An empty change: the unit stays as it is.
    body: {},
    expect: adminOnly(200),
  },
  {
    method: 'GET',
    route: '/api/leaders',
    policy: ['admin', 'hr'],
    // Names, units and titles: administrators and HR (read-only), nobody else.
    expect: signedIn(403, { adminToken: 200, admin: 200, hr: 200 }),
  },
  { method: 'POST', route: '/api/leaders', policy: ['admin'], body: {}, expect: adminOnly(400) },
  {
    method: 'PATCH',
    route: '/api/leaders/:id',
    policy: ['admin'],
    // An empty change: the leader stays as they are.
    body: {},
    expect: adminOnly(200),
  },

  {
    method: 'GET',
    route: '/api/leaders/:id',
    policy: ['authenticated'],
    expect: signedIn(200, { otherLeader: 404 }),
  },
  {
    method: 'GET',
    route: '/api/leaders/:id/reports',
    policy: ['authenticated'],
    expect: signedIn(200, { otherLeader: 404 }),
  },
  {
    method: 'GET',
    route: '/api/leaders/:id/personal-foundation',
    policy: ['authenticated'],
    // Personal: the leader and the managers above (the director here is one of them).
    expect: signedIn(200, { adminToken: 404, otherLeader: 404, hr: 404, admin: 404 }),
  },
  {
    method: 'PUT',
    route: '/api/leaders/:id/personal-foundation',
    policy: ['leader'],
    body: { text: 'Jeg leder gennem tillid.' },
    // Only the leader writes; managers may read (403), strangers see nothing (404).
    expect: signedIn(403, { leader: 200, otherLeader: 404 }),
  },

  {
    method: 'GET',
    route: '/api/assessment-rounds',
    policy: ['authenticated'],
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/assessment-rounds',
    policy: ['admin'],
    body: {},
    expect: adminOnly(400),
  },
  {
    method: 'PATCH',
    route: '/api/assessment-rounds/:roundId',
    policy: ['admin'],
    sample: '/api/assessment-rounds/{roundId}',
    body: {},
    expect: adminOnly(200),
  },
  {
    method: 'GET',
    route: '/api/leaders/:id/assessments/:roundId/:source',
    policy: ['authenticated'],
    sample: '/api/leaders/{leaderId}/assessments/{roundId}/self',
    // Individual answers: the leader and the managers above (HR and admins do not see them).
    expect: signedIn(200, { adminToken: 404, otherLeader: 404, hr: 404, admin: 404 }),
  },
  {
    method: 'PUT',
    route: '/api/leaders/:id/assessments/:roundId/:source',
    policy: ['leader'],
    sample: '/api/leaders/{leaderId}/assessments/{roundId}/self',
    body: { behaviourKey: 'handlekraft.vilkaars-og-mulighedsrum', rating: 4 },
    expect: signedIn(403, { leader: 200, otherLeader: 404 }),
  },
  {
    method: 'GET',
    route: '/api/leaders/:id/gap-profile',
    policy: ['authenticated'],
    expect: signedIn(200, { adminToken: 404, otherLeader: 404, hr: 404, admin: 404 }),
  },
  {
    method: 'POST',
    route: '/api/leaders/:id/plan-proposals',
    policy: ['authenticated'],
    body: { budgetDkk: 20000, hours: 40 },
    // Whoever may see the leader's gaps may ask for a proposal; nothing is saved.
    expect: signedIn(200, { adminToken: 404, otherLeader: 404, hr: 404, admin: 404 }),
  },
  {
    method: 'POST',
    route: '/api/imports/leaders/preview',
    policy: ['admin'],
    body: {},
    // The sample body is JSON, not a file: a permitted caller meets "no file" (400).
    expect: adminOnly(400),
  },
  {
    method: 'POST',
    route: '/api/imports/leaders',
    policy: ['admin'],
    body: {},
    expect: adminOnly(400),
  },
  {
    method: 'POST',
    route: '/api/imports/org-units/preview',
    policy: ['admin'],
    body: {},
    expect: adminOnly(400),
  },
  {
    method: 'POST',
    route: '/api/imports/org-units',
    policy: ['admin'],
    body: {},
    expect: adminOnly(400),
  },

  {
    method: 'GET',
    route: '/api/target-profiles',
    policy: ['authenticated'],
    expect: signedIn(200),
  },
  {
    method: 'PUT',
    route: '/api/target-profiles/:frameworkId',
    policy: ['admin'],
    sample: '/api/target-profiles/{frameworkId}',
    body: {},
    expect: adminOnly(400),
  },
  {
    method: 'GET',
    route: '/api/org-units/:id/interpretations',
    policy: ['authenticated'],
    sample: '/api/org-units/{unitId}/interpretations',
    expect: signedIn(200),
  },
  {
    method: 'PUT',
    route: '/api/org-units/:id/interpretations/:elementKey',
    policy: ['admin', 'director'],
    sample: '/api/org-units/{unitId}/interpretations/handlekraft',
    body: {},
    expect: signedIn(403, { adminToken: 400, admin: 400, director: 400 }),
  },
  {
    method: 'DELETE',
    route: '/api/org-units/:id/interpretations/:elementKey',
    policy: ['admin', 'director'],
    sample: '/api/org-units/{unitId}/interpretations/handlekraft',
    expect: signedIn(403, { adminToken: 400, admin: 400, director: 400 }),
  },
  {
    method: 'GET',
    route: '/api/leaders/:id/interpretations',
    policy: ['authenticated'],
    expect: signedIn(200, { otherLeader: 404 }),
  },
  {
    method: 'POST',
    route: '/api/assessment-rounds/:roundId/employee-results/preview',
    policy: ['admin', 'hr'],
    sample: '/api/assessment-rounds/{roundId}/employee-results/preview',
    body: {},
    expect: signedIn(403, { adminToken: 400, admin: 400, hr: 400 }),
  },
  {
    method: 'POST',
    route: '/api/assessment-rounds/:roundId/employee-results',
    policy: ['admin', 'hr'],
    sample: '/api/assessment-rounds/{roundId}/employee-results',
    body: {},
    expect: signedIn(403, { adminToken: 400, admin: 400, hr: 400 }),
  },
  { method: 'GET', route: '/api/accounts', policy: ['admin'], expect: adminOnly(200) },
  { method: 'POST', route: '/api/accounts', policy: ['admin'], body: {}, expect: adminOnly(400) },
  {
    method: 'PATCH',
    route: '/api/accounts/:id',
    policy: ['admin'],
    sample: '/api/accounts/00000000-0000-4000-8000-000000000000',
    body: {},
    expect: adminOnly(404),
  },
  {
    method: 'POST',
    route: '/api/assessment-rounds/:roundId/survey-results/preview',
    policy: ['admin', 'hr'],
    sample: '/api/assessment-rounds/{roundId}/survey-results/preview',
    body: {},
    expect: signedIn(403, { adminToken: 400, admin: 400, hr: 400 }),
  },
  {
    method: 'POST',
    route: '/api/assessment-rounds/:roundId/survey-results',
    policy: ['admin', 'hr'],
    sample: '/api/assessment-rounds/{roundId}/survey-results',
    body: {},
    expect: signedIn(403, { adminToken: 400, admin: 400, hr: 400 }),
  },
  {
    method: 'GET',
    route: '/api/survey-items',
    policy: ['admin', 'hr'],
    expect: signedIn(403, { adminToken: 200, admin: 200, hr: 200 }),
  },
  {
    method: 'PUT',
    route: '/api/survey-items/:code',
    policy: ['admin', 'hr'],
    sample: '/api/survey-items/findes-ikke',
    body: { competencyKey: null },
    expect: signedIn(403, { adminToken: 404, admin: 404, hr: 404 }),
  },
  // The course catalogue: everyone signed in reads what is published; HR and admin curate.
  { method: 'GET', route: '/api/offers', policy: ['authenticated'], expect: signedIn(200) },
  {
    method: 'GET',
    route: '/api/offers/locations',
    policy: ['authenticated'],
    expect: signedIn(200),
  },
  {
    method: 'GET',
    route: '/api/offers/coverage',
    policy: ['hr', 'admin', 'director'],
    expect: signedIn(403, { adminToken: 200, hr: 200, director: 200, admin: 200 }),
  },
  {
    method: 'GET',
    route: '/api/offers/export',
    policy: ['hr', 'admin'],
    expect: curators(200),
  },
  {
    method: 'GET',
    route: '/api/offers/import-template',
    policy: ['hr', 'admin'],
    expect: curators(200),
  },
  {
    method: 'POST',
    route: '/api/offers/import',
    policy: ['hr', 'admin'],
    body: {},
    // A JSON body is not a file.
    expect: curators(400),
  },
  {
    method: 'GET',
    route: '/api/offers/:id',
    policy: ['authenticated'],
    sample: '/api/offers/{offerId}',
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/offers',
    policy: ['hr', 'admin'],
    body: {},
    expect: curators(400),
  },
  {
    method: 'PATCH',
    route: '/api/offers/:id',
    policy: ['hr', 'admin'],
    sample: '/api/offers/{offerId}',
    body: {},
    expect: curators(400),
  },
  {
    method: 'DELETE',
    route: '/api/offers/:id',
    policy: ['hr', 'admin'],
    sample: '/api/offers/{offerId}',
    // A published offer is archived, never deleted.
    expect: curators(409),
  },
  {
    method: 'GET',
    route: '/api/offers/:id/sessions',
    policy: ['authenticated'],
    sample: '/api/offers/{offerId}/sessions',
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/api/offers/:id/sessions',
    policy: ['hr', 'admin'],
    sample: '/api/offers/{offerId}/sessions',
    body: {},
    expect: curators(400),
  },
  {
    method: 'PATCH',
    route: '/api/offers/:id/sessions/:sessionId',
    policy: ['hr', 'admin'],
    sample: '/api/offers/{offerId}/sessions/{sessionId}',
    body: {},
    expect: curators(200),
  },
  {
    method: 'DELETE',
    route: '/api/offers/:id/sessions/:sessionId',
    policy: ['hr', 'admin'],
    sample: '/api/offers/{offerId}/sessions/00000000-0000-4000-8000-000000000000',
    expect: curators(404),
  },

  // Development plans: the leader writes; the managers above read; the direct manager approves
  // or returns. HR, directors outside the chain and administrators see no individual plan.
  // {planId} is a draft of the target leader with one item ({itemId}, handlekraft), a SMART
  // goal ({goalId}, hedekraft) and a follow-up ({followUpId}); {deletablePlanId} an empty draft.
  {
    method: 'GET',
    route: '/api/leaders/:id/plans',
    policy: ['authenticated'],
    expect: signedIn(200, { adminToken: 404, otherLeader: 404, hr: 404, admin: 404 }),
  },
  {
    method: 'POST',
    route: '/api/leaders/:id/plans',
    policy: ['leader'],
    body: {
      title: 'Plan',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      budgetDkk: null,
      hours: null,
    },
    // Only the leader creates; managers read (403), strangers see nothing (404).
    expect: signedIn(403, { leader: 201, otherLeader: 404 }),
  },
  {
    method: 'GET',
    route: '/api/plans/inbox',
    policy: ['manager'],
    expect: signedIn(403, { manager: 200, director: 200 }),
  },
  {
    method: 'GET',
    route: '/api/plans/:id',
    policy: ['authenticated'],
    sample: '/api/plans/{planId}',
    expect: signedIn(200, { adminToken: 404, otherLeader: 404, hr: 404, admin: 404 }),
  },
  {
    method: 'GET',
    route: '/api/plans/:id/history',
    policy: ['authenticated'],
    sample: '/api/plans/{planId}/history',
    expect: signedIn(200, { adminToken: 404, otherLeader: 404, hr: 404, admin: 404 }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:id',
    policy: ['leader'],
    sample: '/api/plans/{planId}',
    // A stale version: the leader passes every check but the optimistic lock (409).
    body: { version: 999, title: 'Ny titel' },
    expect: signedIn(403, { leader: 409, otherLeader: 404 }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:id',
    policy: ['leader'],
    sample: '/api/plans/{deletablePlanId}',
    // The leader deletes the draft; everyone after finds nothing.
    expect: signedIn(403, { leader: 204, otherLeader: 404, manager: 404, director: 404 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/submit',
    policy: ['leader'],
    sample: '/api/plans/{planId}/submit',
    // handlekraft has no SMART goal yet: the leader meets the submission check (400).
    expect: signedIn(403, { leader: 400, otherLeader: 404 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/approve',
    policy: ['manager'],
    sample: '/api/plans/{planId}/approve',
    body: {},
    // The direct manager may, but not a draft (409); the director above may not (403).
    expect: signedIn(403, { manager: 409 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/return',
    policy: ['manager'],
    sample: '/api/plans/{planId}/return',
    body: { comment: 'Tilføj et mål.' },
    expect: signedIn(403, { manager: 409 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/activate',
    policy: ['leader'],
    sample: '/api/plans/{planId}/activate',
    expect: signedIn(403, { leader: 409, otherLeader: 404 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/complete',
    policy: ['leader'],
    sample: '/api/plans/{planId}/complete',
    expect: signedIn(403, { leader: 409, otherLeader: 404 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/cancel',
    policy: ['leader'],
    sample: '/api/plans/{planId}/cancel',
    // A draft is deleted, not cancelled.
    expect: signedIn(403, { leader: 409, otherLeader: 404 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/items',
    policy: ['leader'],
    sample: '/api/plans/{planId}/items',
    body: { kind: 'other', text: 'Netværk med andre ledere', competencyKeys: ['paa-tvaers'] },
    expect: signedIn(403, { leader: 201, otherLeader: 404 }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:id/items/:itemId',
    policy: ['leader'],
    sample: '/api/plans/{planId}/items/{itemId}',
    body: { text: 'Følge op på mål på hvert teammøde' },
    expect: signedIn(403, { leader: 200, otherLeader: 404 }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:id/items/:itemId',
    policy: ['leader'],
    sample: '/api/plans/{planId}/items/00000000-0000-4000-8000-000000000000',
    expect: signedIn(403, { leader: 404, otherLeader: 404 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/items/:itemId/notes',
    policy: ['leader'],
    sample: '/api/plans/{planId}/items/{itemId}/notes',
    body: { learned: 'Noget', changed: 'Andet' },
    // Reflections come once the plan is approved or active (409 on a draft).
    expect: signedIn(403, { leader: 409, otherLeader: 404 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/goals',
    policy: ['leader'],
    sample: '/api/plans/{planId}/goals',
    body: {
      competencyKey: 'paa-tvaers',
      what: 'Flere fælles løsninger med nabofagområdet',
      measure: 'To fælles projekter i året',
      byDate: '2027-10-01',
      behaviourKeys: [],
    },
    expect: signedIn(403, { leader: 201, otherLeader: 404 }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:id/goals/:goalId',
    policy: ['leader'],
    sample: '/api/plans/{planId}/goals/{goalId}',
    body: { measure: 'Tre idéer pr. møde' },
    expect: signedIn(403, { leader: 200, otherLeader: 404 }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:id/goals/:goalId',
    policy: ['leader'],
    sample: '/api/plans/{planId}/goals/00000000-0000-4000-8000-000000000000',
    expect: signedIn(403, { leader: 404, otherLeader: 404 }),
  },
  {
    method: 'POST',
    route: '/api/plans/:id/follow-ups',
    policy: ['leader'],
    sample: '/api/plans/{planId}/follow-ups',
    body: { date: '2027-05-01', note: 'Status' },
    // The leader and the direct manager agree follow-ups; the director above reads only.
    expect: signedIn(403, { leader: 201, otherLeader: 404, manager: 201 }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:id/follow-ups/:followUpId',
    policy: ['leader'],
    sample: '/api/plans/{planId}/follow-ups/{followUpId}',
    body: { note: 'Status på kurset' },
    expect: signedIn(403, { leader: 200, otherLeader: 404, manager: 200 }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:id/follow-ups/:followUpId',
    policy: ['leader'],
    sample: '/api/plans/{planId}/follow-ups/00000000-0000-4000-8000-000000000000',
    expect: signedIn(403, { leader: 404, otherLeader: 404, manager: 404 }),
  },
  {
    method: 'GET',
    route: '/api/offers/:id/sessions/:sessionId/participants',
    policy: ['hr', 'admin'],
    sample: '/api/offers/{offerId}/sessions/{sessionId}/participants',
    expect: curators(200),
  },
  {
    method: 'GET',
    route: '/api/offers/:id/sessions/:sessionId/participants.csv',
    policy: ['hr', 'admin'],
    sample: '/api/offers/{offerId}/sessions/{sessionId}/participants.csv',
    expect: curators(200),
  },
  // The plan's exports: the same readers as GET /api/plans/:id.
  {
    method: 'GET',
    route: '/api/plans/:id/pdf',
    policy: ['authenticated'],
    sample: '/api/plans/{planId}/pdf',
    expect: signedIn(200, { adminToken: 404, otherLeader: 404, hr: 404, admin: 404 }),
  },
  {
    method: 'GET',
    route: '/api/plans/:id/calendar.ics',
    policy: ['authenticated'],
    sample: '/api/plans/{planId}/calendar.ics',
    expect: signedIn(200, { adminToken: 404, otherLeader: 404, hr: 404, admin: 404 }),
  },
  // Strategic priorities: HR and admins everywhere, a director in their area (the target's unit).
  {
    method: 'GET',
    route: '/api/strategic-priorities',
    policy: ['hr', 'director', 'admin'],
    expect: signedIn(403, { adminToken: 200, hr: 200, director: 200, admin: 200 }),
  },
  {
    method: 'GET',
    route: '/api/org-units/:id/strategic-priorities/:year',
    policy: ['hr', 'director', 'admin'],
    sample: '/api/org-units/{unitId}/strategic-priorities/2026',
    expect: signedIn(403, { adminToken: 200, hr: 200, director: 200, admin: 200 }),
  },
  {
    method: 'PUT',
    route: '/api/org-units/:id/strategic-priorities/:year',
    policy: ['hr', 'director', 'admin'],
    sample: '/api/org-units/{unitId}/strategic-priorities/2026',
    body: {},
    expect: signedIn(403, { adminToken: 400, hr: 400, director: 400, admin: 400 }),
  },
  {
    method: 'DELETE',
    route: '/api/org-units/:id/strategic-priorities/:year',
    policy: ['hr', 'director', 'admin'],
    sample: '/api/org-units/{unitId}/strategic-priorities/1999',
    expect: signedIn(403, { adminToken: 400, hr: 400, director: 400, admin: 400 }),
  },
  {
    method: 'GET',
    route: '/api/leaders/:id/strategic-priorities',
    policy: ['authenticated'],
    expect: signedIn(200, { otherLeader: 404 }),
  },

  // Overblik: aggregates only. HR and admins see every unit, the director her area, a
  // manager the units of their own team (Morten: Dagtilbud); plain leaders nothing.
  {
    method: 'GET',
    route: '/api/coverage',
    policy: ['hr', 'admin', 'director', 'manager'],
    expect: signedIn(403, { adminToken: 200, hr: 200, admin: 200, director: 200, manager: 200 }),
  },
  {
    method: 'GET',
    route: '/api/coverage/trend',
    policy: ['hr', 'admin', 'director', 'manager'],
    expect: signedIn(403, { adminToken: 200, hr: 200, admin: 200, director: 200, manager: 200 }),
  },
  {
    method: 'GET',
    route: '/api/coverage/demand',
    policy: ['hr', 'admin'],
    expect: curators(200),
  },
  {
    method: 'POST',
    route: '/api/coverage/scenarios',
    policy: ['hr', 'admin', 'director'],
    body: {},
    expect: signedIn(403, { adminToken: 400, hr: 400, admin: 400, director: 400 }),
  },
  {
    method: 'GET',
    route: '/api/coverage/scenarios/:id',
    policy: ['hr', 'admin', 'director'],
    // Only the person who started a scenario finds it.
    expect: signedIn(403, { adminToken: 404, hr: 404, admin: 404, director: 404 }),
  },
  {
    method: 'POST',
    route: '/api/coverage/scenarios/:id/cancel',
    policy: ['hr', 'admin', 'director'],
    expect: signedIn(403, { adminToken: 404, hr: 404, admin: 404, director: 404 }),
  },
  {
    method: 'GET',
    route: '/api/org-units/:id/coverage-targets',
    policy: ['hr', 'admin', 'director', 'manager'],
    sample: '/api/org-units/{unitId}/coverage-targets',
    expect: signedIn(403, { adminToken: 200, hr: 200, admin: 200, director: 200, manager: 200 }),
  },
  {
    method: 'PUT',
    route: '/api/org-units/:id/coverage-targets/:competencyKey',
    policy: ['hr', 'admin', 'director'],
    sample: '/api/org-units/{unitId}/coverage-targets/hedekraft',
    body: {},
    expect: signedIn(403, { adminToken: 400, hr: 400, admin: 400, director: 400 }),
  },
  {
    method: 'DELETE',
    route: '/api/org-units/:id/coverage-targets/:competencyKey',
    policy: ['hr', 'admin', 'director'],
    sample: '/api/org-units/{unitId}/coverage-targets/hedekraft',
    // The unit has no target for it.
    expect: signedIn(403, { adminToken: 404, hr: 404, admin: 404, director: 404 }),
  },
];

/** Routes that are not API handlers: the OpenAPI UI and the static web app. */
export const NON_API_ROUTES = [/^\/api\/docs/, /^\/\*$/, /^\/$/];
