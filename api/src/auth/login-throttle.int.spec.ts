import type { ApiError } from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { startTestApp, TestApp } from '../testing/test-app';
import { MAX_FAILURES_PER_ADDRESS } from './login-throttle';

/** The sign-in brakes, counted in the database: the same for every api process. */
describe('sign-in brakes shared by every process', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '', TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  const login = (base: string, email: string, password: string, from: string) =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ email, password }),
    });

  it('counts failures made through two processes together: the sixth locks the e-mail', async () => {
    const target = demoAccount('leader', 1);
    const other = await t.secondProcess();
    try {
      for (let i = 0; i < 5; i++) {
        const base = i % 2 === 0 ? t.baseUrl : other.baseUrl;
        expect((await login(base, target.email, `gæt-${i}`, '10.1.1.1')).status).toBe(401);
      }
      const locked = await login(other.baseUrl, target.email, target.password, '10.1.1.1');
      expect(locked.status).toBe(429);
      expect(((await locked.json()) as ApiError).message).toContain('Vent et kvarter');
    } finally {
      await other.close();
    }
  });

  it('slows an address that guesses across many e-mails, but never locks it out', async () => {
    const proxy = '10.2.2.2';
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect((await login(t.baseUrl, `gæt${i}@ikast-brande.dk`, 'forkert', proxy)).status).toBe(
        401,
      );
    }
    // A colleague behind the same address can still sign in, one attempt per pace.
    const colleague = demoAccount('manager');
    const first = await login(t.baseUrl, colleague.email, colleague.password, proxy);
    expect(first.status).toBe(200);
    const right = await login(t.baseUrl, colleague.email, colleague.password, proxy);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeLessThanOrEqual(2);
    expect(((await right.json()) as ApiError).message).toContain('Vent et øjeblik');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await login(t.baseUrl, colleague.email, colleague.password, proxy)).status).toBe(200);
    // Another address is not slowed at all.
    const hr = demoAccount('hr');
    expect((await login(t.baseUrl, hr.email, hr.password, '10.3.3.3')).status).toBe(200);
    expect((await login(t.baseUrl, hr.email, hr.password, '10.3.3.3')).status).toBe(200);
  });
});
