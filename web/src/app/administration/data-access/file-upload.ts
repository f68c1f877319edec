import { HttpHeaders } from '@angular/common/http';

export const CSV_CONTENT_TYPE = 'text/csv';
export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The `accept` of a spreadsheet file input. */
export const SPREADSHEET_ACCEPT = '.csv,.xlsx';

/**
 * The media type an import route expects for a file, from its name: browsers label CSV files
 * differently (Windows says application/vnd.ms-excel), so the type the browser gives is not used.
 * Null for a file that is neither CSV nor XLSX.
 */
export function spreadsheetContentType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) {
    return CSV_CONTENT_TYPE;
  }
  if (name.endsWith('.xlsx')) {
    return XLSX_CONTENT_TYPE;
  }
  return null;
}

/** Request options that send a spreadsheet file itself as the body (no multipart). */
export function spreadsheetBodyOptions(file: File): { headers: HttpHeaders } {
  const type = spreadsheetContentType(file);
  if (!type) {
    throw new Error(`Not a CSV or XLSX file: ${file.name}`);
  }
  return { headers: new HttpHeaders({ 'Content-Type': type }) };
}

/** A chosen file's text (UTF-8). FileReader, because it works in every browser and in tests. */
export function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}
