import ExcelJS from 'exceljs';
import { decodeText, detectDelimiter, parseCsv, readTable } from './tabular';

describe('decodeText', () => {
  it('reads UTF-8 with a byte-order mark, UTF-8 without, and Windows-1252', () => {
    const text = 'Navn;Enhed\nSøren Ærø;Børnehuset Å\n';
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])),
    ).toBe(text);
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    // Windows-1252 bytes: ø = 0xF8, Æ = 0xC6, Å = 0xC5 (invalid as UTF-8).
    const bytes = Buffer.from('Navn;Enhed\nS\xf8ren \xc6r\xf8;B\xf8rnehuset \xc5\n', 'latin1');
    expect(decodeText(bytes)).toBe(text);
  });
});

describe('parseCsv', () => {
  it('detects the semicolon of Danish Excel, and comma or tab', () => {
    expect(detectDelimiter('Navn;E-mail;Beløb\n')).toBe(';');
    expect(detectDelimiter('name,email\n')).toBe(',');
    expect(detectDelimiter('name\temail\n')).toBe('\t');
    // A comma inside quotes does not count.
    expect(detectDelimiter('"Hansen, Jens";E-mail\n')).toBe(';');
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields; CRLF line ends', () => {
    const csv = 'Navn;Note\r\n"Hansen; Jens";"Sagde ""hej""\r\npå to linjer"\r\nAnne;\r\n';
    expect(parseCsv(csv, ';')).toEqual([
      ['Navn', 'Note'],
      ['Hansen; Jens', 'Sagde "hej"\r\npå to linjer'],
      ['Anne', ''],
    ]);
  });

  it('refuses a file that ends inside a quoted field', () => {
    expect(() => parseCsv('a;"b\n', ';')).toThrow('anførselstegn');
  });
});

describe('readTable', () => {
  it('turns a CSV into rows keyed by header, with Excel line numbers, skipping blank lines', async () => {
    const table = await readTable(
      Buffer.from('\uFEFFNavn;E-mail\n\nAnne;anne@x.dk\nBo ;bo@x.dk\n', 'utf8'),
    );
    expect(table.headers).toEqual(['Navn', 'E-mail']);
    expect(table.rows).toEqual([
      { line: 3, cells: { Navn: 'Anne', 'E-mail': 'anne@x.dk' } },
      { line: 4, cells: { Navn: 'Bo', 'E-mail': 'bo@x.dk' } },
    ]);
  });

  it('reads the first worksheet of an XLSX file, dates as ISO dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ledere');
    sheet.addRow(['Navn', 'Startdato', 'Antal']);
    sheet.addRow(['Søren', new Date(Date.UTC(2019, 7, 1)), 12]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const table = await readTable(bytes);
    expect(table.rows).toEqual([
      { line: 2, cells: { Navn: 'Søren', Startdato: '2019-08-01', Antal: '12' } },
    ]);
  });

  it('says so when a file is not a spreadsheet at all', async () => {
    await expect(readTable(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(
      'Excel-regneark',
    );
    await expect(readTable(Buffer.from('\n\n'))).rejects.toThrow('tom');
  });
});
