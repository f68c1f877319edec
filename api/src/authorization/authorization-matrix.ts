import type { AccessPolicy } from '../common/policy.decorator';

/** The callers the matrix distinguishes. Leaders, managers, HR and directors come with sign-in. */
export type Caller = 'anonymous' | 'wrongToken' | 'admin';

export interface RouteRule {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as registered, e.g. `/api/frameworks/:id`. */
  route: string;
  policy: AccessPolicy;
  /** Expected status per caller, for the sample request the test sends. */
  expect: Record<Caller, number>;
  /** Ids in the route are filled with the current edition's id; body sent with the request. */
  body?: unknown;
}

const publicRead = { anonymous: 200, wrongToken: 200, admin: 200 };

/**
 * Who may call what: one row per route the API serves. The authorization test fails when
 * a route is served that has no row here, and checks every cell over HTTP. Admin cells
 * that are not 2xx show the request passed the guard and reached validation or rules.
 */
export const AUTHORIZATION_MATRIX: RouteRule[] = [
  { method: 'GET', route: '/api/health', policy: 'public', expect: publicRead },
  { method: 'GET', route: '/api/frameworks', policy: 'public', expect: publicRead },
  { method: 'GET', route: '/api/frameworks/current', policy: 'public', expect: publicRead },
  { method: 'GET', route: '/api/frameworks/:id', policy: 'public', expect: publicRead },
  { method: 'GET', route: '/api/frameworks/:id/export', policy: 'public', expect: publicRead },
  {
    method: 'POST',
    route: '/api/frameworks/import',
    policy: 'admin',
    body: {},
    expect: { anonymous: 401, wrongToken: 401, admin: 400 },
  },
  {
    method: 'PUT',
    route: '/api/frameworks/:id',
    policy: 'admin',
    body: {},
    expect: { anonymous: 401, wrongToken: 401, admin: 400 },
  },
  {
    method: 'POST',
    route: '/api/frameworks/:id/publish',
    policy: 'admin',
    expect: { anonymous: 401, wrongToken: 401, admin: 409 },
  },
  {
    method: 'POST',
    route: '/api/frameworks/:id/drafts',
    policy: 'admin',
    expect: { anonymous: 401, wrongToken: 401, admin: 201 },
  },
];

/** Routes that are not API handlers: the OpenAPI UI and the static web app. */
export const NON_API_ROUTES = [/^\/api\/docs/, /^\/\*$/, /^\/$/];
