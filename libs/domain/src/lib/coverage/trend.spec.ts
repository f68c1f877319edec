import { membershipChange, stayersByRow, trendChange } from './trend';

describe('membershipChange', () => {
  it('counts who came and who went between two rounds', () => {
    expect(membershipChange(['a', 'b', 'c'], ['b', 'c', 'd', 'e'])).toEqual({ in: 2, out: 1 });
    expect(membershipChange(['a'], ['a'])).toEqual({ in: 0, out: 0 });
  });
});

describe('trendChange', () => {
  const shown = (value: number, n: number) => ({ shown: true as const, value, n });

  it('gives the change in share points when nobody came or went', () => {
    expect(trendChange(shown(0.5, 10), shown(0.6, 10), { in: 0, out: 0 }, 5)).toEqual(
      shown(0.1, 10),
    );
  });

  it('hides the change when 1 to 4 leaders came or went (in and out together)', () => {
    expect(trendChange(shown(0.5, 10), shown(0.6, 11), { in: 1, out: 0 }, 5)).toEqual({
      shown: false,
      reason: 'few-changed',
    });
    expect(trendChange(shown(0.5, 10), shown(0.6, 10), { in: 2, out: 2 }, 5)).toEqual({
      shown: false,
      reason: 'few-changed',
    });
  });

  it('shows the change again from 5 leaders in or out', () => {
    expect(trendChange(shown(0.5, 10), shown(0.4, 12), { in: 3, out: 2 }, 5)).toEqual(
      shown(-0.1, 12),
    );
  });

  it('keeps a hidden round hidden, with its reason', () => {
    expect(
      trendChange({ shown: false, reason: 'too-few' }, shown(0.4, 12), { in: 0, out: 0 }, 5),
    ).toEqual({ shown: false, reason: 'too-few' });
    expect(
      trendChange(shown(0.4, 12), { shown: false, reason: 'complementary' }, { in: 0, out: 0 }, 5),
    ).toEqual({ shown: false, reason: 'complementary' });
  });
});

describe('two rounds with one leader moved', () => {
  // P → A, B. Round 1: A holds x, a1..a5; B holds b1..b5. Round 2: x has moved to B.
  const units = [
    { id: 'P', parentId: null },
    { id: 'A', parentId: 'P' },
    { id: 'B', parentId: 'P' },
  ];
  const round1 = { A: ['x', 'a1', 'a2', 'a3', 'a4', 'a5'], B: ['b1', 'b2', 'b3', 'b4', 'b5'] };
  const round2 = { A: ['a1', 'a2', 'a3', 'a4', 'a5'], B: ['x', 'b1', 'b2', 'b3', 'b4', 'b5'] };
  const stayers = stayersByRow(units, [
    { earlierUnitId: 'A', laterUnitId: 'A', leaders: 5 },
    { earlierUnitId: 'B', laterUnitId: 'B', leaders: 5 },
    { earlierUnitId: 'A', laterUnitId: 'B', leaders: 1 },
  ]);

  it('the move is one out of A and one into B, and no change for P', () => {
    const change = (unit: 'A' | 'B') => membershipChange(round1[unit], round2[unit]);
    expect(change('A')).toEqual({ in: 0, out: 1 });
    expect(change('B')).toEqual({ in: 1, out: 0 });
    const all = (r: typeof round1) => [...r.A, ...r.B];
    expect(membershipChange(all(round1), all(round2))).toEqual({ in: 0, out: 0 });
  });

  it('stayersByRow gives the same from unit pairs, without the people', () => {
    const row = (unitId: string) => ({ kind: 'unit' as const, unitId });
    expect(stayers(row('A'))).toBe(5);
    expect(stayers(row('B'))).toBe(5);
    expect(stayers(row('P'))).toBe(11);
    expect(stayers({ kind: 'own', unitId: 'P' })).toBe(0);
    // in = later − stayers, out = earlier − stayers
    expect([6 - stayers(row('B')), 6 - stayers(row('A'))]).toEqual([1, 1]);
  });

  it('so the change is hidden for A and B and shown for P', () => {
    const shown = (value: number, n: number) => ({ shown: true as const, value, n });
    const a = trendChange(shown(0.5, 6), shown(0.6, 5), { in: 0, out: 1 }, 5);
    const p = trendChange(shown(0.5, 11), shown(0.6, 11), { in: 0, out: 0 }, 5);
    expect(a).toEqual({ shown: false, reason: 'few-changed' });
    expect(p.shown).toBe(true);
  });
});
