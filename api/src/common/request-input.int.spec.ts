import { demoAccount } from '../testing/demo-accounts';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Bad input at the edge (issue 13): each of these answered 500 before, some on every route,
 * sign-in included. Now a clear 400 (or 415) in Danish, and nothing is written.
 */
describe('request input checked at the edge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
  });
  afterAll(() => t.close());

  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const count = async (table: string) =>
    Number((await t.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  it('refuses JSON nested deeper than any body the API takes, on sign-in and elsewhere', async () => {
    for (const path of ['/api/auth/login', '/api/frameworks/import']) {
      const res = await t.request<{ message: string }>('POST', path, {
        rawBody: `{"email":${nested(2000)}}`,
      });
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.message).toContain('for dybt indlejret');
    }
    // Moderately nested JSON still reaches validation.
    const ok = await t.request<{ message: string }>('POST', '/api/auth/login', {
      rawBody: `{"email":${nested(10)}}`,
    });
    expect(ok.status).toBe(400);
    expect(ok.body.message).toContain('Forespørgslen er ugyldig');
  });

  it('refuses a lone surrogate or a NUL in text, in the body, the query and the path', async () => {
    const hr = demoAccount('hr');
    const session = await t.signIn(hr.email, hr.password);
    const headers = { cookie: session.cookie, 'x-csrf-token': session['x-csrf-token'] };
    const before = await count('offers');
    for (const code of ['KODE\ud800', 'KODE\udc00X', 'KO\u0000DE']) {
      const res = await t.request<{ message: string; details: { path: string }[] }>(
        'POST',
        '/api/offers',
        { body: { code, title: 'Tilbud', kind: 'course' }, headers },
      );
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('tegn, der ikke kan gemmes');
      expect(res.body.details[0].path).toBe('code');
    }
    expect(await count('offers')).toBe(before);
    const query = await t.request('GET', '/api/offers?q=a%00b', { headers });
    expect(query.status).toBe(400);
    const path = await t.request<{ details: { path: string }[] }>('GET', '/api/leaders/a%00b', {
      headers,
    });
    expect(path.status).toBe(400);
    expect(path.body.details[0].path).toBe('params.id');
    // A well-formed pair (an emoji) is text like any other: it reaches validation.
    const emoji = await t.request<{ message: string }>('POST', '/api/offers', {
      body: { code: 'KODE😀', title: 'Tilbud' },
      headers,
    });
    expect(emoji.status).toBe(400);
    expect(emoji.body.message).toContain('Forespørgslen er ugyldig');
  });

  it('signs in with a malformed cookie in the header, before or beside a valid one', async () => {
    const leader = demoAccount('leader');
    const bad = await t.request('POST', '/api/auth/login', {
      body: { email: leader.email, password: leader.password },
      headers: { cookie: 'll_session=%%%' },
    });
    expect(bad.status).toBe(200);
    const session = await t.signIn(leader.email, leader.password);
    const valid = session.cookie.split(';')[0];
    const me = await t.request<{ email: string }>('GET', '/api/me', {
      headers: { cookie: `ll_session=%E0%A4%A; ${valid}` },
    });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(leader.email);
    const anonymous = await t.request('GET', '/api/me', { headers: { cookie: 'll_session=%%%' } });
    expect(anonymous.status).toBe(401);
  });

  it('sends Cache-Control: no-store with every API answer, errors included', async () => {
    const leader = demoAccount('leader');
    const session = await t.signIn(leader.email, leader.password);
    for (const [path, status] of [
      ['/api/me', 200],
      [`/api/leaders/${session.leaderId}/gap-profile`, 200],
      ['/api/leaders/00000000-0000-4000-8000-000000000000', 404],
    ] as const) {
      const res = await t.request('GET', path, { headers: { cookie: session.cookie } });
      expect([path, res.status, res.headers.get('cache-control')]).toEqual([
        path,
        status,
        'no-store',
      ]);
    }
  });

  it('takes sign-in as JSON only: a form post from another site gets 415 (no login CSRF)', async () => {
    const leader = demoAccount('leader');
    const form = await t.request<{ message: string }>('POST', '/api/auth/login', {
      rawBody: `email=${encodeURIComponent(leader.email)}&password=${leader.password}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(form.body.message).toContain('send JSON');
    expect(form.headers.get('set-cookie')).toBeNull();
    const text = await t.request('POST', '/api/auth/login', {
      rawBody: JSON.stringify({ email: leader.email, password: leader.password }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
  });
});
