import { listRoutes } from '../app.factory';
import { startTestApp, TestApp } from '../testing/test-app';
import { AUTHORIZATION_MATRIX, Caller, NON_API_ROUTES } from './authorization-matrix';

describe('authorization matrix', () => {
  let t: TestApp;
  let currentId: string;

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    currentId = (await t.request<{ id: string }>('GET', '/api/frameworks/current')).body.id;
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
    (Object.keys(rule.expect) as Caller[]).map(
      (caller) => [rule.method, rule.route, caller, rule.expect[caller], rule] as const,
    ),
  );

  it.each(cells)('%s %s as %s gives %i', async (method, route, caller, status, rule) => {
    const path = route.replace(':id', currentId);
    const headers: Record<string, string> =
      caller === 'admin'
        ? { authorization: 'Bearer test-admin-token-0123456789' }
        : caller === 'wrongToken'
          ? { authorization: 'Bearer wrong-token' }
          : {};
    const res = await t.request(method, path, { body: rule.body, headers });
    expect(res.status).toBe(status);
  });

  it('closes admin routes entirely when no admin token is configured', async () => {
    const closed = await startTestApp({ ADMIN_API_TOKEN: '' });
    try {
      const res = await closed.request('POST', '/api/frameworks/import', {
        body: {},
        headers: { authorization: 'Bearer anything-at-all-here' },
      });
      expect(res.status).toBe(403);
    } finally {
      await closed.close();
    }
  });
});
