/**
 * A small RFC 5545 (iCalendar) writer: all-day events only, which is all the plan export
 * needs. Pure: no Nest, no I/O, so folding and escaping are unit-tested on their own.
 */

export interface IcsAllDayEvent {
  /** Globally unique and stable across exports, so a re-import updates instead of duplicating. */
  uid: string;
  /** First day, ISO date (YYYY-MM-DD). */
  startDate: string;
  /** Last day, inclusive, ISO date; DTEND is written as the day after (RFC 5545 is exclusive). */
  endDate: string;
  summary: string;
  location?: string | null;
  description?: string | null;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** OPAQUE blocks the day in free/busy; TRANSPARENT only marks it. */
  transparency?: 'OPAQUE' | 'TRANSPARENT';
}

export interface IcsCalendar {
  prodId: string;
  /** Shown by Apple Calendar, Google and Outlook as the calendar's name (X-WR-CALNAME). */
  name: string;
  /** When the file is made: DTSTAMP of every event. */
  stamp: Date;
  events: IcsAllDayEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1); each continuation
 * starts with one space, which counts. Splits only between code points, so a multi-byte
 * UTF-8 character (æ, ø, å, emoji) is never cut in two.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** ISO date (YYYY-MM-DD) to the DATE form YYYYMMDD. */
export function icsDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Not an ISO date: ${iso}`);
  return iso.replace(/-/g, '');
}

/** The calendar day after an ISO date, as YYYYMMDD: the exclusive end of an all-day event. */
export function dayAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not an ISO date: ${iso}`);
  date.setUTCDate(date.getUTCDate() + 1);
  return icsDate(date.toISOString().slice(0, 10));
}

/** A UTC DATE-TIME: YYYYMMDDTHHMMSSZ. */
export function icsUtc(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The lines of one event, unfolded. */
export function eventLines(event: IcsAllDayEvent, stamp: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART;VALUE=DATE:${icsDate(event.startDate)}`,
    `DTEND;VALUE=DATE:${dayAfter(event.endDate)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.status ? [`STATUS:${event.status}`] : []),
    `TRANSP:${event.transparency ?? 'OPAQUE'}`,
    'END:VEVENT',
  ];
}

/** The whole file: folded lines, CRLF after every line (the last included). */
export function writeCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
