import ExcelJS from 'exceljs';
import type {
  ApiError,
  LeaderImportPreview,
  LeaderImportResult,
  LeaderView,
} from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

const HEADER =
  'Medarbejder-ID;Navn;E-mail;Stilling;Lederniveau;Enhed-ID;Leders e-mail;Startdato;Aktiv';

describe('leader import from CSV and XLSX', () => {
  let t: TestApp;
  let admin: SessionHeaders;
  let unitId: string;

  const upload = <T>(path: string, body: Buffer, contentType = 'text/csv') =>
    t.request<T>('POST', path, {
      rawBody: body as unknown as string,
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin['x-csrf-token'],
        'content-type': contentType,
      },
    });
  const leaderCount = async () =>
    Number((await t.query<{ n: number }>('SELECT COUNT(*) AS n FROM leaders'))[0].n);
  /** Danish Excel's "CSV (semikolonsepareret)": Windows-1252, CRLF. */
  const excelCsv = (lines: string[]) =>
    Buffer.from([HEADER, ...lines].join('\r\n') + '\r\n', 'latin1');

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    admin = await t.signIn(demoAccount('admin').email, demoAccount('admin').password);
    unitId = (
      await t.query<{ external_id: string }>(
        `SELECT external_id FROM org_units WHERE kind = 'enhed' ORDER BY external_id LIMIT 1`,
      )
    )[0].external_id;
  });
  afterAll(() => t.close());

  it('previews a Danish Excel CSV (Windows-1252, semicolons): what would be created and updated, writing nothing', async () => {
    const before = await leaderCount();
    const res = await upload<LeaderImportPreview>(
      '/api/imports/leaders/preview',
      excelCsv([
        `E9001;Søren Ærø Åberg;soeren.aaberg@ikast-brande.dk;Teamleder;Førstelinjeleder;${unitId};camilla.noergaard@ikast-brande.dk;01-08-2024;ja`,
        `;Camilla Nørgaard;camilla.noergaard@ikast-brande.dk;Dagtilbudsleder;Mellemleder;${unitId};morten.jensen@ikast-brande.dk;;ja`,
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 2, creates: 1, updates: 1, errors: [] });
    expect(res.body.changes).toEqual([
      {
        line: 2,
        action: 'create',
        name: 'Søren Ærø Åberg',
        email: 'soeren.aaberg@ikast-brande.dk',
        fields: [],
      },
      expect.objectContaining({
        line: 3,
        action: 'update',
        fields: expect.arrayContaining(['levelKey']),
      }),
    ]);
    expect(await leaderCount()).toBe(before);
  });

  it('imports all rows; a second import of the same file changes nothing and duplicates nobody', async () => {
    const file = excelCsv([
      `E9002;Ida Ærbødig;ida.aerboedig@ikast-brande.dk;Teamleder;Førstelinjeleder;${unitId};ny.chef@ikast-brande.dk;15-01-2025;ja`,
      `E9003;Ny Chef;ny.chef@ikast-brande.dk;Afdelingsleder;Mellemleder;${unitId};;;ja`,
    ]);
    const before = await leaderCount();
    const first = await upload<LeaderImportResult>('/api/imports/leaders', file);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await leaderCount()).toBe(before + 2);
    const again = await upload<LeaderImportResult>('/api/imports/leaders', file);
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await leaderCount()).toBe(before + 2);

    const [ida] = await t.query<{ id: string; manager_id: string; start_date: string }>(
      `SELECT id, manager_id, start_date FROM leaders WHERE email = 'ida.aerboedig@ikast-brande.dk'`,
    );
    const [chef] = await t.query<{ id: string }>(
      `SELECT id FROM leaders WHERE email = 'ny.chef@ikast-brande.dk'`,
    );
    expect(ida.manager_id).toBe(chef.id);
    expect(ida.start_date).toBe('2025-01-15');
    const view = await t.request<LeaderView>('GET', `/api/leaders/${ida.id}`, {
      headers: { cookie: admin.cookie },
    });
    expect(view.body.name).toBe('Ida Ærbødig');
  });

  it('rejects a file with broken rows as a whole: every problem with its row, nothing written', async () => {
    const before = await leaderCount();
    const res = await upload<ApiError>(
      '/api/imports/leaders',
      excelCsv([
        `E9101;Gyldig Række;gyldig@ikast-brande.dk;Teamleder;Førstelinjeleder;${unitId};;;ja`,
        `E9102;Dublet;gyldig@ikast-brande.dk;Teamleder;Førstelinjeleder;${unitId};;;ja`,
        `E9103;Ukendt Chef;u@ikast-brande.dk;Teamleder;Førstelinjeleder;${unitId};findes.ikke@ikast-brande.dk;;ja`,
        `E9104;Ring A;ring.a@ikast-brande.dk;Teamleder;Førstelinjeleder;${unitId};ring.b@ikast-brande.dk;;ja`,
        `E9105;Ring B;ring.b@ikast-brande.dk;Teamleder;Førstelinjeleder;${unitId};ring.a@ikast-brande.dk;;ja`,
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('intet er indlæst');
    expect(res.body.details?.map((d) => d.path)).toEqual([
      'række 3: E-mail',
      'række 4: Leders e-mail',
      'række 5: Leders e-mail',
      'række 6: Leders e-mail',
    ]);
    expect(await leaderCount()).toBe(before);
  });

  it('reads XLSX as well, and UTF-8 CSV with a byte-order mark', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ledere');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow([
      'E9201',
      'Xenia Xlsx',
      'xenia@ikast-brande.dk',
      'Teamleder',
      'Førstelinjeleder',
      unitId,
      '',
      new Date(Date.UTC(2023, 2, 1)),
      'ja',
    ]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = await upload<LeaderImportPreview>(
      '/api/imports/leaders/preview',
      xlsx,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(fromXlsx.body).toMatchObject({ rows: 1, creates: 1, errors: [] });

    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        `${HEADER}\nE9202;Åse Utf;aase@ikast-brande.dk;Teamleder;Førstelinjeleder;${unitId};;;ja\n`,
        'utf8',
      ),
    ]);
    const fromCsv = await upload<LeaderImportPreview>('/api/imports/leaders/preview', bom);
    expect(fromCsv.body.changes[0].name).toBe('Åse Utf');
  });

  it('says clearly when the file is empty or not a spreadsheet', async () => {
    const empty = await upload<ApiError>('/api/imports/leaders/preview', Buffer.from(''));
    expect(empty.status).toBe(400);
    const missingColumns = await upload<LeaderImportPreview>(
      '/api/imports/leaders/preview',
      Buffer.from('Navn;Alder\nBo;40\n'),
    );
    expect(missingColumns.body.errors.map((e) => e.message)).toEqual([
      'Kolonnen "E-mail" mangler.',
      'Kolonnen "Stilling" mangler.',
      'Kolonnen "Lederniveau" mangler.',
      'Kolonnen "Enhed-ID" mangler.',
    ]);
  });
});
