import type { ApiError, LeaderPage, OrgUnitView } from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('org unit administration', () => {
  let t: TestApp;
  let admin: SessionHeaders;

  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });
  const create = (body: unknown) =>
    t.request<OrgUnitView & ApiError>('POST', '/api/org-units', { body, headers: as(admin) });
  const patch = (id: string, body: unknown) =>
    t.request<OrgUnitView & ApiError>('PATCH', `/api/org-units/${id}`, {
      body,
      headers: as(admin),
    });
  const units = async () =>
    (await t.request<OrgUnitView[]>('GET', '/api/org-units', { headers: as(admin) })).body;
  const byName = async (name: string) =>
    (await units()).find((u) => u.name === name) as OrgUnitView;
  const paths = async () =>
    Object.fromEntries(
      (await t.query<{ id: string; path: string }>('SELECT id, path FROM org_units')).map((r) => [
        r.id,
        r.path,
      ]),
    );
  const table = () =>
    t.query('SELECT id, name, kind, parent_id, external_id, path FROM org_units ORDER BY id');

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    admin = await t.signIn(demoAccount('admin').email, demoAccount('admin').password);
  });
  afterAll(() => t.close());

  it('creates an afdeling under a fagområde and an enhed under it, with their paths', async () => {
    const social = await byName('Social og Sundhed');
    const afdeling = await create({
      name: '  Sundhed og Forebyggelse ',
      kind: 'afdeling',
      parentId: social.id,
      externalId: 'IBK-9100',
    });
    expect(afdeling.status).toBe(201);
    expect(afdeling.body).toMatchObject({
      name: 'Sundhed og Forebyggelse',
      kind: 'afdeling',
      parentId: social.id,
      externalId: 'IBK-9100',
    });
    const enhed = await create({
      name: 'Sundhedsplejen',
      kind: 'enhed',
      parentId: afdeling.body.id,
      externalId: null,
    });
    expect(enhed.status).toBe(201);
    const all = await paths();
    expect(all[enhed.body.id]).toBe(`${all[social.id]}${afdeling.body.id}/${enhed.body.id}/`);
    expect((await units()).find((u) => u.id === enhed.body.id)?.parentId).toBe(afdeling.body.id);
  });

  it('refuses a wrong level, a taken Enhed-ID, an unknown parent and a second kommune, writing nothing', async () => {
    const before = await table();
    const social = await byName('Social og Sundhed');
    const wrongLevel = await create({
      name: 'Ny',
      kind: 'enhed',
      parentId: social.id,
      externalId: 'ibk-0001',
    });
    expect(wrongLevel.status).toBe(400);
    expect(wrongLevel.body.details).toEqual([
      {
        path: 'externalId',
        message: 'Enhed-ID ibk-0001 bruges allerede af enheden Ikast-Brande Kommune.',
      },
      { path: 'kind', message: 'En enhed kan ikke ligge direkte under et fagområde.' },
    ]);
    const unknownParent = await create({
      name: 'Ny',
      kind: 'enhed',
      parentId: '00000000-0000-4000-8000-000000000000',
      externalId: null,
    });
    expect(unknownParent.body.message).toBe('Den overordnede enhed findes ikke.');
    const secondRoot = await create({
      name: 'Ny',
      kind: 'kommune',
      parentId: null,
      externalId: null,
    });
    expect(secondRoot.status).toBe(400);
    expect(secondRoot.body.message).toBe('Der findes allerede en kommune øverst i organisationen.');
    const shape = await create({ name: 'Ny', kind: 'region', parentId: 'x' });
    expect(shape.status).toBe(400);
    expect(shape.body.details).toEqual(
      expect.arrayContaining([
        { path: 'kind', message: 'Skal være en af: kommune, fagomraade, afdeling, enhed.' },
        { path: 'parentId', message: 'parentId skal være et gyldigt id.' },
        { path: 'externalId', message: 'Feltet mangler.' },
      ]),
    );
    expect(await table()).toEqual(before);
  });

  it('renames a unit and sets or clears its Enhed-ID', async () => {
    const unit = await byName('Sundhedsplejen');
    const res = await patch(unit.id, {
      name: 'Sundhedsplejen Ikast-Brande',
      externalId: ' IBK-9101 ',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Sundhedsplejen Ikast-Brande', externalId: 'IBK-9101' });
    const cleared = await patch(unit.id, { externalId: null });
    expect(cleared.body.externalId).toBeNull();
    const taken = await patch(unit.id, { externalId: 'IBK-9100' });
    expect(taken.status).toBe(400);
    expect(taken.body.message).toBe(
      'Enhed-ID IBK-9100 bruges allerede af enheden Sundhed og Forebyggelse.',
    );
  });

  it('moves an afdeling with its subtree to another fagområde: paths, and leaders under the new one', async () => {
    const dagtilbud = await byName('Dagtilbud');
    const social = await byName('Social og Sundhed');
    const before = await paths();
    const res = await patch(dagtilbud.id, { parentId: social.id });
    expect(res.status).toBe(200);
    expect(res.body.parentId).toBe(social.id);
    const after = await paths();
    const moved = Object.keys(before).filter((id) => before[id].startsWith(before[dagtilbud.id]));
    expect(moved.length).toBeGreaterThan(1);
    const newPrefix = `${after[social.id]}${dagtilbud.id}/`;
    for (const id of moved)
      expect(after[id]).toBe(newPrefix + before[id].slice(before[dagtilbud.id].length));
    // Units elsewhere keep their paths.
    for (const id of Object.keys(before).filter((id) => !moved.includes(id)))
      expect(after[id]).toBe(before[id]);
    // Leaders of the moved units now count under Social og Sundhed.
    const leaders = await t.request<LeaderPage>(
      'GET',
      `/api/leaders?unitId=${social.id}&q=${encodeURIComponent('Camilla')}`,
      { headers: as(admin) },
    );
    expect(leaders.body.total).toBe(1);
  });

  it('refuses a move under itself, its subtree, a wrong level, or of the kommune, writing nothing', async () => {
    const before = await table();
    const social = await byName('Social og Sundhed');
    const dagtilbud = await byName('Dagtilbud');
    const kommune = (await units()).find((u) => u.parentId === null) as OrgUnitView;
    const enhed = (await units()).find((u) => u.parentId === dagtilbud.id) as OrgUnitView;
    const self = await patch(social.id, { parentId: social.id });
    expect(self.body.message).toBe('En enhed kan ikke ligge under sig selv.');
    const subtree = await patch(social.id, { parentId: enhed.id, name: 'Omdøbt' });
    expect(subtree.status).toBe(400);
    expect(subtree.body.details).toEqual([
      {
        path: 'parentId',
        message: 'En enhed kan ikke flyttes ind under en af sine egne underenheder.',
      },
    ]);
    const level = await patch(enhed.id, { parentId: social.id });
    expect(level.body.details).toEqual([
      { path: 'parentId', message: 'En enhed kan ikke ligge direkte under et fagområde.' },
    ]);
    const root = await patch(kommune.id, { parentId: social.id });
    expect(root.body.message).toBe('Kommunen står øverst og kan ikke flyttes.');
    const nullParent = await patch(social.id, { parentId: null });
    expect(nullParent.status).toBe(400);
    expect(await table()).toEqual(before);
  });

  it('answers 404 for a unit that does not exist', async () => {
    const res = await patch('00000000-0000-4000-8000-000000000000', { name: 'X' });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('Enheden findes ikke.');
    expect((await patch('ikke-et-id', { name: 'X' })).status).toBe(404);
  });
});
