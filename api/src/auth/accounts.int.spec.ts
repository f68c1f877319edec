import type { AccountView, ApiError, MeResponse } from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('accounts and granted roles (administration)', () => {
  let t: TestApp;
  let admin: SessionHeaders;
  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    admin = await t.signIn(demoAccount('admin').email, demoAccount('admin').password);
  });
  afterAll(() => t.close());

  it('lists accounts with roles and never a password hash', async () => {
    const res = await t.request<AccountView[]>('GET', '/api/accounts', { headers: as(admin) });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThanOrEqual(62);
    expect(res.text).not.toContain('argon2');
    const director = res.body.find((a) => a.email === demoAccount('director').email);
    expect(director?.grantedRoles).toEqual([
      { role: 'director', scope: { id: expect.any(String), name: 'Børn og Unge' } },
    ]);
  });

  it('creates an HR account that can sign in with its roles; refuses a duplicate e-mail', async () => {
    const created = await t.request<AccountView>('POST', '/api/accounts', {
      body: {
        email: 'Ny.HR@ikast-brande.dk',
        name: 'Ny HR',
        leaderId: null,
        password: 'en lang start-kode',
        grantedRoles: [{ role: 'hr', scopeOrgUnitId: null }],
      },
      headers: as(admin),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'ny.hr@ikast-brande.dk',
      active: true,
      grantedRoles: [{ role: 'hr', scope: null }],
    });
    const me = await t.signIn('ny.hr@ikast-brande.dk', 'en lang start-kode');
    expect(
      (await t.request<MeResponse>('GET', '/api/me', { headers: { cookie: me.cookie } })).body
        .roles,
    ).toEqual(['hr']);

    const duplicate = await t.request<ApiError>('POST', '/api/accounts', {
      body: {
        email: 'ny.hr@ikast-brande.dk',
        name: 'Igen',
        leaderId: null,
        password: 'en lang start-kode',
        grantedRoles: [],
      },
      headers: as(admin),
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.details?.[0].path).toBe('email');
  });

  it('requires a scope for directors only', async () => {
    const res = await t.request<ApiError>('POST', '/api/accounts', {
      body: {
        email: 'd@ikast-brande.dk',
        name: 'D',
        leaderId: null,
        password: 'en lang start-kode',
        grantedRoles: [{ role: 'director', scopeOrgUnitId: null }],
      },
      headers: as(admin),
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0].path).toBe('grantedRoles[0].scopeOrgUnitId');
  });

  it('deactivating an account signs the person out at once; an admin cannot deactivate themself', async () => {
    const hr = demoAccount('hr');
    const session = await t.signIn(hr.email, hr.password);
    const list = (await t.request<AccountView[]>('GET', '/api/accounts', { headers: as(admin) }))
      .body;
    const hrAccount = list.find((a) => a.email === hr.email) as AccountView;
    const off = await t.request<AccountView>('PATCH', `/api/accounts/${hrAccount.id}`, {
      body: { active: false },
      headers: as(admin),
    });
    expect(off.body.active).toBe(false);
    expect(
      (await t.request('GET', '/api/me', { headers: { cookie: session.cookie } })).status,
    ).toBe(401);

    const self = list.find((a) => a.email === demoAccount('admin').email) as AccountView;
    const refused = await t.request<ApiError>('PATCH', `/api/accounts/${self.id}`, {
      body: { active: false },
      headers: as(admin),
    });
    expect(refused.status).toBe(400);
    const demote = await t.request<ApiError>('PATCH', `/api/accounts/${self.id}`, {
      body: { grantedRoles: [] },
      headers: as(admin),
    });
    expect(demote.status).toBe(400);
  });
});
