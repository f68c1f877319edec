import type { CoverageOverview, CoverageTrend, OrgUnitView } from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TEST_ADMIN_TOKEN, TestApp } from '../testing/test-app';

/**
 * The trend over "Lederevaluering 2025" (closed) and "2026": a change is shown only where
 * the membership changed by 0 or at least 5 leaders; a closed round keeps who counted where.
 */
describe('coverage trend', () => {
  let t: TestApp;
  let director: SessionHeaders;
  let units: OrgUnitView[];
  const unit = (name: string) => units.find((u) => u.name === name) as OrgUnitView;
  const trend = async (name: string) =>
    (
      await t.request<CoverageTrend>('GET', `/api/coverage/trend?orgUnitId=${unit(name).id}`, {
        headers: { cookie: director.cookie },
      })
    ).body;
  const series = (tr: CoverageTrend, name: string, key: string | null, kind = 'unit') =>
    tr.series.find(
      (s) => s.row.orgUnit.name === name && s.competencyKey === key && s.row.kind === kind,
    );

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    director = await t.signIn(demoAccount('director').email, demoAccount('director').password);
    units = (
      await t.request<OrgUnitView[]>('GET', '/api/org-units', {
        headers: { cookie: director.cookie },
      })
    ).body;
  });
  afterAll(() => t.close());

  it('has both rounds, oldest first, for the unit and each of its rows', async () => {
    const tr = await trend('Børn og Unge');
    expect(tr.rounds.map((r) => r.name)).toEqual(['Lederevaluering 2025', 'Lederevaluering 2026']);
    expect(new Set(tr.series.map((s) => s.row.orgUnit.name))).toEqual(
      new Set(['Børn og Unge', 'Dagtilbud', 'Familie og Forebyggelse', 'Skoler']),
    );
    for (const s of tr.series) {
      expect(s.points).toHaveLength(2);
      expect(s.points[0].change).toBeNull();
    }
  });

  it('shows Børn og Unge’s change (5 new leaders) and hides it where 1 to 4 came', async () => {
    const tr = await trend('Børn og Unge');
    const whole = series(tr, 'Børn og Unge', 'hedekraft');
    const [earlier, later] = whole?.points ?? [];
    if (!earlier?.met.shown || !later?.met.shown || !later.change?.shown) {
      throw new Error('Børn og Unge shows both rounds and the change');
    }
    expect(later.membership).toEqual({ in: 5, out: 0 });
    expect(later.change.value).toBeCloseTo(later.met.value - earlier.met.value, 4);
    // Skoler got three of them, Dagtilbud and Familie og Forebyggelse one each.
    for (const [name, came] of [
      ['Skoler', 3],
      ['Dagtilbud', 1],
    ] as const) {
      const point = series(tr, name, 'hedekraft')?.points[1];
      expect([name, point?.change]).toEqual([name, { shown: false, reason: 'few-changed' }]);
      // How many came is itself a count about too few.
      expect([name, came, point?.membership]).toEqual([name, came, null]);
    }
  });

  it('keeps a closed round where it was when a leader moves: the move counts as a change', async () => {
    const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    const overview = async (name: string, roundId?: string) =>
      (
        await t.request<CoverageOverview>(
          'GET',
          `/api/coverage?orgUnitId=${unit(name).id}${roundId ? `&roundId=${roundId}` : ''}`,
          { headers: admin },
        )
      ).body;
    const before = await overview('Skoler');
    const earlierRound = before.rounds.find((r) => r.status === 'closed')?.id as string;
    const lastYear = await overview('Skoler', earlierRound);
    // Jesper Winther moves from Ikast Østre Skole to Nørre Snede Skole.
    const [jesper] = await t.query<{ id: string }>(
      `SELECT id FROM leaders WHERE email = 'jesper.winther@ikast-brande.dk'`,
    );
    const res = await t.request('PATCH', `/api/leaders/${jesper.id}`, {
      headers: admin,
      body: { orgUnitId: unit('Nørre Snede Skole').id },
    });
    expect(res.status).toBe(200);
    // Last year's membership does not move with him: every figure rests on the same leaders.
    // (Values may: a profile takes the survey of the leader's current unit, and the facts
    // agree with the profile.)
    const membership = (o: CoverageOverview) =>
      o.rows.map((r) => [
        r.orgUnit.name,
        r.leaders,
        r.cells.map((c) => [c.met.shown ? c.met.n : c.met.reason, c.notAssessed]),
      ]);
    expect(membership(await overview('Skoler', earlierRound))).toEqual(membership(lastYear));
    const now = await overview('Skoler');
    expect(now.rows.find((r) => r.orgUnit.name === 'Nørre Snede Skole')?.leaders).toBe(7);
    const tr = await trend('Skoler');
    const point = (name: string) => series(tr, name, 'handlekraft')?.points[1];
    // One came to Nørre Snede Skole: its change would describe him.
    expect(point('Nørre Snede Skole')?.change).toEqual({ shown: false, reason: 'few-changed' });
    // For Skoler as a whole he stayed: only the three new leaders came (had he counted as
    // gone and come, 3 + 1 + 1 = 5 would show the change). Three are too few to count.
    const skoler = series(await trend('Børn og Unge'), 'Skoler', 'handlekraft')?.points[1];
    expect(skoler?.change).toEqual({ shown: false, reason: 'few-changed' });
    expect(skoler?.membership).toBeNull();
  });

  it('refuses a unit outside the director’s area', async () => {
    const res = await t.request('GET', `/api/coverage/trend?orgUnitId=${unit('Jobcenter').id}`, {
      headers: { cookie: director.cookie },
    });
    expect(res.status).toBe(404);
  });
});
