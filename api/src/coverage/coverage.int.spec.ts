import type {
  ApiError,
  CoverageOverview,
  CoverageRow,
  CoverageTargetView,
  CoverageValue,
  OrgUnitView,
} from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

/**
 * Overblik over HTTP on the demo data: who sees which units, that figures resting on too
 * few leaders or derivable by subtraction are hidden the same way for everyone, targets,
 * and Danish 4xx answers (never 5xx) to bad input.
 */
describe('coverage: scope, suppression and targets', () => {
  let t: TestApp;
  let director: SessionHeaders;
  let hr: SessionHeaders;
  let manager: SessionHeaders;
  let leader: SessionHeaders;
  let units: OrgUnitView[];
  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });
  const unit = (name: string) => units.find((u) => u.name === name) as OrgUnitView;
  const overview = (who: SessionHeaders, query = '') =>
    t.request<CoverageOverview & ApiError>('GET', `/api/coverage${query}`, { headers: as(who) });
  const row = (o: CoverageOverview, name: string, kind: CoverageRow['kind'] = 'unit') =>
    o.rows.find((r) => r.orgUnit.name === name && r.kind === kind) as CoverageRow;
  const values = (r: CoverageRow): CoverageValue[] =>
    r.cells.flatMap((c) => [c.met, c.projected, c.planned, c.gap]);

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    const sign = (role: 'leader' | 'manager' | 'hr' | 'director') =>
      t.signIn(demoAccount(role).email, demoAccount(role).password);
    [director, hr, manager, leader] = [
      await sign('director'),
      await sign('hr'),
      await sign('manager'),
      await sign('leader'),
    ];
    units = (await t.request<OrgUnitView[]>('GET', '/api/org-units', { headers: as(hr) })).body;
  });
  afterAll(() => t.close());

  describe('scope', () => {
    it('starts the director in her area, Børn og Unge, with its departments as rows', async () => {
      const res = await overview(director);
      expect(res.status).toBe(200);
      expect(res.body.unit.orgUnit.name).toBe('Børn og Unge');
      expect(res.body.scopes.map((s) => s.name)).toEqual(['Børn og Unge']);
      expect(res.body.rows.filter((r) => r.kind === 'unit').map((r) => r.orgUnit.name)).toEqual([
        'Dagtilbud',
        'Familie og Forebyggelse',
        'Skoler',
      ]);
      expect(res.body.round.name).toBe('Lederevaluering 2026');
      expect(res.body.rounds.map((r) => r.name)).toEqual([
        'Lederevaluering 2026',
        'Lederevaluering 2025',
      ]);
    });

    it('lets the director open a unit inside her area but not one outside (404)', async () => {
      const inside = await overview(director, `?orgUnitId=${unit('Skoler').id}`);
      expect(inside.status).toBe(200);
      expect(inside.body.breadcrumb.map((b) => b.name)).toEqual(['Børn og Unge', 'Skoler']);
      for (const name of ['Social og Sundhed', 'Ikast-Brande Kommune', 'Jobcenter']) {
        const outside = await overview(director, `?orgUnitId=${unit(name).id}`);
        expect([name, outside.status]).toEqual([name, 404]);
        expect(outside.body.message).toMatch(/Enheden findes ikke/);
      }
    });

    it('starts HR at the kommune, with every fagområde, and lets HR open any unit', async () => {
      const res = await overview(hr);
      expect(res.body.unit.orgUnit.name).toBe('Ikast-Brande Kommune');
      expect(res.body.rows.filter((r) => r.kind === 'unit')).toHaveLength(5);
      expect((await overview(hr, `?orgUnitId=${unit('Jobcenter').id}`)).status).toBe(200);
    });

    it('gives a manager the units led only by their team, nothing else', async () => {
      const res = await overview(manager);
      expect(res.status).toBe(200);
      expect(res.body.unit.orgUnit.name).toBe('Dagtilbud');
      expect((await overview(manager, `?orgUnitId=${unit('Skoler').id}`)).status).toBe(404);
      expect((await overview(manager, `?orgUnitId=${unit('Børn og Unge').id}`)).status).toBe(404);
    });

    it('refuses leaders without reports (403), and anyone signed out (401)', async () => {
      expect((await overview(leader)).status).toBe(403);
      expect((await t.request('GET', '/api/coverage')).status).toBe(401);
      expect(
        (await t.request('GET', '/api/coverage/demand', { headers: as(director) })).status,
      ).toBe(403);
    });

    it('never names a leader: no name or e-mail of anyone in the area is in the answer', async () => {
      const text = JSON.stringify((await overview(hr, `?orgUnitId=${unit('Skoler').id}`)).body);
      const people = await t.query<{ name: string; email: string }>(
        'SELECT name, email FROM leaders',
      );
      for (const person of people) {
        expect(text).not.toContain(person.email);
        expect(text).not.toContain(person.name);
      }
    });
  });

  describe('suppression', () => {
    it('hides the director’s own figure (one leader) and a department beside it', async () => {
      const o = (await overview(director)).body;
      const own = row(o, 'Børn og Unge', 'own');
      expect(own.leaders).toBe(1);
      // Nothing of hers shows: too few, or no data where nobody is below target.
      expect(values(own).every((v) => !v.shown)).toBe(true);
      expect(values(own).some((v) => !v.shown && v.reason === 'too-few')).toBe(true);
      // B&U − the departments would be her result: one department is hidden as well.
      const departments = o.rows.filter((r) => r.kind === 'unit');
      const hiddenMet = departments.filter((r) => r.cells.some((c) => !c.met.shown));
      expect(hiddenMet.length).toBeGreaterThan(0);
      expect(
        hiddenMet.some((r) =>
          r.cells.some((c) => !c.met.shown && c.met.reason === 'complementary'),
        ),
      ).toBe(true);
      // Most figures show: every shown one rests on at least 5 leaders.
      const all = [o.unit, ...o.rows].flatMap(values);
      expect(all.filter((v) => v.shown).length).toBeGreaterThan(all.length / 2);
      for (const v of all) if (v.shown) expect(v.n).toBeGreaterThanOrEqual(5);
    });

    it('shows schools of 5 or more leaders and hides the smaller ones as "too few"', async () => {
      const o = (await overview(director, `?orgUnitId=${unit('Skoler').id}`)).body;
      const bording = row(o, 'Bording Skole');
      expect(bording.leaders).toBe(4);
      expect(bording.cells.every((c) => !c.met.shown && c.met.reason === 'too-few')).toBe(true);
      expect(bording.drillable).toBe(false);
      const oestre = row(o, 'Ikast Østre Skole');
      expect(oestre.leaders).toBe(7);
      expect(oestre.cells.some((c) => c.met.shown)).toBe(true);
      expect(row(o, 'Skoler', 'own').leaders).toBe(1);
    });

    it('hides the same figures for every caller and in every view of a unit', async () => {
      const asDirector = (await overview(director, `?orgUnitId=${unit('Skoler').id}`)).body;
      const asHr = (await overview(hr, `?orgUnitId=${unit('Skoler').id}`)).body;
      expect(asHr.rows).toEqual(asDirector.rows);
      expect(asHr.unit).toEqual(asDirector.unit);
      // Skoler as a row of Børn og Unge is Skoler's own total.
      const fromParent = row((await overview(director)).body, 'Skoler');
      expect(fromParent.cells).toEqual(asDirector.unit.cells);
    });

    it('never tells anything of 1 to 4 leaders, not even "no data" (none below target, no plan)', async () => {
      let small = 0;
      for (const u of units) {
        const res = await overview(hr, `?orgUnitId=${u.id}`);
        expect(res.status).toBe(200);
        for (const r of [res.body.unit, ...res.body.rows]) {
          if (r.leaders < 1 || r.leaders > 4) continue;
          small += 1;
          for (const v of values(r))
            expect(v).toEqual({ shown: false, reason: expect.not.stringMatching(/^no-data$/) });
          expect(r.budget).toEqual({
            shown: false,
            reason: expect.not.stringMatching(/^no-data$/),
          });
        }
      }
      // The demo has such rows: the director's own, one-leader units, schools of four.
      expect(small).toBeGreaterThan(5);
    });

    it('keeps not assessed apart, counted only where the share is shown', async () => {
      const o = (await overview(hr)).body;
      for (const cell of [o.unit, ...o.rows].flatMap((r) => r.cells)) {
        if (cell.met.shown) expect(cell.notAssessed).not.toBeNull();
        else expect([cell.notAssessed, cell.noTarget]).toEqual([null, null]);
      }
    });

    it('projects more leaders to meet target than meet it now where plans address the gaps', async () => {
      const o = (await overview(director)).body;
      const handlekraft = o.unit.cells.find((c) => c.competencyKey === 'handlekraft');
      if (!handlekraft?.met.shown || !handlekraft.projected.shown || !handlekraft.planned.shown) {
        throw new Error('Børn og Unge should show handlekraft');
      }
      expect(handlekraft.projected.value).toBeGreaterThan(handlekraft.met.value);
      expect(handlekraft.planned.value).toBeGreaterThan(0);
      expect(o.unit.budget).toMatchObject({ shown: true });
    });
  });

  describe('targets', () => {
    const target = (who: SessionHeaders, unitId: string, key: string, body: unknown) =>
      t.request<CoverageTargetView & ApiError>(
        'PUT',
        `/api/org-units/${unitId}/coverage-targets/${key}`,
        { headers: as(who), body },
      );

    it('shows the director’s demo target with where it stands', async () => {
      const o = (await overview(director)).body;
      expect(o.canSetTargets).toBe(true);
      expect(o.targets).toEqual([
        expect.objectContaining({
          orgUnit: { id: unit('Børn og Unge').id, name: 'Børn og Unge' },
          competencyKey: 'hedekraft',
          targetPercent: 80,
          setBy: expect.objectContaining({ name: demoAccount('director').name }),
        }),
      ]);
      const [hedekraft] = o.targets;
      const cell = o.unit.cells.find((c) => c.competencyKey === 'hedekraft');
      expect(hedekraft.current).toEqual(cell?.met);
      expect(['on-track', 'off-track', 'reached']).toContain(hedekraft.status);
    });

    it('lets the director set a target in her area, and not outside it', async () => {
      const skoler = unit('Skoler').id;
      const res = await target(director, skoler, 'handlekraft', {
        targetPercent: 70,
        dueDate: '2027-12-31',
        note: 'Skolerne følger op på målene.',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ targetPercent: 70, dueDate: '2027-12-31' });
      const o = (await overview(director, `?orgUnitId=${skoler}`)).body;
      expect(o.targets.map((x) => [x.orgUnit.name, x.competencyKey])).toEqual([
        ['Skoler', 'handlekraft'],
      ]);
      const outside = await target(director, unit('Ældreområdet').id, 'handlekraft', {
        targetPercent: 70,
        dueDate: '2027-12-31',
      });
      expect(outside.status).toBe(404);
      // Replacing keeps one target per unit and competency; removing it leaves none.
      await target(director, skoler, 'handlekraft', { targetPercent: 75, dueDate: '2028-06-30' });
      const list = await t.request<CoverageTargetView[]>(
        'GET',
        `/api/org-units/${skoler}/coverage-targets`,
        { headers: as(director) },
      );
      expect(list.body.map((x) => x.targetPercent)).toEqual([75]);
      const removed = await t.request(
        'DELETE',
        `/api/org-units/${skoler}/coverage-targets/handlekraft`,
        { headers: as(director) },
      );
      expect(removed.status).toBe(204);
      expect(
        (
          await t.request('DELETE', `/api/org-units/${skoler}/coverage-targets/handlekraft`, {
            headers: as(director),
          })
        ).status,
      ).toBe(404);
    });

    it('answers a bad target with every problem in Danish', async () => {
      const res = await target(director, unit('Skoler').id, 'ukendt', {
        targetPercent: 120,
        dueDate: '2020-01-01',
      });
      expect(res.status).toBe(400);
      expect(res.body.details?.map((d) => d.path)).toEqual([
        'competencyKey',
        'targetPercent',
        'dueDate',
      ]);
      const shape = await target(director, unit('Skoler').id, 'hedekraft', {
        targetPercent: '80',
        dueDate: '31-12-2027',
        extra: true,
      });
      expect(shape.status).toBe(400);
      expect(shape.body.details?.map((d) => d.path).sort()).toEqual(
        ['dueDate', 'extra', 'targetPercent'].sort(),
      );
      expect(JSON.stringify(shape.body)).toMatch(/åååå-mm-dd/);
    });
  });

  describe('bad input', () => {
    it('answers 400 or 404 in Danish, never 5xx', async () => {
      const cases: [string, number][] = [
        ['/api/coverage?orgUnitId=abc', 400],
        ['/api/coverage?roundId=not-a-round', 400],
        ['/api/coverage?file=docx', 400],
        ['/api/coverage?unknown=1', 400],
        [`/api/coverage?roundId=00000000-0000-4000-8000-000000000000`, 404],
        [`/api/coverage?orgUnitId=00000000-0000-4000-8000-000000000000`, 404],
        ['/api/coverage/trend?orgUnitId=%27%3B--', 400],
        ['/api/org-units/nope/coverage-targets', 404],
      ];
      for (const [path, status] of cases) {
        const res = await t.request<ApiError>('GET', path, { headers: as(hr) });
        expect([path, res.status]).toEqual([path, status]);
        expect(res.body.message).toMatch(/[a-zæøå]/);
      }
      const badRound = await t.request<ApiError>('GET', '/api/coverage?roundId=x', {
        headers: as(hr),
      });
      expect(badRound.body.details?.[0].message).toBe('roundId skal være et gyldigt id.');
    });
  });
});
