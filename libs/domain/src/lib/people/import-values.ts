/** Parsing of the cell values HR exports contain, shared by the organisation imports. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A normalised (trimmed, lower-case) e-mail, or null when it is not one. */
export function parseEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return EMAIL.test(email) && email.length <= 254 ? email : null;
}

/**
 * A date as Danish HR systems write it (dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy) or ISO
 * (yyyy-mm-dd), as an ISO date; null when it is not a real calendar date.
 */
export function parseDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(v);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : danish
      ? [danish[3], danish[2], danish[1]]
      : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** ja/nej, yes/no, true/false, 1/0, x/blank (blank = default). */
export function parseYesNo(value: string, fallback: boolean): boolean | null {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (['ja', 'j', 'yes', 'y', 'true', '1', 'x', 'aktiv'].includes(v)) return true;
  if (['nej', 'n', 'no', 'false', '0', 'inaktiv', 'fratrådt'].includes(v)) return false;
  return null;
}

/** Header names are matched without case, spaces, dashes or underscores. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s\-_.]/g, '');
}
