import type { ApiError, OrgUnitImportView, OrgUnitView } from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('org unit import', () => {
  let t: TestApp;
  let admin: SessionHeaders;
  const upload = <T>(path: string, csv: string) =>
    t.request<T>('POST', path, {
      rawBody: csv,
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin['x-csrf-token'],
        'content-type': 'text/csv',
      },
    });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    admin = await t.signIn(demoAccount('admin').email, demoAccount('admin').password);
  });
  afterAll(() => t.close());

  it('adds an afdeling with an enhed under an existing fagområde; subtree paths follow, re-import changes nothing', async () => {
    const [fag] = await t.query<{ external_id: string; path: string }>(
      `SELECT external_id, path FROM org_units WHERE name = 'Børn og Unge'`,
    );
    const csv = `Enhed-ID;Navn;Type;Overordnet enhed-ID\nIBK-9001;Ny afdeling;afdeling;${fag.external_id}\nIBK-9002;Ny enhed;enhed;IBK-9001\n`;
    const preview = await upload<OrgUnitImportView>('/api/imports/org-units/preview', csv);
    expect(preview.body).toEqual({ rows: 2, creates: 2, updates: 0, unchanged: 0, errors: [] });
    const done = await upload<OrgUnitImportView>('/api/imports/org-units', csv);
    expect(done.status).toBe(200);
    const [enhed] = await t.query<{ path: string }>(
      `SELECT path FROM org_units WHERE external_id = 'IBK-9002'`,
    );
    expect(enhed.path.startsWith(fag.path)).toBe(true);
    expect(enhed.path.split('/').filter(Boolean)).toHaveLength(4);
    const units = (
      await t.request<OrgUnitView[]>('GET', '/api/org-units', { headers: { cookie: admin.cookie } })
    ).body;
    expect(units.find((u) => u.externalId === 'IBK-9002')?.parentId).toBe(
      units.find((u) => u.externalId === 'IBK-9001')?.id,
    );
    expect((await upload<OrgUnitImportView>('/api/imports/org-units', csv)).body).toMatchObject({
      creates: 0,
      updates: 0,
      unchanged: 2,
    });
  });

  it('moves a unit to another parent and re-paths its subtree', async () => {
    const [jobcenter] = await t.query<{ external_id: string }>(
      `SELECT external_id FROM org_units WHERE name = 'Arbejdsmarked'`,
    );
    const csv = `Enhed-ID;Navn;Type;Overordnet enhed-ID\nIBK-9001;Ny afdeling;afdeling;${jobcenter.external_id}\n`;
    expect((await upload<OrgUnitImportView>('/api/imports/org-units', csv)).body.updates).toBe(1);
    const [arbejdsmarked] = await t.query<{ path: string }>(
      `SELECT path FROM org_units WHERE name = 'Arbejdsmarked'`,
    );
    const [enhed] = await t.query<{ path: string }>(
      `SELECT path FROM org_units WHERE external_id = 'IBK-9002'`,
    );
    expect(enhed.path.startsWith(arbejdsmarked.path)).toBe(true);
  });

  it('rejects a broken file whole', async () => {
    const before = await t.query<{ n: number }>('SELECT COUNT(*) AS n FROM org_units');
    const res = await upload<ApiError>(
      '/api/imports/org-units',
      'Enhed-ID;Navn;Type;Overordnet enhed-ID\nIBK-9100;God;afdeling;IBK-9999\nIBK-9101;Forkert niveau;enhed;\n',
    );
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.path)).toEqual([
      'række 2: Overordnet enhed-ID',
      'række 3: Overordnet enhed-ID',
    ]);
    expect(await t.query<{ n: number }>('SELECT COUNT(*) AS n FROM org_units')).toEqual(before);
  });
});
