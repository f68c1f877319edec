/**
 * Danish formatting for the exports (dates, money, hours, file names) and the guard that
 * keeps text inside what the PDF's built-in Helvetica can show (WinAnsiEncoding).
 */

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** "1. marts 2027". */
export function danishDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** A date range as Danes write it: "3.–4. marts 2027", "28. februar – 2. marts 2027". */
export function danishDateRange(from: string, to: string): string {
  if (from === to) return danishDate(from);
  const a = parts(from);
  const b = parts(to);
  if (a.y === b.y && a.m === b.m) return `${a.d}.–${b.d}. ${MONTHS[b.m - 1]} ${b.y}`;
  if (a.y === b.y) return `${a.d}. ${MONTHS[a.m - 1]} – ${danishDate(to)}`;
  return `${danishDate(from)} – ${danishDate(to)}`;
}

const DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  dateStyle: 'long',
  timeStyle: 'short',
});
const DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A moment as a Danish date and time in Copenhagen: "27. november 2026 kl. 15.51". */
export function danishDateTime(at: Date): string {
  return DATE_TIME.format(at);
}

/** The calendar day of a moment in Copenhagen, in Danish: "27. november 2026". */
export function danishDay(at: Date): string {
  return danishDate(DAY.format(at));
}

const NUMBER = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('da-DK', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** "4.500 kr.", "1.234,50 kr.". */
export function danishMoney(dkk: number): string {
  const whole = Number.isInteger(dkk);
  const text = whole
    ? NUMBER.format(dkk)
    : new Intl.NumberFormat('da-DK', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(dkk);
  return `${text} kr.`;
}

/** "7,5 t". */
export function danishHours(hours: number): string {
  return `${NUMBER.format(hours)} t`;
}

/** "2,3" (levels and gaps on the rating scale). */
export function danishDecimal(value: number): string {
  return ONE_DECIMAL.format(value);
}

/**
 * A name as a file-name part: lower case, words joined by hyphens, Danish letters kept
 * ("Camilla Nørgaard" → "camilla-nørgaard"); other accents and symbols dropped.
 */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9æøå]+/gi, (chunk) =>
        chunk
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z0-9]+/g, '-'),
      )
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '') || 'leder'
  );
}

/** The ASCII fallback for `filename=`: æ → ae, ø → oe, å → aa. */
export function asciiFileName(name: string): string {
  return name
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/Æ/g, 'Ae')
    .replace(/Ø/g, 'Oe')
    .replace(/Å/g, 'Aa')
    .replace(/[^\w.-]/g, '_');
}

/**
 * `attachment` with both names: `filename` in ASCII for old clients and `filename*`
 * (RFC 5987/6266) in UTF-8 so browsers save "udviklingsplan-camilla-nørgaard-….pdf".
 */
export function attachmentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encoded}`;
}

/**
 * The Unicode code points WinAnsiEncoding has beyond Latin-1 (pdfkit maps these to their
 * byte); everything else outside Latin-1 would come out as a wrong glyph.
 */
const WIN_ANSI_EXTRA = new Set([
  0x0192, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022,
  0x2026, 0x20ac, 0x2030, 0x2039, 0x203a, 0x02c6, 0x2122, 0x0152, 0x0153, 0x02dc, 0x0160, 0x0161,
  0x0178, 0x017d, 0x017e,
]);

/** Look-alikes for characters people paste that WinAnsi lacks. */
const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  // "=>" rather than "->": a line may break after a hyphen, never inside "=>".
  '\u2190': '<-',
  '\u2192': '=>',
  '\u2194': '<=>',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'x',
  '\u2714': 'x',
  '\u2717': 'x',
  '\u25cf': '•',
  '\u25aa': '•',
  '\u25e6': '•',
  '\u2043': '-',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': '\u00a0',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\t': '    ',
  // Letters without a decomposition, common in names.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
};

const showable = (code: number) =>
  code === 0x0a ||
  (code >= 0x20 && code <= 0x7e) ||
  (code >= 0xa0 && code <= 0xff) ||
  WIN_ANSI_EXTRA.has(code);

/**
 * Text the standard PDF fonts can show: æ, ø, å, en dash, curly quotes and the euro sign
 * stay; look-alikes replace arrows, minus signs, odd spaces; accented letters outside
 * WinAnsi lose the accent; anything else becomes "?".
 */
export function winAnsiSafe(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    if (showable(code)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += base && [...base].every((c) => showable(c.codePointAt(0) ?? 0)) ? base : '?';
  }
  return out;
}
