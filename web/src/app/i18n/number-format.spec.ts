import { formatDecimal, formatDifference } from './number-format';

describe('number formatting', () => {
  it('uses a decimal comma in Danish and a point in English, with a fixed number of decimals', () => {
    expect(formatDecimal(3.36, 'da')).toBe('3,4');
    expect(formatDecimal(4, 'da')).toBe('4,0');
    expect(formatDecimal(3.36, 'en')).toBe('3.4');
    expect(formatDecimal(3.355, 'da', 2)).toBe('3,36');
  });

  it('writes differences without sign, and never rounds a real one to 0,0', () => {
    expect(formatDifference(-1.26, 'da')).toBe('1,3');
    expect(formatDifference(0.04, 'da')).toBe('0,04');
    expect(formatDifference(0, 'da')).toBe('0,0');
  });
});
