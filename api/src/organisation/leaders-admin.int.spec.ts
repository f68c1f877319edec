import type {
  ApiError,
  CreateLeaderRequest,
  LeaderAdminView,
  LeaderPage,
  OrgUnitView,
} from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('leader administration', () => {
  let t: TestApp;
  let admin: SessionHeaders;
  let hr: SessionHeaders;
  let units: OrgUnitView[];

  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });
  const list = (query: string, who: SessionHeaders = admin) =>
    t.request<LeaderPage>('GET', `/api/leaders${query}`, { headers: as(who) });
  const create = (body: unknown) =>
    t.request<LeaderAdminView & ApiError>('POST', '/api/leaders', { body, headers: as(admin) });
  const patch = (id: string, body: unknown) =>
    t.request<LeaderAdminView & ApiError>('PATCH', `/api/leaders/${id}`, {
      body,
      headers: as(admin),
    });
  const leaderRow = async (email: string) =>
    (
      await t.query<{
        id: string;
        manager_id: string | null;
        title: string;
        active: boolean | number;
      }>(`SELECT id, manager_id, title, active FROM leaders WHERE email = '${email}'`)
    )[0];
  const leaderCount = async () =>
    Number((await t.query<{ n: number }>('SELECT COUNT(*) AS n FROM leaders'))[0].n);
  const unit = (name: string) => units.find((u) => u.name === name) as OrgUnitView;

  const newLeader = (over: Partial<CreateLeaderRequest> = {}): CreateLeaderRequest => ({
    name: 'Åge Ørum',
    email: 'Aage.Oerum@Ikast-Brande.dk',
    title: 'Afdelingsleder',
    levelKey: 'foerstelinjeleder',
    orgUnitId: unit('Engesvang Skole').id,
    managerId: null,
    employeeId: 'E9001',
    startDate: '2025-01-01',
    active: true,
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    admin = await t.signIn(demoAccount('admin').email, demoAccount('admin').password);
    hr = await t.signIn(demoAccount('hr').email, demoAccount('hr').password);
    units = (await t.request<OrgUnitView[]>('GET', '/api/org-units', { headers: as(admin) })).body;
  });
  afterAll(() => t.close());

  it('finds a leader by a Danish letter in any case, with unit, manager and account status', async () => {
    const res = await list('?q=N%C3%98RGAARD');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({
      name: 'Camilla Nørgaard',
      email: demoAccount('leader').email,
      manager: { name: demoAccount('manager').name },
      active: true,
      activeReportCount: 0,
      account: { active: true },
    });
    expect(res.body.items[0].orgUnit.name).toEqual(expect.any(String));
    // By title and by e-mail too.
    expect((await list('?q=skoleleder')).body.items.every((l) => /skoleleder/i.test(l.title))).toBe(
      true,
    );
    expect((await list('?q=morten.jensen@')).body.items.map((l) => l.name)).toEqual([
      demoAccount('manager').name,
    ]);
  });

  it('sorts by name in Danish order and pages without overlap', async () => {
    const all = (await list('?pageSize=100')).body;
    expect(all.total).toBeGreaterThan(20);
    const names = all.items.map((l) => l.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'da')));
    const first = (await list('?pageSize=10&page=1')).body;
    const second = (await list('?pageSize=10&page=2')).body;
    expect(first).toMatchObject({ page: 1, pageSize: 10, total: all.total });
    expect(first.items.map((l) => l.name)).toEqual(names.slice(0, 10));
    expect(second.items.map((l) => l.name)).toEqual(names.slice(10, 20));
  });

  it('filters on a unit with its subtree, a level and active status', async () => {
    const boern = unit('Børn og Unge');
    const inSubtree = (await list(`?unitId=${boern.id}&pageSize=100`)).body;
    const subtreeIds = new Set([boern.id]);
    for (const u of units) if (u.parentId && subtreeIds.has(u.parentId)) subtreeIds.add(u.id);
    expect(inSubtree.total).toBeGreaterThan(1);
    expect(inSubtree.items.every((l) => subtreeIds.has(l.orgUnit.id))).toBe(true);
    const chefs = (await list(`?unitId=${boern.id}&levelKey=chef`)).body;
    expect(chefs.items.length).toBeGreaterThan(0);
    expect(chefs.items.every((l) => l.levelKey === 'chef')).toBe(true);
    expect((await list('?active=false')).body.items.every((l) => !l.active)).toBe(true);
  });

  it('refuses a query it cannot use, in Danish', async () => {
    const res = await t.request<ApiError>('GET', '/api/leaders?pageSize=0&active=ja', {
      headers: as(admin),
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { path: 'pageSize', message: 'pageSize skal være et helt tal fra 1 til 100.' },
        { path: 'active', message: 'Skal være en af: true, false.' },
      ]),
    );
    const unknownUnit = await list('?unitId=00000000-0000-4000-8000-000000000000');
    expect(unknownUnit.status).toBe(400);
    expect((unknownUnit.body as unknown as ApiError).message).toBe('Enheden findes ikke.');
  });

  it('lets HR read the list but not write', async () => {
    expect((await list('?q=camilla', hr)).body.total).toBe(1);
    const res = await t.request('POST', '/api/leaders', { body: newLeader(), headers: as(hr) });
    expect(res.status).toBe(403);
  });

  it('creates a leader, e-mail in lower case, and finds them', async () => {
    const manager = await leaderRow(demoAccount('manager').email);
    const res = await create(newLeader({ managerId: manager.id }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Åge Ørum',
      email: 'aage.oerum@ikast-brande.dk',
      employeeId: 'E9001',
      startDate: '2025-01-01',
      manager: { id: manager.id },
      orgUnit: { name: 'Engesvang Skole' },
      account: null,
      active: true,
    });
    expect((await list('?q=%C3%A5ge')).body.items.map((l) => l.id)).toEqual([res.body.id]);
  });

  it('refuses a new leader with the import’s rules, and writes nothing', async () => {
    const before = await leaderCount();
    const taken = await create(
      newLeader({ email: demoAccount('leader').email.toUpperCase(), employeeId: 'e9001' }),
    );
    expect(taken.status).toBe(400);
    expect(taken.body.details).toEqual([
      {
        path: 'email',
        message: `E-mailen ${demoAccount('leader').email} tilhører allerede en anden leder (Camilla Nørgaard).`,
      },
      {
        path: 'employeeId',
        message: 'Medarbejder-ID e9001 tilhører allerede en anden leder (Åge Ørum).',
      },
    ]);
    const unknown = await create(
      newLeader({
        email: 'ny.leder@ikast-brande.dk',
        employeeId: null,
        levelKey: 'konge',
        managerId: '00000000-0000-4000-8000-000000000000',
        orgUnitId: '00000000-0000-4000-8000-000000000001',
        startDate: '31-02-2025',
      }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.details?.map((d) => d.path)).toEqual([
      'levelKey',
      'orgUnitId',
      'startDate',
      'managerId',
    ]);
    expect(unknown.body.details?.[3].message).toBe(
      'Den valgte nærmeste leder findes ikke i Lederløft.',
    );
    const shape = await create({ ...newLeader(), active: 'ja', name: undefined, extra: 1 });
    expect(shape.status).toBe(400);
    expect(shape.body.details).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Feltet mangler.' },
        { path: 'active', message: 'Skal være true eller false.' },
        { path: 'extra', message: 'Feltet findes ikke i formatet.' },
      ]),
    );
    expect(await leaderCount()).toBe(before);
  });

  it('changes a manager, and refuses self-management and a ring with nothing written', async () => {
    const camilla = await leaderRow(demoAccount('leader').email);
    const director = await leaderRow(demoAccount('director').email);
    const moved = await patch(camilla.id, { managerId: director.id });
    expect(moved.status).toBe(200);
    expect(moved.body.manager?.id).toBe(director.id);

    const self = await patch(camilla.id, { managerId: camilla.id });
    expect(self.status).toBe(400);
    expect(self.body.message).toBe('En leder kan ikke være sin egen leder.');

    // The director under Camilla, who is under the director: a ring.
    const ring = await patch(director.id, { managerId: camilla.id, title: 'Ændret' });
    expect(ring.status).toBe(400);
    expect(ring.body.details).toEqual([
      {
        path: 'managerId',
        message: 'Lederkæden går i ring: lederen står (indirekte) over sig selv.',
      },
    ]);
    const after = await t.query<{ manager_id: string | null; title: string }>(
      `SELECT manager_id, title FROM leaders WHERE id = '${director.id}'`,
    );
    expect(after[0]).toEqual({ manager_id: director.manager_id, title: director.title });

    const email = await patch(camilla.id, { email: demoAccount('leader', 1).email });
    expect(email.status).toBe(400);
    expect(email.body.message).toBe(
      `E-mailen ${demoAccount('leader', 1).email} tilhører allerede en anden leder (${demoAccount('leader', 1).name}).`,
    );

    // Back as it was, for the other tests.
    expect((await patch(camilla.id, { managerId: camilla.manager_id })).status).toBe(200);
  });

  it('refuses to deactivate a leader with active reports (409 naming them), and deactivates one without', async () => {
    const manager = await leaderRow(demoAccount('manager').email);
    const res = await patch(manager.id, { active: false });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(
      /^Morten Skov Jensen kan ikke deaktiveres, fordi \d+ aktive ledere har vedkommende som nærmeste leder: .*Camilla Nørgaard.*\. Giv dem en anden nærmeste leder først\.$/,
    );
    expect(Boolean((await leaderRow(demoAccount('manager').email)).active)).toBe(true);

    const aage = await leaderRow('aage.oerum@ikast-brande.dk');
    const off = await patch(aage.id, { active: false, startDate: '01-02-2025' });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, startDate: '2025-02-01' });
    expect((await list('?active=false&q=%C3%98rum')).body.total).toBe(1);
  });

  it('answers 404 for a leader that does not exist', async () => {
    const res = await patch('00000000-0000-4000-8000-000000000000', { title: 'X' });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('Lederen findes ikke.');
  });
});
