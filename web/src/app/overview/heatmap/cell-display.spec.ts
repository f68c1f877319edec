import { band, cellDisplay, changeText, meter, valueText } from './cell-display';

describe('cell display', () => {
  it('bands shares every 20 points and average gaps the other way round', () => {
    expect([0, 0.19, 0.2, 0.5999, 0.6, 0.8, 1].map((v) => band('met', v))).toEqual([
      0, 0, 1, 2, 3, 4, 4,
    ]);
    expect([1.3, 1, 0.75, 0.6, 0.25, 0.1, 0].map((v) => band('gap', v))).toEqual([
      0, 0, 1, 2, 3, 4, 4,
    ]);
  });

  it('shows the band as dots, so it reads without colour', () => {
    expect(meter(0)).toBe('○○○○');
    expect(meter(3)).toBe('●●●○');
  });

  it('writes shares as whole percent and gaps with two decimals, in each language', () => {
    expect(valueText('met', 0.5263, 'da')).toBe('53 %');
    expect(valueText('projected', 0.7368, 'en')).toBe('74 %');
    expect(valueText('gap', 0.52, 'da')).toBe('0,52');
    expect(valueText('gap', 0.5, 'en')).toBe('0.50');
  });

  it('writes a change in points with its sign', () => {
    expect(changeText(0.1234, 'da')).toBe('+12');
    expect(changeText(-0.031, 'da')).toBe('−3');
    expect(changeText(0.001, 'da')).toBe('0');
  });

  it('explains a hidden figure by its reason, and keeps n with a shown one', () => {
    expect(cellDisplay('met', { shown: false, reason: 'too-few' }, 'da')).toEqual({
      shown: false,
      reason: 'too-few',
      reasonKey: 'overview.reason.tooFew',
    });
    expect(cellDisplay('met', { shown: true, value: 0.8, n: 19 }, 'da')).toEqual({
      shown: true,
      text: '80 %',
      n: 19,
      band: 4,
      meter: '●●●●',
    });
  });
});
