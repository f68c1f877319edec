import type {
  ApiError,
  LeaderSummary,
  LeaderView,
  OrgUnitView,
  PersonalFoundationView,
} from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('leaders and the personal leadership foundation', () => {
  let t: TestApp;
  let leader: SessionHeaders;
  let manager: SessionHeaders;
  let hr: SessionHeaders;

  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    const sign = (role: 'leader' | 'manager' | 'hr') =>
      t.signIn(demoAccount(role).email, demoAccount(role).password);
    [leader, manager, hr] = [await sign('leader'), await sign('manager'), await sign('hr')];
  });
  afterAll(() => t.close());

  it('shows a leader their own profile with unit, level and manager', async () => {
    const res = await t.request<LeaderView>('GET', `/api/leaders/${leader.leaderId}`, {
      headers: as(leader),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: leader.leaderId,
      name: demoAccount('leader').name,
      email: demoAccount('leader').email,
      levelKey: 'foerstelinjeleder',
      manager: { id: manager.leaderId, name: demoAccount('manager').name },
      active: true,
      directReportCount: 0,
    });
    expect(res.body.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("lists a manager's direct reports, including the demo leader", async () => {
    const res = await t.request<LeaderSummary[]>(
      'GET',
      `/api/leaders/${manager.leaderId}/reports`,
      { headers: as(manager) },
    );
    expect(res.status).toBe(200);
    expect(res.body.map((r) => r.id)).toContain(leader.leaderId);
    expect(res.body.every((r) => r.manager?.id === manager.leaderId)).toBe(true);
  });

  it('lets the leader write their personal foundation, the manager read it, and HR see nothing of it', async () => {
    const text =
      'Jeg leder gennem tillid og tydelige rammer.\r\n\r\nJeg følger op på det, vi aftaler.  ';
    const put = await t.request<PersonalFoundationView>(
      'PUT',
      `/api/leaders/${leader.leaderId}/personal-foundation`,
      {
        body: { text },
        headers: as(leader),
      },
    );
    expect(put.status).toBe(200);
    expect(put.body.text).toBe(
      'Jeg leder gennem tillid og tydelige rammer.\n\nJeg følger op på det, vi aftaler.',
    );
    expect(put.body.updatedAt).toEqual(expect.any(String));

    const byManager = await t.request<PersonalFoundationView>(
      'GET',
      `/api/leaders/${leader.leaderId}/personal-foundation`,
      {
        headers: as(manager),
      },
    );
    expect(byManager.body).toEqual(put.body);
    const managerWrite = await t.request<ApiError>(
      'PUT',
      `/api/leaders/${leader.leaderId}/personal-foundation`,
      {
        body: { text: 'Overskrevet af chefen' },
        headers: as(manager),
      },
    );
    expect(managerWrite.status).toBe(403);
    expect(
      (
        await t.request('GET', `/api/leaders/${leader.leaderId}/personal-foundation`, {
          headers: as(hr),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await t.request<PersonalFoundationView>(
          'GET',
          `/api/leaders/${leader.leaderId}/personal-foundation`,
          { headers: as(leader) },
        )
      ).body.text,
    ).toBe(put.body.text);
  });

  it('rejects a personal foundation over 5000 characters and keeps the old text', async () => {
    const before = (
      await t.request<PersonalFoundationView>(
        'GET',
        `/api/leaders/${leader.leaderId}/personal-foundation`,
        { headers: as(leader) },
      )
    ).body;
    const res = await t.request<ApiError>(
      'PUT',
      `/api/leaders/${leader.leaderId}/personal-foundation`,
      {
        body: { text: 'x'.repeat(5001) },
        headers: as(leader),
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ path: 'text', message: 'Må højst være 5000 tegn.' }]);
    const after = (
      await t.request<PersonalFoundationView>(
        'GET',
        `/api/leaders/${leader.leaderId}/personal-foundation`,
        { headers: as(leader) },
      )
    ).body;
    expect(after).toEqual(before);
  });

  it('serves the organisation tree to signed-in people: one kommune at the root', async () => {
    const units = (await t.request<OrgUnitView[]>('GET', '/api/org-units', { headers: as(hr) }))
      .body;
    expect(units.filter((u) => u.parentId === null).map((u) => u.kind)).toEqual(['kommune']);
    expect(units.filter((u) => u.kind === 'fagomraade')).toHaveLength(5);
    const ids = new Set(units.map((u) => u.id));
    expect(units.every((u) => u.parentId === null || ids.has(u.parentId))).toBe(true);
  });
});
