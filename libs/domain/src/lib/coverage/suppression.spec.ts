import { type RowRef, suppress, type SuppressionInput, type TreeUnit } from './suppression';

const unit = (id: string, parentId: string | null = null): TreeUnit => ({ id, parentId });
const u = (unitId: string): RowRef => ({ kind: 'unit', unitId });
const own = (unitId: string): RowRef => ({ kind: 'own', unitId });

/** One column 'x', one base: the number of leaders placed directly in each unit. */
function oneColumn(units: TreeUnit[], leaders: Record<string, number>, min = 5) {
  return suppress({
    units,
    columns: ['x'],
    totalColumn: null,
    own: (id) => [leaders[id] ?? 0],
    reasons: ['too-few'],
    minGroupSize: min,
  });
}

describe('primary suppression', () => {
  it('hides a figure resting on 1 to 4 leaders as too few, and 0 as no data', () => {
    // Three separate trees: no total to subtract from.
    const result = oneColumn([unit('a'), unit('b'), unit('c')], { a: 4, b: 5, c: 0 });
    expect(result.reason(u('a'), 'x')).toBe('too-few');
    expect(result.reason(u('b'), 'x')).toBeNull();
    expect(result.reason(u('c'), 'x')).toBe('no-data');
  });

  it('takes the limit it is given (3 here): 3 shows, 2 does not', () => {
    const result = oneColumn([unit('a'), unit('b'), unit('c')], { a: 3, b: 2, c: 9 }, 3);
    expect(result.reason(u('a'), 'x')).toBeNull();
    expect(result.reason(u('b'), 'x')).toBe('too-few');
  });

  it('hides a figure when a second base is small, with that base’s reason', () => {
    const result = suppress({
      units: [unit('k')],
      columns: ['x'],
      totalColumn: null,
      own: () => [10, 2],
      reasons: ['too-few', 'few-changed'],
      minGroupSize: 5,
    });
    expect(result.reason(u('k'), 'x')).toBe('few-changed');
  });

  it('says "no data" only of a group of 5 or more: none below target among 3 is too few', () => {
    // Bases: leaders below target (the average gap is over them), then the assessed.
    const result = suppress({
      units: [unit('a'), unit('b'), unit('c')],
      columns: ['x'],
      totalColumn: null,
      own: (id) => ({ a: [0, 3], b: [0, 6], c: [0, 0] })[id] ?? [0, 0],
      reasons: ['too-few', 'too-few'],
      minGroupSize: 5,
    });
    expect(result.reason(u('a'), 'x')).toBe('too-few');
    expect(result.reason(u('b'), 'x')).toBe('no-data');
    expect(result.reason(u('c'), 'x')).toBe('no-data');
  });
});

describe('complementary suppression across sub-units', () => {
  it('a one-leader unit: its smallest sibling is hidden too, so 14 − 6 − 7 cannot give it', () => {
    // k = a (1) + b (6) + c (7) = 14 shown: with only a hidden, k − b − c = a's one leader.
    const result = oneColumn([unit('k'), unit('a', 'k'), unit('b', 'k'), unit('c', 'k')], {
      a: 1,
      b: 6,
      c: 7,
    });
    expect(result.reason(u('a'), 'x')).toBe('too-few');
    expect(result.reason(u('b'), 'x')).toBe('complementary');
    expect(result.reason(u('c'), 'x')).toBeNull();
    expect(result.reason(u('k'), 'x')).toBeNull();
    expect(result.bases(u('k'), 'x')).toEqual([14]);
  });

  it('two small siblings protect each other when together they reach the limit', () => {
    // a (3) + b (3) = 6 hidden: k − c gives their joint figure, which rests on 6 leaders.
    const result = oneColumn([unit('k'), unit('a', 'k'), unit('b', 'k'), unit('c', 'k')], {
      a: 3,
      b: 3,
      c: 10,
    });
    expect(result.reason(u('a'), 'x')).toBe('too-few');
    expect(result.reason(u('b'), 'x')).toBe('too-few');
    expect(result.reason(u('c'), 'x')).toBeNull();
  });

  it('siblings that would reveal each other: of 2 + 8 the 8 is hidden as well', () => {
    const result = oneColumn([unit('k'), unit('a', 'k'), unit('b', 'k')], { a: 2, b: 8 });
    expect(result.reason(u('a'), 'x')).toBe('too-few');
    expect(result.reason(u('b'), 'x')).toBe('complementary');
    expect(result.reason(u('k'), 'x')).toBeNull();
  });

  it('hides the smallest shown sibling, not the first', () => {
    const result = oneColumn(
      [unit('k'), unit('a', 'k'), unit('b', 'k'), unit('c', 'k'), unit('d', 'k')],
      { a: 1, b: 9, c: 6, d: 12 },
    );
    expect(result.reason(u('c'), 'x')).toBe('complementary');
    expect(result.reason(u('b'), 'x')).toBeNull();
    expect(result.reason(u('d'), 'x')).toBeNull();
  });
});

