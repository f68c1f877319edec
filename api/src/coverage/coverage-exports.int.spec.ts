import ExcelJS from 'exceljs';
import {
  COVERAGE_MEASURES,
  type CoverageOverview,
  type CoverageRow,
  type OrgUnitView,
} from '@lederloeft/contracts';
import { demoAccount } from '../testing/demo-accounts';
import { pdfText } from '../testing/pdf-text';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';
import { cellText, MEASURE_SHORT, reasonText, rowLabel } from './exports/coverage-export-format';

/** The XLSX and the PDF hide exactly what the JSON hides, and show the same figures. */
describe('coverage exports', () => {
  let t: TestApp;
  let director: SessionHeaders;
  let json: CoverageOverview;
  let query: string;

  const download = async (file: 'xlsx' | 'pdf') => {
    const res = await fetch(`${t.baseUrl}/api/coverage${query}&file=${file}`, {
      headers: { cookie: director.cookie },
    });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    director = await t.signIn(demoAccount('director').email, demoAccount('director').password);
    const units = (
      await t.request<OrgUnitView[]>('GET', '/api/org-units', {
        headers: { cookie: director.cookie },
      })
    ).body;
    // Skoler: shown figures, "too few" (Bording, its chef) and complementary hiding.
    query = `?orgUnitId=${units.find((u) => u.name === 'Skoler')?.id}`;
    json = (
      await t.request<CoverageOverview>('GET', `/api/coverage${query}`, {
        headers: { cookie: director.cookie },
      })
    ).body;
  });
  afterAll(() => t.close());

  it('the JSON used here has shown and hidden figures of several kinds', () => {
    const reasons = new Set(
      [json.unit, ...json.rows].flatMap((r) =>
        r.cells.flatMap((c) => COVERAGE_MEASURES.map((m) => (c[m].shown ? 'shown' : c[m].reason))),
      ),
    );
    expect([...reasons].sort()).toEqual(expect.arrayContaining(['shown', 'too-few']));
    expect(reasons.size).toBeGreaterThanOrEqual(3);
  });

  it('XLSX: each measure sheet holds the JSON figures and the reasons where they are hidden', async () => {
    const { res, body } = await download('xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /overblik-skoler-lederevaluering-2026\.xlsx/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const rows: CoverageRow[] = [json.unit, ...json.rows];
    for (const measure of COVERAGE_MEASURES) {
      const sheet = book.getWorksheet(MEASURE_SHORT[measure]);
      if (!sheet) throw new Error(`no sheet ${measure}`);
      rows.forEach((row, r) => {
        const line = sheet.getRow(5 + r);
        expect(line.getCell(1).value).toBe(rowLabel(row, row === json.unit));
        expect(line.getCell(2).value).toBe(row.leaders);
        row.cells.forEach((cell, i) => {
          const value = cell[measure];
          const shownValue = line.getCell(3 + i * 2).value;
          const n = line.getCell(4 + i * 2).value;
          if (value.shown) expect([shownValue, n]).toEqual([value.value, value.n]);
          else expect([shownValue, n]).toEqual([reasonText(value.reason, json.minGroupSize), null]);
        });
      });
      expect(sheet.getRow(5 + rows.length).getCell(1).value).toBeNull();
    }
  });

  it('PDF: tagged, and every row of every measure reads as the JSON cells, in order', async () => {
    const { res, body } = await download('pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const latin1 = body.toString('latin1');
    expect(latin1).toMatch(/\/StructTreeRoot/);
    expect(latin1).toMatch(/\/Lang \(da-DK\)/);
    const text = pdfText(body);
    const rows: CoverageRow[] = [json.unit, ...json.rows];
    let from = 0;
    for (const measure of COVERAGE_MEASURES) {
      for (const row of rows) {
        const expected = [
          rowLabel(row, row === json.unit),
          ...row.cells.map((c) => cellText(measure, c[measure], json.minGroupSize, true)),
        ].join('\n');
        const at = text.indexOf(expected, from);
        expect([measure, rowLabel(row, row === json.unit), at >= 0]).toEqual([
          measure,
          rowLabel(row, row === json.unit),
          true,
        ]);
        from = at + expected.length;
      }
    }
  });

  it('refuses a file type it does not make, and a leader gets no file', async () => {
    const bad = await fetch(`${t.baseUrl}/api/coverage${query}&file=csv`, {
      headers: { cookie: director.cookie },
    });
    expect(bad.status).toBe(400);
    const camilla = await t.signIn(demoAccount('leader').email, demoAccount('leader').password);
    const leader = await fetch(`${t.baseUrl}/api/coverage?file=pdf`, {
      headers: { cookie: camilla.cookie },
    });
    expect(leader.status).toBe(403);
  });
});
