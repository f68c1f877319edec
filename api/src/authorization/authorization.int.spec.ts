import type { OfferSearchResult } from '@lederloeft/contracts';
import { listRoutes } from '../app.factory';
import { demoAccount } from '../testing/demo-accounts';
import { setUpPlans } from '../plans/plans-matrix-setup';
import { SessionHeaders, startTestApp, TEST_ADMIN_TOKEN, TestApp } from '../testing/test-app';
import {
  AUTHORIZATION_MATRIX,
  Caller,
  CALLERS,
  NON_API_ROUTES,
  RouteRule,
} from './authorization-matrix';

const SESSION_CALLERS: Record<
  Exclude<Caller, 'anonymous' | 'wrongToken' | 'adminToken'>,
  () => { email: string; password: string }
> = {
  leader: () => demoAccount('leader', 0),
  otherLeader: () => demoAccount('leader', 1),
  manager: () => demoAccount('manager'),
  hr: () => demoAccount('hr'),
  director: () => demoAccount('director'),
  admin: () => demoAccount('admin'),
};

describe('authorization matrix', () => {
  let t: TestApp;
  let frameworkId: string;
  let targetLeaderId: string;
  let roundId: string;
  let offerId: string;
  let sessionId: string;
  let unitId: string;
  const sessions = new Map<Caller, SessionHeaders>();
  /** The target leader's plans and their parts: {planId}, {itemId}, {goalId}, … */
  const planIds: Record<string, string> = {};

  const session = async (
    caller: keyof typeof SESSION_CALLERS,
    fresh = false,
  ): Promise<SessionHeaders> => {
    const known = sessions.get(caller);
    if (known && !fresh) return known;
    const { email, password } = SESSION_CALLERS[caller]();
    const headers = await t.signIn(email, password);
    if (!fresh) sessions.set(caller, headers);
    return headers;
  };

  const headersFor = async (caller: Caller, rule: RouteRule): Promise<Record<string, string>> => {
    if (caller === 'anonymous') return {};
    if (caller === 'wrongToken') return { authorization: 'Bearer wrong-token' };
    if (caller === 'adminToken') return { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    const { cookie, 'x-csrf-token': csrf } = await session(caller, rule.freshSession);
    return { cookie, 'x-csrf-token': csrf };
  };

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    frameworkId = (await t.request<{ id: string }>('GET', '/api/frameworks/current')).body.id;
    const leader = await session('leader');
    targetLeaderId = leader.leaderId as string;
    unitId = (
      await t.request<{ orgUnit: { id: string } }>('GET', `/api/leaders/${targetLeaderId}`, {
        headers: { cookie: leader.cookie },
      })
    ).body.orgUnit.id;
    roundId = (
      await t.request<{ id: string }[]>('GET', '/api/assessment-rounds', {
        headers: { cookie: leader.cookie },
      })
    ).body[0].id;
    // A published demo offer with an open session.
    const offers = await t.request<OfferSearchResult>(
      'GET',
      '/api/offers?sort=date&pageSize=1&status=published',
      { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } },
    );
    offerId = offers.body.items[0].id;
    sessionId = offers.body.items[0].nextSession?.id as string;
    Object.assign(planIds, await setUpPlans(t, leader));
  });
  afterAll(() => t.close());

  it('has a rule for every route the app serves, and no rule for a route it does not serve', () => {
    const served = listRoutes(t.app)
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .filter((r) => !NON_API_ROUTES.some((pattern) => pattern.test(r.url)))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    const ruled = AUTHORIZATION_MATRIX.map((r) => `${r.method} ${r.route}`).sort();
    expect(served).toEqual(ruled);
  });

  const cells = AUTHORIZATION_MATRIX.flatMap((rule) =>
    CALLERS.map((caller) => [rule.method, rule.route, caller, rule.expect[caller], rule] as const),
  );

  it.each(cells)('%s %s as %s gives %i', async (method, route, caller, status, rule) => {
    const path = rule.sample
      ? rule.sample
          .replace('{leaderId}', targetLeaderId)
          .replace('{roundId}', roundId)
          .replace('{frameworkId}', frameworkId)
          .replace('{unitId}', unitId)
          .replace('{offerId}', offerId)
          .replace('{sessionId}', sessionId)
          .replace(/\{(\w+)\}/g, (placeholder, key: string) => planIds[key] ?? placeholder)
      : route.replace(':id', route.startsWith('/api/leaders/') ? targetLeaderId : frameworkId);
    const res = await t.request(method, path, {
      body: rule.body,
      headers: await headersFor(caller, rule),
    });
    expect(res.status).toBe(status);
  });

  it('accepts no bearer token at all when no admin token is configured', async () => {
    const closed = await startTestApp({ ADMIN_API_TOKEN: '', DEMO_DATA: 'false' });
    try {
      const res = await closed.request('POST', '/api/frameworks/import', {
        body: {},
        headers: { authorization: 'Bearer anything-at-all-here' },
      });
      expect(res.status).toBe(401);
    } finally {
      await closed.close();
    }
  });
});
