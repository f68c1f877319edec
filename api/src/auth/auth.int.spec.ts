import type { ApiError, MeResponse } from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { startTestApp, TestApp } from '../testing/test-app';

describe('sign-in and sessions', () => {
  let t: TestApp;
  const leader = demoAccount('leader', 0);

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '', SESSION_IDLE_MINUTES: '30' });
  });
  afterAll(() => t.close());

  const me = (cookie: string) => t.request<MeResponse>('GET', '/api/me', { headers: { cookie } });

  it('signs in with e-mail (any case) and password: an HttpOnly SameSite cookie and the person with roles', async () => {
    const res = await t.request<MeResponse>('POST', '/api/auth/login', {
      body: { email: `  ${leader.email.toUpperCase()} `, password: leader.password },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^ll_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=36000$/,
    );
    expect(res.body).toMatchObject({
      email: leader.email,
      name: leader.name,
      roles: ['leader'],
      directorScopes: [],
    });
    expect(res.body.leaderId).toEqual(expect.any(String));
    expect(res.body.csrfToken.length).toBeGreaterThan(20);
    expect((await me(cookie.split(';')[0])).body.email).toBe(leader.email);
  });

  it('gives managers, directors, HR and admins their roles and scopes', async () => {
    const roles = async (role: 'manager' | 'director' | 'hr' | 'admin') => {
      const account = demoAccount(role);
      const { cookie } = await t.signIn(account.email, account.password);
      return (await me(cookie)).body;
    };
    expect((await roles('manager')).roles).toEqual(['leader', 'manager']);
    const director = await roles('director');
    expect(director.roles).toEqual(['leader', 'manager', 'director']);
    expect(director.directorScopes.map((s) => s.name)).toEqual(['Børn og Unge']);
    expect((await roles('hr')).roles).toEqual(['hr']);
    expect((await roles('admin')).roles).toEqual(['admin']);
  });

  it('refuses a wrong password and an unknown e-mail with the same message', async () => {
    const wrong = await t.request<ApiError>('POST', '/api/auth/login', {
      body: { email: leader.email, password: 'forkert' },
    });
    const unknown = await t.request<ApiError>('POST', '/api/auth/login', {
      body: { email: 'ingen@ikast-brande.dk', password: 'forkert' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe('Forkert e-mail eller adgangskode.');
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('throttles guessing: the sixth attempt within 15 minutes gets 429, even with the right password', async () => {
    const target = demoAccount('leader', 1);
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await t.request('POST', '/api/auth/login', {
            body: { email: target.email, password: `gæt-${i}` },
          })
        ).status,
      ).toBe(401);
    }
    const blocked = await t.request<ApiError>('POST', '/api/auth/login', {
      body: { email: target.email, password: target.password },
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(blocked.body.message).toContain('For mange forsøg');
  });

  it('requires the CSRF token on writes made with the session cookie', async () => {
    const {
      cookie,
      'x-csrf-token': csrf,
      leaderId,
    } = await t.signIn(leader.email, leader.password);
    const path = `/api/leaders/${leaderId}/personal-foundation`;
    const without = await t.request<ApiError>('PUT', path, {
      body: { text: 'x' },
      headers: { cookie },
    });
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('CSRF');
    const wrong = await t.request('PUT', path, {
      body: { text: 'x' },
      headers: { cookie, 'x-csrf-token': 'nope' },
    });
    expect(wrong.status).toBe(403);
    expect(
      (
        await t.request('PUT', path, {
          body: { text: 'x' },
          headers: { cookie, 'x-csrf-token': csrf },
        })
      ).status,
    ).toBe(200);
  });

  it('logout revokes the session at once', async () => {
    const { cookie, 'x-csrf-token': csrf } = await t.signIn(leader.email, leader.password);
    const out = await t.request('POST', '/api/auth/logout', {
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await me(cookie)).status).toBe(401);
  });

  it('a password change keeps this session, ends the others, and the old password stops working', async () => {
    const account = demoAccount('hr');
    const other = await t.signIn(account.email, account.password);
    const current = await t.signIn(account.email, account.password);
    const headers = { cookie: current.cookie, 'x-csrf-token': current['x-csrf-token'] };
    const tooShort = await t.request<ApiError>('POST', '/api/auth/password', {
      body: { currentPassword: account.password, newPassword: 'kort' },
      headers,
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.details?.[0]).toEqual({
      path: 'newPassword',
      message: 'Den nye adgangskode skal have mindst 12 tegn.',
    });
    const wrongCurrent = await t.request('POST', '/api/auth/password', {
      body: { currentPassword: 'forkert-gammel', newPassword: 'en helt ny lang adgangskode' },
      headers,
    });
    expect(wrongCurrent.status).toBe(400);

    const changed = await t.request('POST', '/api/auth/password', {
      body: { currentPassword: account.password, newPassword: 'en helt ny lang adgangskode' },
      headers,
    });
    expect(changed.status).toBe(204);
    expect((await me(current.cookie)).status).toBe(200);
    expect((await me(other.cookie)).status).toBe(401);
    expect(
      (
        await t.request('POST', '/api/auth/login', {
          body: { email: account.email, password: account.password },
        })
      ).status,
    ).toBe(401);
    expect((await t.signIn(account.email, 'en helt ny lang adgangskode')).cookie).toMatch(
      /^ll_session=/,
    );
  });

  it('ends a session after the idle timeout and after its absolute lifetime', async () => {
    const idle = await t.signIn(leader.email, leader.password);
    const longAgo = new Date(Date.now() - 31 * 60_000).toISOString();
    await t.query(
      `UPDATE sessions SET last_seen_at = '${longAgo}' WHERE revoked_at IS NULL AND last_seen_at > '${longAgo}' AND created_at > '${longAgo}' AND account_id = (SELECT id FROM accounts WHERE email = '${leader.email}')`,
    );
    expect((await me(idle.cookie)).status).toBe(401);

    const expired = await t.signIn(leader.email, leader.password);
    await t.query(
      `UPDATE sessions SET expires_at = '${new Date(Date.now() - 1000).toISOString()}' WHERE account_id = (SELECT id FROM accounts WHERE email = '${leader.email}')`,
    );
    expect((await me(expired.cookie)).status).toBe(401);
  });

  it('a deactivated account is signed out at once and cannot sign in', async () => {
    const account = demoAccount('admin');
    const { cookie } = await t.signIn(account.email, account.password);
    await t.query(
      `UPDATE accounts SET active = ${t.config.database.type === 'postgres' ? 'false' : '0'} WHERE email = '${account.email}'`,
    );
    expect((await me(cookie)).status).toBe(401);
    expect(
      (
        await t.request('POST', '/api/auth/login', {
          body: { email: account.email, password: account.password },
        })
      ).status,
    ).toBe(401);
  });
});
