import type { ApiError, LocalInterpretationView, TargetProfilesView } from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('local interpretations and target profiles', () => {
  let t: TestApp;
  let leader: SessionHeaders;
  let director: SessionHeaders;
  let admin: SessionHeaders;
  let frameworkId: string;
  const as = (who: SessionHeaders) => ({ cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    leader = await t.signIn(demoAccount('leader').email, demoAccount('leader').password);
    director = await t.signIn(demoAccount('director').email, demoAccount('director').password);
    admin = await t.signIn(demoAccount('admin').email, demoAccount('admin').password);
    frameworkId = (await t.request<{ id: string }>('GET', '/api/frameworks/current')).body.id;
  });
  afterAll(() => t.close());

  const unitOf = async (name: string) =>
    (await t.query<{ id: string }>(`SELECT id FROM org_units WHERE name = '${name}'`))[0].id;

  it('shows a leader the interpretations of their unit and the units above, top first', async () => {
    const res = await t.request<LocalInterpretationView[]>(
      'GET',
      `/api/leaders/${leader.leaderId}/interpretations`,
      { headers: as(leader) },
    );
    expect(res.status).toBe(200);
    expect(res.body.map((i) => [i.orgUnit.name, i.elementKey])).toEqual([
      ['Børn og Unge', 'borgerne-i-centrum'],
      ['Børn og Unge', 'paa-tvaers.netvaerksmoeder'],
      ['Dagtilbud', 'hedekraft.efterlyse-ideer'],
    ]);
    expect(res.body[0].text.da).toContain('barnet og familien');
  });

  it('lets a director interpret for units in their subtree, not elsewhere; an admin anywhere', async () => {
    const dagtilbud = await unitOf('Dagtilbud');
    const jobcenter = await unitOf('Jobcenter');
    const body = {
      frameworkId,
      text: {
        da: 'Vi sætter retning sammen med forældrene.',
        en: 'We set direction with the parents.',
      },
    };
    const own = await t.request<LocalInterpretationView>(
      'PUT',
      `/api/org-units/${dagtilbud}/interpretations/handlekraft`,
      {
        body,
        headers: as(director),
      },
    );
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      elementKey: 'handlekraft',
      text: body.text,
      orgUnit: { name: 'Dagtilbud' },
    });
    const outside = await t.request<ApiError>(
      'PUT',
      `/api/org-units/${jobcenter}/interpretations/handlekraft`,
      { body, headers: as(director) },
    );
    expect(outside.status).toBe(403);
    expect(
      (
        await t.request('PUT', `/api/org-units/${jobcenter}/interpretations/handlekraft`, {
          body,
          headers: as(admin),
        })
      ).status,
    ).toBe(200);

    const mine = await t.request<LocalInterpretationView[]>(
      'GET',
      `/api/leaders/${leader.leaderId}/interpretations`,
      { headers: as(leader) },
    );
    expect(mine.body.map((i) => i.elementKey)).toContain('handlekraft');

    const removed = await t.request(
      'DELETE',
      `/api/org-units/${dagtilbud}/interpretations/handlekraft?frameworkId=${frameworkId}`,
      {
        headers: as(director),
      },
    );
    expect(removed.status).toBe(204);
    const again = await t.request(
      'DELETE',
      `/api/org-units/${dagtilbud}/interpretations/handlekraft?frameworkId=${frameworkId}`,
      {
        headers: as(director),
      },
    );
    expect(again.status).toBe(404);
  });

  it('refuses an interpretation of something the edition does not have, or without Danish text', async () => {
    const unit = await unitOf('Dagtilbud');
    const unknown = await t.request<ApiError>(
      'PUT',
      `/api/org-units/${unit}/interpretations/findes-ikke`,
      {
        body: { frameworkId, text: { da: 'x', en: '' } },
        headers: as(admin),
      },
    );
    expect(unknown.status).toBe(404);
    const blank = await t.request<ApiError>(
      'PUT',
      `/api/org-units/${unit}/interpretations/handlekraft`,
      {
        body: { frameworkId, text: { da: '  ', en: 'only English' } },
        headers: as(admin),
      },
    );
    expect(blank.status).toBe(400);
    expect(blank.body.details?.[0].path).toBe('text.da');
  });

  it('serves target profiles per level, and lets an admin change and remove targets', async () => {
    const before = (
      await t.request<TargetProfilesView>('GET', '/api/target-profiles', { headers: as(leader) })
    ).body;
    expect(before.frameworkId).toBe(frameworkId);
    expect(before.levels.map((l) => l.levelKey)).toEqual([
      'direktoer',
      'chef',
      'mellemleder',
      'foerstelinjeleder',
    ]);
    expect(before.levels[3].targets).toEqual({
      handlekraft: 3.5,
      'borgerne-i-centrum': 3.5,
      'paa-tvaers': 3.5,
      hedekraft: 3.5,
    });

    const saved = await t.request<TargetProfilesView>(
      'PUT',
      `/api/target-profiles/${frameworkId}`,
      {
        body: {
          targets: [
            { levelKey: 'foerstelinjeleder', competencyKey: 'hedekraft', target: 3.8 },
            { levelKey: 'foerstelinjeleder', competencyKey: 'paa-tvaers', target: null },
          ],
        },
        headers: as(admin),
      },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.levels[3].targets).toMatchObject({ hedekraft: 3.8, 'paa-tvaers': null });

    const profile = await t.request<{
      competencies: { key: string; target: number | null; status: string }[];
    }>('GET', `/api/leaders/${leader.leaderId}/gap-profile`, { headers: as(leader) });
    expect(profile.body.competencies.find((c) => c.key === 'hedekraft')?.target).toBe(3.8);
    expect(profile.body.competencies.find((c) => c.key === 'paa-tvaers')?.status).toBe('no-target');
  });

  it('rejects targets off the scale or for unknown levels and competencies, changing nothing', async () => {
    const before = (
      await t.request<TargetProfilesView>('GET', '/api/target-profiles', { headers: as(admin) })
    ).body;
    const bad = await t.request<ApiError>('PUT', `/api/target-profiles/${frameworkId}`, {
      body: {
        targets: [
          { levelKey: 'chef', competencyKey: 'hedekraft', target: 4.1 },
          { levelKey: 'overchef', competencyKey: 'hedekraft', target: 4 },
          { levelKey: 'chef', competencyKey: 'handlekraft', target: 7 },
        ],
      },
      headers: as(admin),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details?.map((d) => d.path)).toEqual(['targets[2].target']);
    const unknown = await t.request<ApiError>('PUT', `/api/target-profiles/${frameworkId}`, {
      body: { targets: [{ levelKey: 'overchef', competencyKey: 'hedekraft', target: 4 }] },
      headers: as(admin),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details?.[0].path).toBe('targets[0].levelKey');
    expect(
      (await t.request<TargetProfilesView>('GET', '/api/target-profiles', { headers: as(admin) }))
        .body,
    ).toEqual(before);
  });
});
