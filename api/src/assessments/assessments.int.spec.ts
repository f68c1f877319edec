import type {
  ApiError,
  AssessmentRoundView,
  GapProfileView,
  RatingSheetView,
} from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('assessments and the gap profile', () => {
  let t: TestApp;
  let leader: SessionHeaders;
  let other: SessionHeaders;
  let manager: SessionHeaders;
  let round: AssessmentRoundView;

  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });
  const selfPath = () => `/api/leaders/${leader.leaderId}/assessments/${round.id}/self`;

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    leader = await t.signIn(demoAccount('leader', 0).email, demoAccount('leader', 0).password);
    other = await t.signIn(demoAccount('leader', 1).email, demoAccount('leader', 1).password);
    manager = await t.signIn(demoAccount('manager').email, demoAccount('manager').password);
    round = (
      await t.request<AssessmentRoundView[]>('GET', '/api/assessment-rounds', {
        headers: as(leader),
      })
    ).body[0];
  });
  afterAll(() => t.close());

  it('has the demo round open, on the current foundation, with all four sources and a 1-5 scale', async () => {
    const current = (await t.request<{ id: string }>('GET', '/api/frameworks/current')).body;
    expect(round).toMatchObject({
      name: 'Lederevaluering 2026',
      frameworkId: current.id,
      status: 'open',
      sources: ['self', 'manager', 'employees', 'survey'],
      minRespondents: 3,
    });
    expect(round.scale.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
    expect(round.scale[2].label.da).toBe('I nogen grad');
  });

  it('a complete profile: four competencies with target, levels per source, combined level, gap and status', async () => {
    const res = await t.request<GapProfileView>(
      'GET',
      `/api/leaders/${other.leaderId}/gap-profile`,
      { headers: as(other) },
    );
    expect(res.status).toBe(200);
    const profile = res.body;
    expect(profile.levelKey).toBe('foerstelinjeleder');
    expect(profile.competencies.map((c) => c.key)).toEqual([
      'handlekraft',
      'borgerne-i-centrum',
      'paa-tvaers',
      'hedekraft',
    ]);
    for (const c of profile.competencies) {
      expect(c.target).toBe(3.5);
      expect(Object.keys(c.observed).sort()).toEqual(
        expect.arrayContaining(['manager', 'self', 'survey']),
      );
      expect(c.combined).toEqual(expect.any(Number));
      expect(c.gap).toBeCloseTo((c.target as number) - (c.combined as number), 2);
      expect(c.status).toBe((c.gap as number) > 0 ? 'gap' : 'met');
      expect(c.behaviours.length).toBeGreaterThan(0);
    }
    expect(profile.competencies.flatMap((c) => c.behaviours)).toHaveLength(32);
  });

  it('the self-assessment saves one answer at a time and can be resumed; answers enter the gap profile', async () => {
    const before = await t.request<GapProfileView>(
      'GET',
      `/api/leaders/${leader.leaderId}/gap-profile`,
      { headers: as(leader) },
    );
    expect(before.body.competencies[0].observed.self).toBeUndefined();
    const empty = await t.request<RatingSheetView>('GET', selfPath(), { headers: as(leader) });
    expect(empty.body).toMatchObject({ answered: 0, total: 32, ratings: {} });

    const first = await t.request<RatingSheetView>('PUT', selfPath(), {
      body: { behaviourKey: 'handlekraft.vilkaars-og-mulighedsrum', rating: 5 },
      headers: as(leader),
    });
    expect(first.status).toBe(200);
    await t.request('PUT', selfPath(), {
      body: { behaviourKey: 'handlekraft.give-raaderum', rating: null },
      headers: as(leader),
    });
    const changed = await t.request<RatingSheetView>('PUT', selfPath(), {
      body: { behaviourKey: 'handlekraft.vilkaars-og-mulighedsrum', rating: 4 },
      headers: as(leader),
    });
    expect(changed.body.answered).toBe(2);
    expect(changed.body.ratings).toEqual({
      'handlekraft.vilkaars-og-mulighedsrum': 4,
      'handlekraft.give-raaderum': null,
    });

    const resumed = await t.request<RatingSheetView>('GET', selfPath(), { headers: as(leader) });
    expect(resumed.body.ratings).toEqual(changed.body.ratings);

    const after = await t.request<GapProfileView>(
      'GET',
      `/api/leaders/${leader.leaderId}/gap-profile`,
      { headers: as(leader) },
    );
    const behaviour = after.body.competencies[0].behaviours.find(
      (b) => b.key === 'handlekraft.vilkaars-og-mulighedsrum',
    );
    expect(behaviour?.observed.self).toEqual({ level: 4, respondents: 1 });
    // "Kan ikke vurdere" gives no level.
    const noLevel = after.body.competencies[0].behaviours.find(
      (b) => b.key === 'handlekraft.give-raaderum',
    );
    expect(noLevel?.observed.self).toBeUndefined();
  });

  it('rejects answers off the scale, unknown behaviours and a missing rating, writing nothing', async () => {
    const count = async () =>
      Number((await t.query<{ n: number }>(`SELECT COUNT(*) AS n FROM assessment_ratings`))[0].n);
    const before = await count();
    const off = await t.request<ApiError>('PUT', selfPath(), {
      body: { behaviourKey: 'handlekraft.give-raaderum', rating: 6 },
      headers: as(leader),
    });
    expect(off.status).toBe(400);
    expect(off.body.details?.[0].path).toBe('rating');
    const unknown = await t.request<ApiError>('PUT', selfPath(), {
      body: { behaviourKey: 'findes.ikke', rating: 3 },
      headers: as(leader),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details?.[0].path).toBe('behaviourKey');
    const missing = await t.request<ApiError>('PUT', selfPath(), {
      body: { behaviourKey: 'handlekraft.give-raaderum' },
      headers: as(leader),
    });
    expect(missing.status).toBe(400);
    const fraction = await t.request('PUT', selfPath(), {
      body: { behaviourKey: 'handlekraft.give-raaderum', rating: 3.5 },
      headers: as(leader),
    });
    expect(fraction.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('the direct manager writes the manager assessment; the leader cannot', async () => {
    const path = `/api/leaders/${leader.leaderId}/assessments/${round.id}/manager`;
    const byManager = await t.request<RatingSheetView>('PUT', path, {
      body: { behaviourKey: 'hedekraft.sige-ja', rating: 2 },
      headers: as(manager),
    });
    expect(byManager.status).toBe(200);
    expect(byManager.body.ratings['hedekraft.sige-ja']).toBe(2);
    const byLeader = await t.request<ApiError>('PUT', path, {
      body: { behaviourKey: 'hedekraft.sige-ja', rating: 5 },
      headers: as(leader),
    });
    expect(byLeader.status).toBe(403);
    expect(
      (await t.request<RatingSheetView>('GET', path, { headers: as(leader) })).body.ratings[
        'hedekraft.sige-ja'
      ],
    ).toBe(2);
  });

  it('withholds employee results below three respondents: "too few" instead of a level', async () => {
    const rows = await t.query<{ leader_id: string; round_id: string }>(
      `SELECT leader_id, round_id FROM employee_results WHERE respondents < 3 LIMIT 1`,
    );
    expect(rows.length).toBe(1);
    // An administrator-independent check: ask as the kommunaldirektør, who is above everyone.
    const small = rows[0].leader_id;
    const top = await t.query<{ email: string }>(
      `SELECT email FROM leaders WHERE manager_id IS NULL`,
    );
    const director = await t.signIn(top[0].email, 'Lederloeft-demo-2026');
    const profile = (
      await t.request<GapProfileView>(
        'GET',
        `/api/leaders/${small}/gap-profile?roundId=${rows[0].round_id}`,
        {
          headers: as(director),
        },
      )
    ).body;
    for (const c of profile.competencies) {
      expect(c.observed.employees).toEqual({ suppressed: 'too-few-respondents', respondents: 2 });
      expect(c.evidence.sources).not.toContain('employees');
    }
  });
});
