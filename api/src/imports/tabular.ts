import ExcelJS from 'exceljs';

/** A spreadsheet as rows of text cells, keyed by the header row's column names. */
export interface Table {
  headers: string[];
  /** Data rows; `line` is the row number a person sees in Excel (header = 1). */
  rows: { line: number; cells: Record<string, string> }[];
}

export class TabularError extends Error {}

const XLSX_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": a zip container

/** True when the bytes are an XLSX (zip) file rather than text. */
export function looksLikeXlsx(bytes: Buffer): boolean {
  return XLSX_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a CSV file as HR systems and Danish Excel write them: UTF-8 with or without a
 * byte-order mark, else Windows-1252 (Excel's "CSV (semikolonsepareret)" on Danish Windows).
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Semicolon (Danish Excel), comma or tab: whichever the header line has most of, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** RFC 4180 CSV: quoted fields may hold the delimiter, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) throw new TabularError('Filen slutter midt i et felt i anførselstegn.');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function toTable(records: string[][]): Table {
  const nonEmpty = (r: string[]) => r.some((cell) => cell.trim() !== '');
  const headerIndex = records.findIndex(nonEmpty);
  if (headerIndex < 0) throw new TabularError('Filen er tom.');
  const headers = records[headerIndex].map((h) => h.trim());
  const rows = records
    .map((cells, index) => ({ cells, line: index + 1 }))
    .slice(headerIndex + 1)
    .filter((r) => nonEmpty(r.cells))
    .map(({ cells, line }) => ({
      line,
      cells: Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])),
    }));
  return { headers, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
  }
  return String(value);
}

/** Reads a CSV or XLSX file (first worksheet) into a table of text cells. */
export async function readTable(bytes: Buffer): Promise<Table> {
  if (!looksLikeXlsx(bytes)) {
    return toTable(parseCsv(decodeText(bytes)));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TabularError('Filen kunne ikke læses som et Excel-regneark (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TabularError('Regnearket har ingen ark.');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    records[rowNumber - 1] = values.map((v) => cellText(v as ExcelJS.CellValue));
  });
  return toTable(Array.from(records, (r) => r ?? []));
}
