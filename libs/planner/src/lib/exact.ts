/**
 * Exact integer scaling of the model (docs/planner.md, "Exact rows").
 *
 * The planner's numbers are decimals with few digits: gaps have two decimals, effects are
 * 1, 0.5 or 0.25, prices are whole øre, hours tenths, weights steps of 0.5. Read as exact
 * decimals (millionths), every quantity the model compares becomes an integer in a unit of
 * its own: a gap and the effects on it in a grid u_t, the objective coefficients over one
 * common denominator, prices in the greatest common divisor of the prices. On integers the
 * rows that keep an earlier stage's optimum ("closure ≥ Z*", "cost ≤ P*") get half a unit
 * of slack on each side: the optimal plans satisfy them with room to spare, and a plan
 * that is worse violates them by at least half a unit, far beyond any solver tolerance.
 * That replaces the nearly tight rows (`Z* − 10⁻⁷·…`) on which HiGHS proved wrong optima.
 */

/** Decimal places read exactly (millionths). */
const MICRO = 1_000_000;
const MICRO_N = 1_000_000n;

/**
 * Largest value any scaled row or objective may reach. Keeps every sum of integer terms
 * exact in doubles (2^53) with a wide margin, and within what HiGHS resolves to a unit.
 */
export const MAX_EXACT_VALUE = 1e9;

/** A non-negative rational number num/den, den > 0. */
export interface Rational {
  num: bigint;
  den: bigint;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function lcm(a: bigint, b: bigint): bigint {
  return a === 0n || b === 0n ? 0n : (a / gcd(a, b)) * b;
}

/**
 * The value in millionths when it is a decimal with at most six places (within the
 * rounding error of a double), else null. 1.14 → 1140000n; 1/3 → null.
 */
export function toMicro(value: number): bigint | null {
  if (!Number.isFinite(value)) return null;
  const scaled = value * MICRO;
  const rounded = Math.round(scaled);
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled) * 1e-6)) return null;
  return BigInt(rounded);
}

export function rational(num: bigint, den = 1n): Rational {
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** A decimal as an exact rational, or null when it is not one (see toMicro). */
export function decimal(value: number): Rational | null {
  const micro = toMicro(value);
  return micro === null ? null : rational(micro, MICRO_N);
}

/**
 * Integers proportional to the given non-negative decimals, with the unit they count in:
 * values[i] = ints[i] × unit. The unit is the values' greatest common divisor, so the
 * integers are as small as they can be. Null when a value is not a decimal.
 */
export function integerGrid(values: readonly number[]): { ints: number[]; unit: number } | null {
  const micros: bigint[] = [];
  let g = 0n;
  for (const value of values) {
    const micro = toMicro(value);
    if (micro === null || micro < 0n) return null;
    micros.push(micro);
    g = gcd(g, micro);
  }
  if (g === 0n) return { ints: micros.map(() => 0), unit: 1 };
  return { ints: micros.map((m) => Number(m / g)), unit: Number(g) / MICRO };
}

/** How many whole units fit under a limit: ⌊limit / unit⌋, computed on the decimals. */
export function unitsWithin(limit: number, unit: number): number | null {
  const l = toMicro(limit);
  const u = toMicro(unit);
  if (l === null || u === null || u <= 0n) return null;
  return Number(l / u);
}

/**
 * Integers proportional to positive rationals: ints[i] = values[i] × scale, with the
 * smallest scale that makes them all whole. scale as a double (for converting bounds back).
 */
export function commonScale(values: readonly Rational[]): { ints: bigint[]; scale: number } {
  let den = 1n;
  for (const v of values) den = lcm(den, v.den);
  let ints = values.map((v) => (v.num * den) / v.den);
  const g = ints.reduce((acc, v) => gcd(acc, v), 0n);
  if (g > 1n) ints = ints.map((v) => v / g);
  // scale = den / g; as a double it is only used to report bounds in the original unit.
  return { ints, scale: Number(den) / Number(g > 0n ? g : 1n) };
}
