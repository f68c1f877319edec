import { gapProfile, offer, SMALL_FRAMEWORK, smallInput } from '../test/fixtures';
import { commonScale, integerGrid, rational, toMicro, unitsWithin } from './exact';
import { formulate } from './formulation';

describe('exact decimals', () => {
  it('reads decimals with up to six places exactly, and nothing else', () => {
    expect(toMicro(1.14)).toBe(1_140_000n);
    expect(toMicro(0.1 + 0.2)).toBe(300_000n);
    expect(toMicro(30_000.01)).toBe(30_000_010_000n);
    expect(toMicro(1 / 3)).toBeNull();
    expect(toMicro(0.0000001)).toBeNull();
    expect(toMicro(Number.NaN)).toBeNull();
  });

  it('counts values in their greatest common divisor', () => {
    expect(integerGrid([250, 1000, 2500, 0])).toEqual({ ints: [1, 4, 10, 0], unit: 250 });
    expect(integerGrid([42.01, 250])).toEqual({ ints: [4201, 25000], unit: 0.01 });
    expect(integerGrid([42.02, 250])).toEqual({ ints: [2101, 12500], unit: 0.02 });
    expect(integerGrid([0, 0])).toEqual({ ints: [0, 0], unit: 1 });
    expect(integerGrid([1, 1 / 3])).toBeNull();
    expect(unitsWithin(18_377.09, 0.01)).toBe(1_837_709);
    expect(unitsWithin(1000, 250)).toBe(4);
    expect(unitsWithin(999.99, 250)).toBe(3);
  });

  it('puts rationals over one denominator, as small as possible', () => {
    // 1/2, 1/6, 1/3 → 3, 1, 2 (scale 6).
    const { ints, scale } = commonScale([rational(1n, 2n), rational(1n, 6n), rational(1n, 3n)]);
    expect(ints).toEqual([3n, 1n, 2n]);
    expect(scale).toBe(6);
  });

  it('builds the model on integers: gaps and effects in grid units, weights over one denominator', () => {
    // Gap 1.14 on a, behaviours a.1 0.5 and a.2 0.62; a strong effect (1.0, named a.1).
    const input = smallInput(
      [offer({ id: 'o1', price: 1250, effects: [['a', 'strong', ['a.1']]] })],
      {
        gaps: gapProfile(SMALL_FRAMEWORK, {
          a: { gap: 1.14, behaviours: { 'a.1': 0.5, 'a.2': 0.62 } },
        }),
        priorities: { weights: { a: 1.5 } },
      },
    );
    const { exact, scoring, model } = formulate(input);
    expect(exact).not.toBeNull();
    if (!exact) return;
    const [whole, b1, b2] = [0, 1, 2];
    expect(scoring.terms.map((t) => t.key)).toEqual(['a', 'a.1', 'a.2']);
    // Grids: gcd(1.14, 1) = 0.02; gcd(0.5, 0.5) = 0.5; gcd(0.62, 0.5) = 0.02.
    expect(exact.termUnit).toEqual([0.02, 0.5, 0.02]);
    expect(exact.termCap).toEqual([57, 1, 31]);
    expect(exact.effectUnits[0].get(whole)).toBe(50);
    expect(exact.effectUnits[0].get(b1)).toBe(1);
    expect(exact.effectUnits[0].get(b2)).toBe(25);
    // Coefficients 0.75, 0.375, 0.375 times the units: 0.015, 0.1875, 0.0075 → 2 : 25 : 1.
    expect(exact.termWeight).toEqual([2, 25, 1]);
    expect(exact.closureScale).toBeCloseTo(1 / 0.0075, 9);
    expect(exact.prices).toEqual([1]);
    expect(exact.priceUnit).toBe(1250);
    // The closure objective is whole numbers; the closure columns count whole units (integer
    // columns up to the gap in units), entering their rows as u_t · z. Prices stay in DKK,
    // on their grid of 1,250 DKK.
    const { closure, integrality, colUpper, rowNames, starts, indices, values } = model;
    expect(closure.every((v) => Number.isInteger(v))).toBe(true);
    const z = formulate(input).termColumns;
    expect(z.map((c) => [integrality[c], colUpper[c]])).toEqual([
      [1, 57],
      [1, 1],
      [1, 31],
    ]);
    const row = rowNames.indexOf('closure_2');
    const entries = indices
      .slice(starts[row], starts[row + 1])
      .map((c, k) => [c, values[starts[row] + k]]);
    expect(entries).toEqual([
      [z[2], 0.02],
      [0, -0.5],
    ]);
    expect(model.cost[0]).toBe(1250);
    expect(model.rowUpper[rowNames.indexOf('budget')]).toBe(100_000);
  });
});