describe('unit against parent', () => {
  it('the leaders placed in a unit itself count as a part beside its sub-units', () => {
    // k holds 1 leader itself and has one sub-unit a (9): k (10) − a (9) would be that leader.
    const result = oneColumn([unit('k'), unit('a', 'k')], { k: 1, a: 9 });
    expect(result.reason(own('k'), 'x')).toBe('too-few');
    expect(result.reason(u('a'), 'x')).toBe('complementary');
    expect(result.reason(u('k'), 'x')).toBeNull();
    expect(result.rowsUnder('k')).toEqual([own('k'), u('a')]);
  });

  it('a unit that is exactly its only sub-unit hides nothing (nothing to subtract)', () => {
    const result = oneColumn([unit('k'), unit('a', 'k'), unit('b', 'a')], { b: 8 });
    expect(result.reason(u('k'), 'x')).toBeNull();
    expect(result.reason(u('a'), 'x')).toBeNull();
    expect(result.reason(u('b'), 'x')).toBeNull();
    expect(result.reason(own('a'), 'x')).toBe('no-data');
  });

  it('a leaf has no own row: its leaders are the unit', () => {
    const result = oneColumn([unit('k'), unit('a', 'k'), unit('b', 'k')], { a: 6, b: 7 });
    expect(result.rowsUnder('a')).toEqual([]);
    expect(result.bases(u('a'), 'x')).toEqual([6]);
  });
});

describe('deep trees', () => {
  // k → f1 → d1 → e1 (3), e2 (6); f1 → d2 (7); k → f2 (12); d1 → e3 → g1 (1), g2 (5)
  const units = [
    unit('k'),
    unit('f1', 'k'),
    unit('f2', 'k'),
    unit('d1', 'f1'),
    unit('d2', 'f1'),
    unit('e1', 'd1'),
    unit('e2', 'd1'),
    unit('e3', 'd1'),
    unit('g1', 'e3'),
    unit('g2', 'e3'),
  ];
  const result = oneColumn(units, { e1: 3, e2: 6, d2: 7, f2: 12, g1: 1, g2: 5 });

  it('hides within the level where the small unit sits, and each level above is checked', () => {
    // e3 = g1 (1) + g2 (5): g2 goes with g1.
    expect(result.reason(u('g1'), 'x')).toBe('too-few');
    expect(result.reason(u('g2'), 'x')).toBe('complementary');
    // d1 = e1 (3, too few) + e2 (6) + e3 (6): remainder 3, so e2 or e3 (6 each) goes; the first.
    expect(result.reason(u('e1'), 'x')).toBe('too-few');
    expect(result.reason(u('e2'), 'x')).toBe('complementary');
    expect(result.reason(u('e3'), 'x')).toBeNull();
    // Above, every part is at least 5: f1 = d1 (15) + d2 (7), k = f1 (22) + f2 (12).
    for (const id of ['d1', 'd2', 'f1', 'f2', 'k']) expect(result.reason(u(id), 'x')).toBeNull();
    expect(result.bases(u('k'), 'x')).toEqual([34]);
  });
});

describe('the competency dimension', () => {
  const columns = ['c1', 'c2', 'c3', 'all'];

  it('hides a second competency when one is small and the all-competencies figure is shown', () => {
    // 8 leaders, only 4 assessed in c1: all − c2 − c3 would give c1.
    const bases: Record<string, number> = { c1: 4, c2: 8, c3: 7, all: 8 };
    const result = suppress({
      units: [unit('k')],
      columns,
      totalColumn: 'all',
      own: (_, column) => [bases[column]],
      reasons: ['too-few'],
      minGroupSize: 5,
    });
    expect(result.reason(u('k'), 'c1')).toBe('too-few');
    expect(result.reason(u('k'), 'c3')).toBe('complementary');
    expect(result.reason(u('k'), 'c2')).toBeNull();
    expect(result.reason(u('k'), 'all')).toBeNull();
  });

  it('hides the all-competencies figure when every competency is small', () => {
    // 6 leaders, each assessed in one competency only (2 + 2 + 2): nothing left to hide.
    const bases: Record<string, number> = { c1: 2, c2: 2, c3: 2, all: 6 };
    const result = suppress({
      units: [unit('k')],
      columns,
      totalColumn: 'all',
      own: (_, column) => [bases[column]],
      reasons: ['too-few'],
      minGroupSize: 5,
    });
    expect(result.reason(u('k'), 'all')).toBe('complementary');
  });

  it('a hiding in one dimension is checked in the other', () => {
    // k = a + b. In a, c1 is small (3), so a's c2 goes too; then k's c2 = a (hidden, 6) +
    // b (9): remainder 6, fine. But k's c1 = a (3, hidden) + b (7): remainder 3, so b's c1 goes.
    const data: Record<string, Record<string, number>> = {
      a: { c1: 3, c2: 6, c3: 6, all: 6 },
      b: { c1: 7, c2: 9, c3: 9, all: 9 },
    };
    const result = suppress({
      units: [unit('k'), unit('a', 'k'), unit('b', 'k')],
      columns,
      totalColumn: 'all',
      own: (id, column) => [data[id]?.[column] ?? 0],
      reasons: ['too-few'],
      minGroupSize: 5,
    });
    expect(result.reason(u('a'), 'c1')).toBe('too-few');
    expect(result.reason(u('a'), 'c2')).toBe('complementary');
    expect(result.reason(u('b'), 'c1')).toBe('complementary');
    expect(result.reason(u('b'), 'c2')).toBeNull();
    // b's row: c1 hidden (7) is a remainder of at least 5, so b's other figures stay.
    expect(result.reason(u('b'), 'all')).toBeNull();
  });
});

