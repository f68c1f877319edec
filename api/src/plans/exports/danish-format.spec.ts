import {
  attachmentDisposition,
  danishDate,
  danishDateRange,
  danishDateTime,
  danishMoney,
  fileSlug,
  winAnsiSafe,
} from './danish-format';

describe('Danish formatting for the exports', () => {
  it('writes dates and ranges as Danes do', () => {
    expect(danishDate('2027-03-01')).toBe('1. marts 2027');
    expect(danishDateRange('2027-03-03', '2027-03-03')).toBe('3. marts 2027');
    expect(danishDateRange('2027-03-03', '2027-03-04')).toBe('3.–4. marts 2027');
    expect(danishDateRange('2027-02-28', '2027-03-02')).toBe('28. februar – 2. marts 2027');
    expect(danishDateRange('2026-12-30', '2027-01-02')).toBe('30. december 2026 – 2. januar 2027');
  });

  it('prints the time in Copenhagen, summer and winter', () => {
    expect(danishDateTime(new Date('2026-11-27T14:05:00Z'))).toBe('27. november 2026 kl. 15.05');
    expect(danishDateTime(new Date('2027-07-01T22:30:00Z'))).toBe('2. juli 2027 kl. 00.30');
  });

  it('writes money with Danish separators', () => {
    expect(danishMoney(4500)).toBe('4.500 kr.');
    expect(danishMoney(1234.5)).toBe('1.234,50 kr.');
    expect(danishMoney(0)).toBe('0 kr.');
  });

  it('keeps æ, ø and å in the file name and gives an ASCII fallback', () => {
    expect(fileSlug('Camilla Nørgaard')).toBe('camilla-nørgaard');
    expect(fileSlug('  Åse Ærø-Müller (vikar) ')).toBe('åse-ærø-muller-vikar');
    expect(fileSlug('***')).toBe('leder');
    expect(attachmentDisposition('udviklingsplan-camilla-nørgaard-2027-01-01.pdf')).toBe(
      `attachment; filename="udviklingsplan-camilla-noergaard-2027-01-01.pdf"; filename*=UTF-8''udviklingsplan-camilla-n%C3%B8rgaard-2027-01-01.pdf`,
    );
  });

  it('keeps what WinAnsi shows and replaces what it lacks', () => {
    const kept = 'Æble, ø og å – “citat” ‘enkelt’ … € • — é ü';
    expect(winAnsiSafe(kept)).toBe(kept);
    expect(winAnsiSafe('a → b ≥ 3 − 1\u00a0x\u202fy\u200bz')).toBe(
      'a => b >= 3 - 1\u00a0x\u00a0yz',
    );
    expect(winAnsiSafe('Łódź ✓')).toBe('Lódz x');
    expect(winAnsiSafe('日本 🎓')).toBe('?? ?');
    expect(winAnsiSafe('linje 1\r\nlinje 2\tslut')).toBe('linje 1\nlinje 2    slut');
  });
});
