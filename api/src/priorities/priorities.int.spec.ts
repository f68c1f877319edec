import type {
  ApiError,
  EffectivePrioritiesView,
  PrioritySetView,
  UnitPrioritiesView,
} from '@lederloeft/contracts';
import type { PlanProposal } from '@lederloeft/planner';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';
import { currentYear } from './priorities.service';

describe('strategic priorities', () => {
  let t: TestApp;
  let leader: SessionHeaders;
  let other: SessionHeaders;
  let manager: SessionHeaders;
  let director: SessionHeaders;
  let hr: SessionHeaders;
  const year = currentYear();
  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });
  const unitOf = async (name: string) =>
    (await t.query<{ id: string }>(`SELECT id FROM org_units WHERE name = '${name}'`))[0].id;
  const effective = (who: SessionHeaders, y = year, leaderId = leader.leaderId) =>
    t.request<EffectivePrioritiesView>(
      'GET',
      `/api/leaders/${leaderId}/strategic-priorities?year=${y}`,
      { headers: as(who) },
    );
  const put = (who: SessionHeaders | 'admin', unitId: string, y: number, body: unknown) =>
    who === 'admin'
      ? t.asAdmin<PrioritySetView & ApiError>(
          'PUT',
          `/api/org-units/${unitId}/strategic-priorities/${y}`,
          { body },
        )
      : t.request<PrioritySetView & ApiError>(
          'PUT',
          `/api/org-units/${unitId}/strategic-priorities/${y}`,
          { body, headers: as(who) },
        );
  const weights = (w: Record<string, number>) =>
    Object.entries(w).map(([competencyKey, weight]) => ({ competencyKey, weight }));

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    const signIn = (role: Parameters<typeof demoAccount>[0], i?: number) =>
      t.signIn(demoAccount(role, i).email, demoAccount(role, i).password);
    leader = await signIn('leader', 0);
    other = await signIn('leader', 1);
    manager = await signIn('manager');
    director = await signIn('director');
    hr = await signIn('hr');
  });
  afterAll(() => t.close());

  it('gives a leader the demo priorities of Børn og Unge, inherited whole, with who set them and why', async () => {
    const res = await effective(leader);
    expect(res.status).toBe(200);
    expect(res.body.source?.name).toBe('Børn og Unge');
    expect(res.body.weights).toEqual({
      handlekraft: 1,
      'borgerne-i-centrum': 2,
      'paa-tvaers': 1,
      hedekraft: 2,
    });
    expect(res.body.set?.setBy.name).toBe('Birgitte Lund Mikkelsen');
    expect(res.body.set?.note).toContain('familierne');
    // The manager above may look too; a leader elsewhere may not.
    expect((await effective(manager)).body.source?.name).toBe('Børn og Unge');
    expect((await effective(other)).status).toBe(404);
    // A year nobody set: every competency weighs 1, from nowhere.
    const far = await effective(leader, 2040);
    expect(far.body).toMatchObject({ year: 2040, source: null, set: null });
    expect(Object.values(far.body.weights)).toEqual([1, 1, 1, 1]);
  });

  it("lists a year's sets: a director sees their area, HR everything, a leader nothing", async () => {
    const kommune = await unitOf('Ikast-Brande Kommune');
    const sos = await unitOf('Social og Sundhed');
    expect((await put(hr, kommune, year, { weights: weights({ handlekraft: 1.5 }) })).status).toBe(
      200,
    );
    expect((await put('admin', sos, year, { weights: weights({ hedekraft: 2 }) })).status).toBe(
      200,
    );
    const list = (who: SessionHeaders) =>
      t.request<PrioritySetView[]>('GET', `/api/strategic-priorities?year=${year}`, {
        headers: as(who),
      });
    expect((await list(director)).body.map((s) => s.orgUnit.name)).toEqual([
      'Børn og Unge',
      'Skoler',
    ]);
    expect((await list(hr)).body.map((s) => s.orgUnit.name).sort()).toEqual([
      'Børn og Unge',
      'Ikast-Brande Kommune',
      'Skoler',
      'Social og Sundhed',
    ]);
    expect((await list(leader)).status).toBe(403);
    // Leaders under Social og Sundhed now get its set; the kommune's does not leak in.
    const sosLeader = (
      await t.query<{ id: string }>(
        `SELECT l.id FROM leaders l JOIN org_units u ON u.id = l.org_unit_id WHERE u.path LIKE '%${sos}/%' AND u.id <> '${sos}' LIMIT 1`,
      )
    )[0].id;
    const res = await t.asAdmin<EffectivePrioritiesView>(
      'GET',
      `/api/leaders/${sosLeader}/strategic-priorities?year=${year}`,
    );
    expect(res.body.source?.name).toBe('Social og Sundhed');
    expect(res.body.weights).toMatchObject({ hedekraft: 2, handlekraft: 1 });
    expect(
      (await t.asAdmin('DELETE', `/api/org-units/${kommune}/strategic-priorities/${year}`)).status,
    ).toBe(204);
    expect(
      (await t.asAdmin('DELETE', `/api/org-units/${sos}/strategic-priorities/${year}`)).status,
    ).toBe(204);
  });

  it('lets a director set, replace and remove a unit’s set in their area, and no one else’s', async () => {
    const dagtilbud = await unitOf('Dagtilbud');
    const sos = await unitOf('Social og Sundhed');
    const next = year + 1;
    const saved = await put(director, dagtilbud, next, {
      weights: weights({
        handlekraft: 1,
        'borgerne-i-centrum': 1.5,
        'paa-tvaers': 3,
        hedekraft: 2,
      }),
      note: '  Overgangen til skole.  ',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      orgUnit: { name: 'Dagtilbud' },
      year: next,
      note: 'Overgangen til skole.',
      setBy: { name: 'Birgitte Lund Mikkelsen' },
    });
    expect(saved.body.weights['paa-tvaers']).toBe(3);
    // Camilla (Solstrålen, under Dagtilbud) now gets Dagtilbud's set next year.
    expect((await effective(leader, next)).body).toMatchObject({
      source: { name: 'Dagtilbud' },
      weights: { 'paa-tvaers': 3, 'borgerne-i-centrum': 1.5 },
    });
    const unit = await t.request<UnitPrioritiesView>(
      'GET',
      `/api/org-units/${dagtilbud}/strategic-priorities/${next}`,
      { headers: as(director) },
    );
    expect(unit.body.own?.weights['paa-tvaers']).toBe(3);
    expect(unit.body.inherited.source?.name).toBe('Børn og Unge');
    expect(unit.body.inherited.weights.hedekraft).toBe(2.5);

    // Replacing is whole: a competency left out weighs 1 again.
    const replaced = await put(director, dagtilbud, next, { weights: weights({ hedekraft: 3 }) });
    expect(replaced.body.weights).toEqual({ hedekraft: 3 });
    expect(replaced.body.note).toBeNull();
    expect((await effective(leader, next)).body.weights['paa-tvaers']).toBe(1);

    // Outside the director's area, and for a leader: refused, nothing written.
    const outside = await put(director, sos, next, { weights: weights({ hedekraft: 3 }) });
    expect(outside.status).toBe(403);
    expect(outside.body.message).toContain('direktøren for området');
    expect(
      (
        await t.request('GET', `/api/org-units/${sos}/strategic-priorities/${next}`, {
          headers: as(director),
        })
      ).status,
    ).toBe(403);
    expect((await put(leader, dagtilbud, next, { weights: [] })).status).toBe(403);
    expect((await put(manager, dagtilbud, next, { weights: [] })).status).toBe(403);
    expect(
      (await t.query(`SELECT id FROM priority_sets WHERE org_unit_id = '${sos}'`)).length,
    ).toBe(0);

    const remove = () =>
      t.request('DELETE', `/api/org-units/${dagtilbud}/strategic-priorities/${next}`, {
        headers: as(director),
      });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(404);
    expect((await effective(leader, next)).body.source?.name).toBe('Børn og Unge');
    expect(
      (
        await t.query(
          `SELECT * FROM priority_weights WHERE priority_set_id NOT IN (SELECT id FROM priority_sets)`,
        )
      ).length,
    ).toBe(0);
  });

  it('refuses unknown competencies, weights off the scale and years out of range, in Danish', async () => {
    const dagtilbud = await unitOf('Dagtilbud');
    const bad = await put(hr, dagtilbud, year, {
      weights: [
        { competencyKey: 'mod', weight: 1 },
        { competencyKey: 'hedekraft', weight: 3.5 },
        { competencyKey: 'handlekraft', weight: 1.25 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      { path: 'weights[0].competencyKey', message: 'Ukendt kompetence: mod.' },
      { path: 'weights[1].weight', message: 'Vægten skal være mellem 0,5 og 3 i trin på 0,5.' },
      { path: 'weights[2].weight', message: 'Vægten skal være mellem 0,5 og 3 i trin på 0,5.' },
    ]);
    const late = await put(hr, dagtilbud, year + 3, { weights: weights({ hedekraft: 2 }) });
    expect(late.status).toBe(400);
    expect(late.body.details?.[0]).toEqual({
      path: 'year',
      message: `Året skal ligge mellem ${year - 1} og ${year + 2}.`,
    });
    const garbled = await put(hr, dagtilbud, 'i-aar' as unknown as number, { weights: [] });
    expect(garbled.status).toBe(400);
    expect(garbled.body.details?.[0].path).toBe('year');
    const notText = await put(hr, dagtilbud, year, {
      weights: [{ competencyKey: 'hedekraft', weight: 'meget' }],
    });
    expect(notText.status).toBe(400);
    expect(
      (await t.query(`SELECT id FROM priority_sets WHERE org_unit_id = '${dagtilbud}'`)).length,
    ).toBe(0);
  });

  describe('in plan proposals', () => {
    // Morten Jensen (the demo manager, Dagtilbud) has gaps in three competencies.
    const propose = (body: unknown) =>
      t.request<PlanProposal & ApiError>(
        'POST',
        `/api/leaders/${manager.leaderId}/plan-proposals`,
        { body, headers: as(manager) },
      );
    /** What the plan's offers close of a competency: the competency and its behaviours. */
    const offerClosure = (p: PlanProposal, key: string) =>
      p.items
        .flatMap((i) => (i.type === 'offer' ? i.addresses : []))
        .filter((a) => a.competencyKey === key)
        .reduce((sum, a) => sum + a.closure + a.behaviours.reduce((s, b) => s + b.closure, 0), 0);
    const offerCodes = (p: PlanProposal) =>
      p.items.flatMap((i) => (i.type === 'offer' ? [i.code] : [])).sort();
    // Eight hours, 5,000 kr. and one formal offer: the offers compete for the room.
    const tight = { budgetDkk: 5000, hours: 8, maxFormalOffers: 1 };
    const all = (w: number): Record<string, number> => ({
      handlekraft: w,
      'borgerne-i-centrum': w,
      'paa-tvaers': w,
      hedekraft: w,
    });

    it('weighs the competencies as the unit priorities say, and a weight of 3 wins the room', async () => {
      const dagtilbud = await unitOf('Dagtilbud');
      // The demo: Børn og Unge weighs borgerne i centrum and hedekraft 2.
      const demo = (await propose(tight)).body;
      expect(demo.competencies.map((c) => [c.competencyKey, c.weight])).toEqual([
        ['handlekraft', 1],
        ['borgerne-i-centrum', 2],
        ['paa-tvaers', 1],
        ['hedekraft', 2],
      ]);

      // Dagtilbud overrides with its own set: everything 1.
      expect((await put(hr, dagtilbud, year, { weights: weights(all(1)) })).status).toBe(200);
      const even = (await propose(tight)).body;
      expect(even.status).toBe('optimal');
      expect(even.competencies.every((c) => c.weight === 1)).toBe(true);

      // På tværs weighed 3: the plan changes to offers that close more of it.
      await put(hr, dagtilbud, year, { weights: weights({ ...all(1), 'paa-tvaers': 3 }) });
      const lifted = (await propose(tight)).body;
      expect(lifted.status).toBe('optimal');
      expect(lifted.competencies.find((c) => c.competencyKey === 'paa-tvaers')?.weight).toBe(3);
      expect(offerCodes(lifted)).not.toEqual(offerCodes(even));
      expect(offerClosure(lifted, 'paa-tvaers')).toBeGreaterThan(offerClosure(even, 'paa-tvaers'));
      await t.request('DELETE', `/api/org-units/${dagtilbud}/strategic-priorities/${year}`, {
        headers: as(hr),
      });
    });

    it('takes the priorities of the year the plan period starts in', async () => {
      const next = year + 1;
      const res = await propose({
        ...tight,
        period: { from: `${next}-01-01`, to: `${next}-12-31` },
      });
      expect(res.status).toBe(200);
      expect(res.body.competencies.map((c) => c.weight)).toEqual([1, 2, 1.5, 2.5]);
    });
  });
});
