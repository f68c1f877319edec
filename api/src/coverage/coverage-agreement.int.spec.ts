import type {
  AssessmentRoundView,
  CoverageOverview,
  GapProfileView,
  OfferSearchResult,
  OfferView,
  OrgUnitView,
} from '@lederloeft/contracts';
import { countFacts, type LeaderCoverageFact } from '@lederloeft/domain';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TEST_ADMIN_TOKEN, TestApp } from '../testing/test-app';

type FactRow = {
  round_id: string;
  leader_id: string;
  competency_key: string;
  org_unit_id: string;
  status: LeaderCoverageFact['status'];
  gap_hundredths: number | null;
  planned: boolean | number;
  effect_hundredths: number;
  projected_met: boolean | number | null;
};
type StatRow = Record<string, string | number>;

const bool = (v: boolean | number | null) => (v === null ? null : v === true || v === 1);

/**
 * Overblik's figures rest on facts per leader that must agree exactly with each leader's
 * own gap profile (GET /api/leaders/:id/gap-profile), for every demo leader in both rounds,
 * and stay in agreement after the writes that change a profile or a plan.
 */
describe('coverage facts agree with the gap profile', () => {
  let t: TestApp;
  let top: SessionHeaders;
  let hr: SessionHeaders;
  let rounds: AssessmentRoundView[];
  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });
  const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

  const active = () => (t.config.database.type === 'postgres' ? 'active = TRUE' : 'active = 1');
  /** Reading coverage brings the facts up to date, as every coverage read does. */
  const read = async () =>
    expect(
      (await t.request<CoverageOverview>('GET', '/api/coverage', { headers: admin })).status,
    ).toBe(200);
  const facts = (where = '1 = 1') =>
    t.query<FactRow>(`SELECT * FROM coverage_facts WHERE ${where}`);

  /** Every fact row of the leaders matches their gap profile in that round. */
  async function expectAgreement(leaderIds: string[]): Promise<number> {
    let compared = 0;
    const rows = await facts();
    for (const leaderId of leaderIds) {
      for (const round of rounds) {
        const mine = rows.filter((r) => r.leader_id === leaderId && r.round_id === round.id);
        if (mine.length === 0) continue;
        const res = await t.request<GapProfileView>(
          'GET',
          `/api/leaders/${leaderId}/gap-profile?roundId=${round.id}`,
          { headers: as(top) },
        );
        expect(res.status).toBe(200);
        for (const competency of res.body.competencies) {
          const fact = mine.find((m) => m.competency_key === competency.key);
          expect([
            leaderId,
            round.name,
            competency.key,
            fact?.status,
            fact?.gap_hundredths,
          ]).toEqual([
            leaderId,
            round.name,
            competency.key,
            competency.status,
            competency.gap === null ? null : Math.round(competency.gap * 100),
          ]);
          compared++;
        }
      }
    }
    return compared;
  }

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    const [henrik] = await t.query<{ email: string }>(
      'SELECT email FROM leaders WHERE manager_id IS NULL',
    );
    top = await t.signIn(henrik.email, 'Lederloeft-demo-2026');
    hr = await t.signIn(demoAccount('hr').email, demoAccount('hr').password);
    rounds = (
      await t.request<AssessmentRoundView[]>('GET', '/api/assessment-rounds', { headers: as(hr) })
    ).body;
    await read();
  });
  afterAll(() => t.close());

  it('for every demo leader in both rounds', async () => {
    const leaders = await t.query<{ id: string; start_date: string }>(
      `SELECT id, start_date FROM leaders WHERE ${active()}`,
    );
    expect(leaders.length).toBeGreaterThan(90);
    // The open round holds every active leader; the closed one those assessed in it.
    const open = rounds.find((r) => r.status === 'open') as AssessmentRoundView;
    const closed = rounds.find((r) => r.status === 'closed') as AssessmentRoundView;
    const inRound = async (id: string) =>
      new Set((await facts(`round_id = '${id}'`)).map((r) => r.leader_id));
    expect((await inRound(open.id)).size).toBe(leaders.length);
    const earlier = await inRound(closed.id);
    for (const l of leaders)
      expect([l.id, earlier.has(l.id)]).toEqual([l.id, l.start_date < '2025-09-01']);
    // The top of the chain reads everyone's profile but their own; they read their own.
    const compared =
      (await expectAgreement(leaders.filter((l) => l.id !== top.leaderId).map((l) => l.id))) +
      (await expectAgreement([top.leaderId as string]));
    expect(compared).toBe((leaders.length + earlier.size) * 4);
  });

  it('counts per unit exactly as countFacts defines them', async () => {
    const rows = await facts();
    const stats = await t.query<StatRow>('SELECT * FROM coverage_unit_stats');
    const keys = [...new Set(rows.map((r) => r.competency_key))];
    const groups = new Map<string, Map<string, LeaderCoverageFact[]>>();
    for (const r of rows) {
      const key = `${r.round_id}|${r.org_unit_id}`;
      const byLeader = groups.get(key) ?? new Map<string, LeaderCoverageFact[]>();
      byLeader.set(r.leader_id, [
        ...(byLeader.get(r.leader_id) ?? []),
        {
          competencyKey: r.competency_key,
          status: r.status,
          gap: r.gap_hundredths === null ? null : Number(r.gap_hundredths) / 100,
          planned: bool(r.planned) as boolean,
          effect: Number(r.effect_hundredths) / 100,
          projectedMet: bool(r.projected_met),
        },
      ]);
      groups.set(key, byLeader);
    }
    expect(groups.size).toBeGreaterThan(50);
    for (const [key, byLeader] of groups) {
      const [roundId, unitId] = key.split('|');
      const counts = countFacts([...byLeader.values()], keys);
      const mine = stats.filter((s) => s['round_id'] === roundId && s['org_unit_id'] === unitId);
      const all = mine.find((s) => s['competency_key'] === '*') as StatRow;
      expect([key, Number(all['leaders']), Number(all['assessed']), Number(all['below'])]).toEqual([
        key,
        counts.all.leaders,
        counts.all.assessed,
        counts.all.below,
      ]);
      for (const k of keys) {
        const s = mine.find((x) => x['competency_key'] === k) as StatRow;
        const c = counts.competencies[k];
        expect([
          key,
          k,
          ...['leaders', 'assessed', 'met', 'below', 'planned', 'projected_met'].map((f) =>
            Number(s[f]),
          ),
        ]).toEqual([key, k, c.leaders, c.assessed, c.met, c.below, c.planned, c.projectedMet]);
        expect(Number(s['gap_hundredths'])).toBe(Math.round(c.gapSum * 100));
      }
    }
  });

  it('gives Børn og Unge the share the leaders’ own gap profiles add up to', async () => {
    const units = (await t.request<OrgUnitView[]>('GET', '/api/org-units', { headers: as(hr) }))
      .body;
    const bu = units.find((u) => u.name === 'Børn og Unge') as OrgUnitView;
    const open = rounds.find((r) => r.status === 'open') as AssessmentRoundView;
    const inArea = await t.query<{ id: string }>(
      `SELECT l.id FROM leaders l JOIN org_units u ON u.id = l.org_unit_id WHERE u.path LIKE '%/${bu.id}/%'`,
    );
    let met = 0;
    let assessed = 0;
    for (const { id } of inArea) {
      const profile = (
        await t.request<GapProfileView>(
          'GET',
          `/api/leaders/${id}/gap-profile?roundId=${open.id}`,
          {
            headers: as(top),
          },
        )
      ).body;
      const h = profile.competencies.find((c) => c.key === 'hedekraft');
      if (h?.status === 'met' || h?.status === 'gap') assessed++;
      if (h?.status === 'met') met++;
    }
    const o = (
      await t.request<CoverageOverview>('GET', `/api/coverage?orgUnitId=${bu.id}`, {
        headers: as(hr),
      })
    ).body;
    const cell = o.unit.cells.find((c) => c.competencyKey === 'hedekraft');
    expect(cell?.met).toEqual({
      shown: true,
      value: Math.round((met / assessed) * 10000) / 10000,
      n: assessed,
    });
  });

  describe('after the writes that change a profile or a plan', () => {
    it('a self-assessment answer', async () => {
      const camilla = await t.signIn(demoAccount('leader').email, demoAccount('leader').password);
      const open = rounds.find((r) => r.status === 'open') as AssessmentRoundView;
      for (const key of [
        'hedekraft.sige-ja',
        'hedekraft.vaere-modig',
        'hedekraft.fodre-droemmen',
      ]) {
        const res = await t.request(
          'PUT',
          `/api/leaders/${camilla.leaderId}/assessments/${open.id}/self`,
          {
            headers: as(camilla),
            body: { behaviourKey: key, rating: 5 },
          },
        );
        expect(res.status).toBe(200);
      }
      expect((await t.query('SELECT * FROM coverage_stale')).length).toBe(1);
      await read();
      expect((await t.query('SELECT * FROM coverage_stale')).length).toBe(0);
      expect(await expectAgreement([camilla.leaderId as string])).toBe(8);
    });

    it('a change of an offer’s effects that approved plans hold', async () => {
      const found = await t.request<OfferSearchResult>('GET', '/api/offers?q=IBK-COACH-01', {
        headers: as(hr),
      });
      const offer = (
        await t.request<OfferView>('GET', `/api/offers/${found.body.items[0].id}`, {
          headers: as(hr),
        })
      ).body;
      const holders = await t.query<{ leader_id: string }>(
        `SELECT DISTINCT p.leader_id FROM plan_items i JOIN development_plans p ON p.id = i.plan_id
         WHERE i.offer_id = '${offer.id}' AND p.status IN ('approved', 'active')`,
      );
      expect(holders.length).toBeGreaterThan(3);
      const effect = async () =>
        (
          await t.query<{ e: number }>(
            `SELECT SUM(effect_hundredths) AS e FROM coverage_plan_effects WHERE competency_key = 'hedekraft'`,
          )
        )[0].e;
      const before = Number(await effect());
      const res = await t.request('PATCH', `/api/offers/${offer.id}`, {
        headers: as(hr),
        body: {
          version: offer.version,
          effects: offer.effects.filter((e) => e.competencyKey !== 'hedekraft'),
        },
      });
      expect(res.status).toBe(200);
      await read();
      // Each holder's COACH-01 no longer closes half a point of hedekraft.
      expect(Number(await effect())).toBe(before - 50 * holders.length);
    });

    it('a new target profile, a leader moved to another unit, a leader deactivated', async () => {
      const framework = (await t.request<{ id: string }>('GET', '/api/frameworks/current')).body.id;
      const res = await t.request('PUT', `/api/target-profiles/${framework}`, {
        headers: admin,
        body: {
          targets: [{ levelKey: 'foerstelinjeleder', competencyKey: 'hedekraft', target: 4.2 }],
        },
      });
      expect(res.status).toBe(200);
      const units = (await t.request<OrgUnitView[]>('GET', '/api/org-units', { headers: as(hr) }))
        .body;
      const [mover] = await t.query<{ id: string }>(
        `SELECT id FROM leaders WHERE email = 'anders.kjeldsen@ikast-brande.dk'`,
      );
      const moved = await t.request('PATCH', `/api/leaders/${mover.id}`, {
        headers: admin,
        body: { orgUnitId: units.find((u) => u.name === 'Engesvang Skole')?.id },
      });
      expect(moved.status).toBe(200);
      const [leaver] = await t.query<{ id: string }>(
        `SELECT id FROM leaders WHERE email = 'birthe.hald@ikast-brande.dk'`,
      );
      expect(
        (
          await t.request('PATCH', `/api/leaders/${leaver.id}`, {
            headers: admin,
            body: { active: false },
          })
        ).status,
      ).toBe(200);
      await read();
      const leaders = await t.query<{ id: string }>(
        `SELECT id FROM leaders WHERE ${active()} AND id <> '${top.leaderId}'`,
      );
      expect(await expectAgreement(leaders.map((l) => l.id))).toBeGreaterThan(600);
      // The open round follows the organisation; the closed one keeps where they counted.
      const open = rounds.find((r) => r.status === 'open') as AssessmentRoundView;
      const closed = rounds.find((r) => r.status === 'closed') as AssessmentRoundView;
      const unitIn = async (round: string, leader: string) =>
        (await facts(`round_id = '${round}' AND leader_id = '${leader}'`))[0]?.org_unit_id;
      expect(await unitIn(open.id, mover.id)).toBe(
        units.find((u) => u.name === 'Engesvang Skole')?.id,
      );
      expect(await unitIn(closed.id, mover.id)).toBe(
        units.find((u) => u.name === 'Bording Skole')?.id,
      );
      expect(await unitIn(open.id, leaver.id)).toBeUndefined();
      expect(await unitIn(closed.id, leaver.id)).toBe(
        units.find((u) => u.name === 'Nørre Snede Skole')?.id,
      );
    });
  });
});
