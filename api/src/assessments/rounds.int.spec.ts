import type {
  ApiError,
  AssessmentRoundView,
  GapProfileView,
  RatingSheetView,
} from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('assessment rounds (administration)', () => {
  let t: TestApp;
  let admin: SessionHeaders;
  let leader: SessionHeaders;
  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    admin = await t.signIn(demoAccount('admin').email, demoAccount('admin').password);
    leader = await t.signIn(demoAccount('leader', 1).email, demoAccount('leader', 1).password);
  });
  afterAll(() => t.close());

  it('sets up a round on the current edition with default anonymity limit and weights', async () => {
    const res = await t.request<AssessmentRoundView>('POST', '/api/assessment-rounds', {
      body: {
        name: 'Lederevaluering 2027',
        periodStart: '2027-09-01',
        periodEnd: '2027-12-17',
        sources: ['self', 'manager'],
      },
      headers: as(admin),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Lederevaluering 2027',
      status: 'open',
      minRespondents: 3,
      sources: ['self', 'manager'],
      weights: { self: 1, manager: 2, employees: 2, survey: 1 },
    });
    const rounds = (
      await t.request<AssessmentRoundView[]>('GET', '/api/assessment-rounds', {
        headers: as(leader),
      })
    ).body;
    expect(rounds[0].name).toBe('Lederevaluering 2027');
  });

  it('refuses a period that ends before it starts, and weights that are all zero', async () => {
    const period = await t.request<ApiError>('POST', '/api/assessment-rounds', {
      body: { name: 'X', periodStart: '2027-09-01', periodEnd: '2027-08-01', sources: ['self'] },
      headers: as(admin),
    });
    expect(period.status).toBe(400);
    expect(period.body.details?.[0].path).toBe('periodEnd');
    const zero = await t.request<ApiError>('POST', '/api/assessment-rounds', {
      body: {
        name: 'X',
        periodStart: '2027-09-01',
        periodEnd: '2027-10-01',
        sources: ['self'],
        weights: { self: 0, manager: 0, employees: 0, survey: 0 },
      },
      headers: as(admin),
    });
    expect(zero.status).toBe(400);
  });

  it('refuses a name of only spaces, on creation and when renaming', async () => {
    const created = await t.request<ApiError>('POST', '/api/assessment-rounds', {
      body: { name: '   ', periodStart: '2027-09-01', periodEnd: '2027-10-01', sources: ['self'] },
      headers: as(admin),
    });
    expect(created.status).toBe(400);
    expect(created.body.details).toEqual([{ path: 'name', message: 'Navn mangler.' }]);
    const round = (
      await t.request<AssessmentRoundView[]>('GET', '/api/assessment-rounds', {
        headers: as(admin),
      })
    ).body[0];
    const renamed = await t.request<ApiError>('PATCH', `/api/assessment-rounds/${round.id}`, {
      body: { name: ' ' },
      headers: as(admin),
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.details?.[0]).toEqual({ path: 'name', message: 'Navn mangler.' });
  });

  it('weights set on the demo round change the combined level; closing it stops answers', async () => {
    const demo = (
      await t.request<AssessmentRoundView[]>('GET', '/api/assessment-rounds', {
        headers: as(admin),
      })
    ).body.find((r) => r.name === 'Lederevaluering 2026') as AssessmentRoundView;
    const before = (
      await t.request<GapProfileView>(
        'GET',
        `/api/leaders/${leader.leaderId}/gap-profile?roundId=${demo.id}`,
        { headers: as(leader) },
      )
    ).body;
    const selfOnly = { self: 1, manager: 0, employees: 0, survey: 0 };
    const patched = await t.request<AssessmentRoundView>(
      'PATCH',
      `/api/assessment-rounds/${demo.id}`,
      { body: { weights: selfOnly }, headers: as(admin) },
    );
    expect(patched.body.weights).toEqual(selfOnly);
    const after = (
      await t.request<GapProfileView>(
        'GET',
        `/api/leaders/${leader.leaderId}/gap-profile?roundId=${demo.id}`,
        { headers: as(leader) },
      )
    ).body;
    for (const c of after.competencies) {
      expect(c.combined).toBe((c.observed.self as { level: number }).level);
      expect(c.evidence.sources).toEqual(['self']);
    }
    expect(after.competencies.map((c) => c.combined)).not.toEqual(
      before.competencies.map((c) => c.combined),
    );

    await t.request('PATCH', `/api/assessment-rounds/${demo.id}`, {
      body: { status: 'closed' },
      headers: as(admin),
    });
    const closed = await t.request<ApiError>(
      'PUT',
      `/api/leaders/${leader.leaderId}/assessments/${demo.id}/self`,
      {
        body: { behaviourKey: 'hedekraft.sige-ja', rating: 3 },
        headers: as(leader),
      },
    );
    expect(closed.status).toBe(400);
    expect(closed.body.message).toContain('lukket');
    const sheet = await t.request<RatingSheetView>(
      'GET',
      `/api/leaders/${leader.leaderId}/assessments/${demo.id}/self`,
      { headers: as(leader) },
    );
    expect(sheet.status).toBe(200);
  });
});
