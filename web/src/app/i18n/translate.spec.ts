import { da } from './da';
import { en } from './en';
import { formatLongDate, formatTime, localize, translate } from './translate';

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('da', 'framework.edition', { edition: 2 })).toBe('Udgave 2');
    expect(translate('en', 'framework.edition', { edition: 2 })).toBe('Edition 2');
  });

  it('picks the plural form from count', () => {
    expect(translate('da', 'competency.behaviourCount', { count: 1 })).toBe('1 eksempel på adfærd');
    expect(translate('da', 'competency.behaviourCount', { count: 8 })).toBe(
      '8 eksempler på adfærd',
    );
    expect(translate('en', 'competency.behaviourCount', { count: 1 })).toBe(
      '1 example of behaviour',
    );
    expect(translate('en', 'competency.dogmaCount', { count: 2 })).toBe('2 dogmas');
  });

  it('leaves unknown placeholders visible rather than silently dropping them', () => {
    expect(translate('da', 'framework.edition')).toBe('Udgave {edition}');
  });

  it('has an English string of the same shape for every Danish key', () => {
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect(typeof en[key]).toBe(typeof da[key]);
      expect(en[key]).not.toBe('');
    }
  });
});

describe('localize', () => {
  it('returns the text of the language, and Danish when the translation is blank', () => {
    expect(localize({ da: 'Dialog', en: 'Dialogue' }, 'en')).toBe('Dialogue');
    expect(localize({ da: 'Dialog', en: ' ' }, 'en')).toBe('Dialog');
    expect(localize(null, 'da')).toBe('');
  });
});

describe('formatLongDate', () => {
  it('formats in Danish and English, in Danish time', () => {
    expect(formatLongDate('2026-11-27T09:54:45.704Z', 'da')).toBe('27. november 2026');
    expect(formatLongDate('2026-11-27T09:54:45.704Z', 'en')).toBe('27 November 2026');
    // 23:30 UTC on 31 December is already New Year in Copenhagen.
    expect(formatLongDate('2026-12-31T23:30:00Z', 'da')).toBe('1. januar 2027');
  });
});

describe('formatTime', () => {
  it('gives the clock time in Danish time, in the notation of each language', () => {
    // 13:32 UTC is 14:32 in Copenhagen in November.
    expect(formatTime('2026-11-27T13:32:00Z', 'da')).toBe('14.32');
    expect(formatTime('2026-11-27T13:32:00Z', 'en')).toBe('14:32');
  });

  it('formats a date-only value (a start date) as that day', () => {
    expect(formatLongDate('2019-03-01', 'da')).toBe('1. marts 2019');
  });
});
