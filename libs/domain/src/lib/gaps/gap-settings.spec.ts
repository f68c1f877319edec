import { DEFAULT_GAP_SETTINGS, validateGapSettings } from './gap-settings';
import type { GapSettings } from './gap-types';

function settings(overrides: Partial<GapSettings> = {}): GapSettings {
  return {
    scale: { min: 1, max: 5 },
    minRespondents: 3,
    weights: { self: 1, manager: 2, employees: 2, survey: 1 },
    blindSpotThreshold: 1,
    ...overrides,
  };
}

describe('DEFAULT_GAP_SETTINGS', () => {
  it('holds the defaults of the brief and passes its own validation', () => {
    expect(DEFAULT_GAP_SETTINGS).toEqual(settings());
    expect(validateGapSettings(DEFAULT_GAP_SETTINGS)).toEqual([]);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(DEFAULT_GAP_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_GAP_SETTINGS.weights)).toBe(true);
    expect(Object.isFrozen(DEFAULT_GAP_SETTINGS.scale)).toBe(true);
  });
});

describe('validateGapSettings', () => {
  it('accepts another scale, a higher anonymity limit and a zero weight', () => {
    expect(
      validateGapSettings(
        settings({
          scale: { min: 0, max: 10 },
          minRespondents: 5,
          weights: { self: 0, manager: 1, employees: 1, survey: 0 },
          blindSpotThreshold: 0.5,
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a negative or missing weight, naming the source in Danish', () => {
    const issues = validateGapSettings(
      settings({ weights: { self: -1, manager: 2, employees: Number.NaN, survey: 1 } }),
    );
    expect(issues).toEqual([
      'Vægten for selvvurdering skal være et tal på mindst 0.',
      'Vægten for medarbejdere skal være et tal på mindst 0.',
    ]);
  });

  it('refuses weights that are all zero', () => {
    expect(
      validateGapSettings(settings({ weights: { self: 0, manager: 0, employees: 0, survey: 0 } })),
    ).toEqual(['Mindst én kilde skal have en vægt over 0.']);
  });

  it.each([0, -3, 2.5, Number.NaN])('refuses %p as the minimum number of respondents', (n) => {
    expect(validateGapSettings(settings({ minRespondents: n }))).toEqual([
      'Mindste antal besvarelser skal være et helt tal på mindst 1.',
    ]);
  });

  it('accepts 1 as the minimum number of respondents', () => {
    expect(validateGapSettings(settings({ minRespondents: 1 }))).toEqual([]);
  });

  it.each([
    { min: 5, max: 5 },
    { min: 5, max: 1 },
    { min: Number.NaN, max: 5 },
  ])('refuses the scale %p', (scale) => {
    expect(validateGapSettings(settings({ scale }))).toEqual([
      'Skalaens minimum skal være et tal, der er mindre end skalaens maksimum.',
    ]);
  });

  it.each([0, -1])('refuses %p as blind spot threshold', (threshold) => {
    expect(validateGapSettings(settings({ blindSpotThreshold: threshold }))).toEqual([
      'Tærsklen for blinde vinkler skal være et tal over 0.',
    ]);
  });

  it('reports every problem at once', () => {
    const issues = validateGapSettings({
      scale: { min: 3, max: 2 },
      minRespondents: 0,
      weights: { self: 0, manager: 0, employees: 0, survey: 0 },
      blindSpotThreshold: 0,
    });
    expect(issues).toHaveLength(4);
  });
});
