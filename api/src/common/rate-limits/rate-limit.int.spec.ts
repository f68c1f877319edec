import type { ApiError } from '@lederloeft/contracts';
import { demoAccount } from '../../testing/demo-accounts';
import { startTestApp, TestApp } from '../../testing/test-app';
import { RATE_LIMITS } from './rate-limit';

/** The limits on expensive routes: per person, shared by every api process. */
describe('rate limits on expensive routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
  });
  afterAll(() => t.close());

  it('gives a person 60 plan proposals a minute, through any process, then 429 with Retry-After', async () => {
    const leader = await t.signIn(demoAccount('leader').email, demoAccount('leader').password);
    const headers = {
      'content-type': 'application/json',
      cookie: leader.cookie,
      'x-csrf-token': leader['x-csrf-token'],
    };
    const path = `/api/leaders/${leader.leaderId}/plan-proposals`;
    const other = await t.secondProcess();
    try {
      const { max } = RATE_LIMITS.proposals;
      for (let i = 0; i < max; i++) {
        const base = i % 2 === 0 ? t.baseUrl : other.baseUrl;
        const res = await fetch(`${base}${path}`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ budgetDkk: 1000 + i, hours: 20 }),
        });
        expect([i, res.status]).toEqual([i, 200]);
      }
      const refused = await fetch(`${other.baseUrl}${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ budgetDkk: 5000, hours: 20 }),
      });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(((await refused.json()) as ApiError).message).toContain('mange planforslag');
    } finally {
      await other.close();
    }
    // Someone else is not affected.
    const colleague = await t.signIn(
      demoAccount('leader', 1).email,
      demoAccount('leader', 1).password,
    );
    const own = await t.request('POST', `/api/leaders/${colleague.leaderId}/plan-proposals`, {
      body: { budgetDkk: 5000, hours: 20 },
      headers: { cookie: colleague.cookie, 'x-csrf-token': colleague['x-csrf-token'] },
    });
    expect(own.status).toBe(200);
  }, 120_000);
});