describe('figures hidden beforehand', () => {
  it('counts a preset figure as hidden and protects it like any other', () => {
    const result = suppress({
      units: [unit('k'), unit('a', 'k'), unit('b', 'k')],
      columns: ['x'],
      totalColumn: null,
      own: (id) => [id === 'a' ? 6 : 9],
      reasons: ['too-few'],
      minGroupSize: 5,
      hidden: (row) => (row.unitId === 'a' ? 'few-changed' : null),
    });
    expect(result.reason(u('a'), 'x')).toBe('few-changed');
    expect(result.reason(u('b'), 'x')).toBeNull();
  });
});

// ---- Property: on random trees no shown total leaves a remainder of 1 to min − 1 ----

function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random tree with two bases per figure: the assessed, then those of them below target
 * (as the share and the projection have them), or in odd seeds the other way round (as
 * the average gap has them, whose first base may be 0 in a group that is not).
 */
function randomInput(seed: number): SuppressionInput {
  const rnd = prng(seed);
  const units: TreeUnit[] = [unit('u0')];
  const count = 5 + Math.floor(rnd() * 40);
  for (let i = 1; i < count; i++) {
    units.push(unit(`u${i}`, units[Math.floor(rnd() * units.length)].id));
  }
  const columns = ['c1', 'c2', 'c3', 'all'];
  const data = new Map<string, number[][]>();
  for (const u of units) {
    // Leaders placed in the unit: often 0 for parents, small numbers frequent.
    const leaders = rnd() < 0.3 ? 0 : Math.floor(rnd() * 9);
    const perColumn = columns.map((column) => {
      const assessed = column === 'all' ? leaders : Math.floor(rnd() * (leaders + 1));
      return [assessed, Math.floor(rnd() * (assessed + 1))];
    });
    // The distinct base of all competencies is at least each competency's.
    perColumn[3][0] = Math.max(...perColumn.map((b) => b[0]));
    perColumn[3][1] = Math.max(...perColumn.map((b) => b[1]));
    data.set(u.id, seed % 2 ? perColumn.map(([assessed, below]) => [below, assessed]) : perColumn);
  }
  return {
    units,
    columns,
    totalColumn: 'all',
    own: (id, column) => data.get(id)?.[columns.indexOf(column)] ?? [0, 0],
    reasons: ['too-few', 'few-changed'],
    minGroupSize: 5,
  };
}

describe('on 200 random trees', () => {
  it('every shown or "no data" figure rests on 0 or at least 5 in each base, and no shown total leaves a small hidden remainder', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const input = randomInput(seed);
      const result = suppress(input);
      const shown = (row: RowRef, column: string) => result.reason(row, column) === null;
      // What a reader cannot know: hidden, and not "no data" (which tells its figure).
      const concealed = (row: RowRef, column: string) =>
        !shown(row, column) && result.reason(row, column) !== 'no-data';
      const rows: RowRef[] = input.units.flatMap((x) => [u(x.id), ...result.rowsUnder(x.id)]);
      for (const row of rows) {
        for (const column of input.columns) {
          // "No data" is said of no one, or of a group of 5 or more.
          const told = shown(row, column) || result.reason(row, column) === 'no-data';
          if (!told) continue;
          for (const n of result.bases(row, column)) expect(n === 0 || n >= 5).toBe(true);
        }
      }
      for (const x of input.units) {
        const parts = result.rowsUnder(x.id);
        if (parts.length === 0) continue;
        for (const column of input.columns) {
          if (!shown(u(x.id), column)) continue;
          for (const b of [0, 1]) {
            const remainder = parts
              .filter((p) => concealed(p, column))
              .reduce((sum, p) => sum + result.bases(p, column)[b], 0);
            expect(remainder === 0 || remainder >= 5).toBe(true);
          }
        }
      }
      for (const row of rows) {
        if (!shown(row, 'all')) continue;
        for (const b of [0, 1]) {
          const remainder = Math.max(
            0,
            ...['c1', 'c2', 'c3']
              .filter((column) => concealed(row, column))
              .map((column) => result.bases(row, column)[b]),
          );
          expect(remainder === 0 || remainder >= 5).toBe(true);
        }
      }
    }
  });
});
