import { DomainError } from '@lederloeft/domain';
import { readTable, TabularError, type Table } from './tabular';

/**
 * The uploaded file of an import route (the raw request body) as a table; a missing, empty
 * or unreadable file is a 400 with a message that says what to send.
 */
export async function readUploadedTable(body: unknown): Promise<Table> {
  // A JSON or form body is not a file: only text/csv and XLSX bodies arrive as bytes.
  if (!Buffer.isBuffer(body)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Send filen selv som indhold, med Content-Type text/csv eller application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.',
    );
  }
  if (body.length === 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Filen er tom. Vælg en CSV- eller Excel-fil (.csv, .xlsx).',
    );
  }
  try {
    return await readTable(body);
  } catch (error) {
    if (error instanceof TabularError) throw new DomainError('VALIDATION_FAILED', error.message);
    throw error;
  }
}

/** The 400 of an import with row errors: nothing was written. */
export function importRejected(
  errors: { line: number; path: string; message: string }[],
): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    `Filen har ${errors.length} fejl; intet er indlæst. Ret filen, og prøv igen.`,
    errors.map((e) => ({ path: `række ${e.line}: ${e.path}`, message: e.message })),
  );
}
