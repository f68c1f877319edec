import { dayAfter, escapeText, eventLines, foldLine, icsUtc, writeCalendar } from './ics-writer';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf\rg')).toBe('a\\\\b\\; c\\, d\\ne\\nf\\ng');
    expect(escapeText('Ikast Rådhus: lokale 2')).toBe('Ikast Rådhus: lokale 2');
  });

  it('leaves lines of up to 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets with a leading space on continuation lines', () => {
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(3);
    expect(octets(parts[0])).toBe(75);
    expect(parts[1].startsWith(' ')).toBe(true);
    expect(octets(parts[1])).toBe(75);
    expect(parts.every((p) => octets(p) <= 75)).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a multi-byte character when folding (æ, ø, å, emoji)', () => {
    // 'SUMMARY:' is 8 octets; 'ø' is 2 octets, so octet 75 falls in the middle of one.
    const line = `SUMMARY:${'ø'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(octets(parts[0])).toBe(74);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Each physical line is whole UTF-8: a cut surrogate pair would not survive the round trip.
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    }
    expect(unfold(folded)).toBe(line);

    const emoji = `SUMMARY:${'å'.repeat(33)}🎓${'æ'.repeat(40)}`;
    const emojiParts = foldLine(emoji).split('\r\n');
    expect(emojiParts.every((p) => octets(p) <= 75)).toBe(true);
    expect(emojiParts.every((p) => Buffer.from(p, 'utf8').toString('utf8') === p)).toBe(true);
    expect(emojiParts.some((p) => p.includes('🎓'))).toBe(true);
    expect(unfold(foldLine(emoji))).toBe(emoji);
  });

  it('ends an all-day event on the day after its last day, across months and leap days', () => {
    expect(dayAfter('2027-03-04')).toBe('20270305');
    expect(dayAfter('2027-01-31')).toBe('20270201');
    expect(dayAfter('2028-02-28')).toBe('20280229');
    expect(dayAfter('2027-12-31')).toBe('20280101');
    expect(() => dayAfter('31-12-2027')).toThrow();
  });

  it('writes DTSTAMP in UTC', () => {
    expect(icsUtc(new Date('2026-11-27T14:05:09.123+01:00'))).toBe('20261127T130509Z');
  });

  it('writes an event with date values and optional fields left out', () => {
    const stamp = new Date('2026-11-27T12:00:00Z');
    expect(
      eventLines(
        { uid: 'a@lederloeft', startDate: '2027-03-01', endDate: '2027-03-01', summary: 'Møde' },
        stamp,
      ),
    ).toEqual([
      'BEGIN:VEVENT',
      'UID:a@lederloeft',
      'DTSTAMP:20261127T120000Z',
      'DTSTART;VALUE=DATE:20270301',
      'DTEND;VALUE=DATE:20270302',
      'SUMMARY:Møde',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ]);
  });

  it('writes a whole calendar with CRLF line ends, folded lines and a final CRLF', () => {
    const text = writeCalendar({
      prodId: '-//Ikast-Brande Kommune//Lederløft//DA',
      name: 'Udviklingsplan, Camilla Nørgaard',
      stamp: new Date('2026-11-27T12:00:00Z'),
      events: [
        {
          uid: 'b@lederloeft',
          startDate: '2027-03-01',
          endDate: '2027-03-02',
          summary: `Lang titel med æøå ${'ø'.repeat(50)}`,
          location: 'Ikast Rådhus, lokale 2',
          description: 'Linje 1\nLinje 2',
          status: 'TENTATIVE',
        },
      ],
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain('X-WR-CALNAME:Udviklingsplan\\, Camilla Nørgaard');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('LOCATION:Ikast Rådhus\\, lokale 2');
    expect(lines).toContain('DESCRIPTION:Linje 1\\nLinje 2');
    expect(lines).toContain(`SUMMARY:Lang titel med æøå ${'ø'.repeat(50)}`);
    expect(lines).toContain('DTEND;VALUE=DATE:20270303');
  });
});
