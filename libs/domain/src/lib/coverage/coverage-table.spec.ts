import type { CoverageValue } from '@lederloeft/contracts';
import { countFacts, type GroupCounts } from './coverage-counts';
import { type BudgetCounts, buildBudgetTable, buildCoverageTable } from './coverage-table';
import type { LeaderCoverageFact } from './leader-facts';
import { type RowRef, type TreeUnit } from './suppression';

/**
 * The worked example of docs/coverage.md: Børn og Unge (B, the director herself) with
 * Dagtilbud (D: its chef, d1 with 3 leaders, d2 with 4) and Skoler (S: its chef, s1 with
 * 6, s2 with 5), one competency "h". Every figure below is worked out by hand in the doc.
 */
type Spec = ['met'] | ['gap', number, number?] | ['no-target'] | ['no-evidence'];
const leader = (spec: Spec): LeaderCoverageFact[] => {
  const [status, gap, effect] = spec;
  const judged = status === 'met' || status === 'gap';
  return [
    {
      competencyKey: 'h',
      status,
      gap: status === 'gap' ? (gap as number) : status === 'met' ? -0.2 : null,
      planned: effect !== undefined,
      effect: effect ?? 0,
      projectedMet: !judged ? null : status === 'met' || (effect ?? 0) >= (gap as number),
    },
  ];
};
const group = (...specs: Spec[]): GroupCounts => countFacts(specs.map(leader), ['h']);

const units: TreeUnit[] = [
  { id: 'K', parentId: null },
  { id: 'B', parentId: 'K' },
  { id: 'D', parentId: 'B' },
  { id: 'S', parentId: 'B' },
  { id: 'd1', parentId: 'D' },
  { id: 'd2', parentId: 'D' },
  { id: 's1', parentId: 'S' },
  { id: 's2', parentId: 'S' },
];
const own = new Map<string, GroupCounts>([
  ['B', group(['met'])],
  ['D', group(['met'])],
  ['S', group(['gap', 0.7, 1])],
  ['d1', group(['met'], ['gap', 0.5, 0.5], ['no-evidence'])],
  ['d2', group(['met'], ['met'], ['gap', 1, 0.5], ['gap', 0.3])],
  ['s1', group(['met'], ['met'], ['met'], ['gap', 0.4, 1], ['gap', 0.6, 0.5], ['gap', 0.2])],
  ['s2', group(['met'], ['met'], ['gap', 0.5, 0.5], ['gap', 0.5], ['no-target'])],
]);
const table = buildCoverageTable({ units, competencyKeys: ['h'], own, minGroupSize: 5 });
const unitRow = (unitId: string): RowRef => ({ kind: 'unit', unitId });
const ownRow = (unitId: string): RowRef => ({ kind: 'own', unitId });
const h = (row: RowRef) => table.cells(row)[0];
const hidden = (reason: string): CoverageValue => ({ shown: false, reason }) as CoverageValue;

describe('share meeting target (base: assessed leaders)', () => {
  it('shows Børn og Unge: 10 of 19 assessed leaders meet their target', () => {
    expect(h(unitRow('B')).met).toEqual({ shown: true, value: 0.5263, n: 19 });
  });

  it('keeps not assessed apart from below target: d1 has 3 leaders, 2 assessed, 1 not', () => {
    expect(table.counts(unitRow('d1')).competencies['h']).toMatchObject({
      leaders: 3,
      assessed: 2,
      notAssessed: 1,
      below: 1,
    });
  });

  it('hides Dagtilbud (7) so that the director’s own figure (1) is not 19 − 7 − 11', () => {
    expect(h(ownRow('B')).met).toEqual(hidden('too-few'));
    expect(h(unitRow('D')).met).toEqual(hidden('complementary'));
    expect(h(unitRow('S')).met).toEqual({ shown: true, value: 0.4545, n: 11 });
  });

  it('inside Skoler, s2 (4 assessed) and the chef (1) are hidden together: 5, so s1 shows', () => {
    expect(h(unitRow('s2')).met).toEqual(hidden('too-few'));
    expect(h(ownRow('S')).met).toEqual(hidden('too-few'));
    expect(h(unitRow('s1')).met).toEqual({ shown: true, value: 0.5, n: 6 });
  });

  it('hides the not-assessed and no-target counts wherever the share is hidden', () => {
    expect(h(unitRow('s2')).noTarget).toBeNull();
    expect(h(unitRow('S'))).toMatchObject({ noTarget: 1, notAssessed: 0 });
    expect(h(unitRow('B'))).toMatchObject({ noTarget: 1, notAssessed: 1 });
  });
});

describe('average gap and plan coverage (base: leaders below target)', () => {
  it('Børn og Unge: 9 below target, average gap 4.7 / 9; Skoler (6) hidden, or B − S gives D (3)', () => {
    expect(h(unitRow('S')).gap).toEqual(hidden('complementary'));
    expect(h(unitRow('B')).gap).toEqual({ shown: true, value: 0.52, n: 9 });
  });

  it('6 of the 9 below target in Børn og Unge have a plan that addresses the competency', () => {
    expect(h(unitRow('B')).planned).toEqual({ shown: true, value: 0.6667, n: 9 });
  });

  it('the director alone meets her target, yet her row says too few, not "no data"', () => {
    // "Nobody below target" about one leader would say that she meets it.
    expect(h(ownRow('B')).gap).toEqual(hidden('too-few'));
    expect(h(ownRow('B')).planned).toEqual(hidden('too-few'));
  });

  describe('a small group with nobody below target (P: x 3 all meet, y 6, z 7, w 8 all meet)', () => {
    const small = buildCoverageTable({
      units: [
        { id: 'P', parentId: null },
        { id: 'x', parentId: 'P' },
        { id: 'y', parentId: 'P' },
        { id: 'z', parentId: 'P' },
        { id: 'w', parentId: 'P' },
      ],
      competencyKeys: ['h'],
      own: new Map<string, GroupCounts>([
        ['x', group(['met'], ['met'], ['met'])],
        ['y', group(['met'], ...Array.from({ length: 5 }, (): Spec => ['gap', 0.4]))],
        ['z', group(['met'], ['met'], ...Array.from({ length: 5 }, (): Spec => ['gap', 0.6]))],
        ['w', group(...Array.from({ length: 8 }, (): Spec => ['met']))],
      ]),
      minGroupSize: 5,
    });
    const cell = (id: string) => small.cells(unitRow(id))[0];

    it('x is too few, and y (the smallest shown by assessed) goes with it, so P − y − z − w cannot say x has nobody below', () => {
      expect(cell('x').gap).toEqual(hidden('too-few'));
      expect(cell('y').gap).toEqual(hidden('complementary'));
      // z: 5 below with gaps 0.6 each.
      expect(cell('z').gap).toEqual({ shown: true, value: 0.6, n: 5 });
      // P: 10 below, (5 × 0.4 + 5 × 0.6) / 10.
      expect(cell('P').gap).toEqual({ shown: true, value: 0.5, n: 10 });
    });

    it('w, eight who all meet the target, says "no data" for the gap (about eight, not one), and that is no cover for x', () => {
      expect(cell('w').gap).toEqual(hidden('no-data'));
      expect(cell('w').met).toEqual({ shown: true, value: 1, n: 8 });
      // Had w's "no data" counted as hidden beside x (3 + 8), y would show and
      // P − y − z − w = 0 below would tell that all three in x meet the target.
    });
  });
});

describe('projected coverage (bases: assessed, and the leaders below target it is about)', () => {
  it('Børn og Unge: 14 of 19 are expected to meet the target once the plans are done', () => {
    expect(h(unitRow('B')).projected).toEqual({ shown: true, value: 0.7368, n: 19 });
  });

  it('hides a projection that would tell what the plans of 1 to 4 leaders below target do', () => {
    // s1: 6 assessed, 3 below: its projection − its share would describe those three.
    expect(h(unitRow('s1')).projected).toEqual(hidden('few-changed'));
    expect(h(unitRow('D')).projected).toEqual(hidden('few-changed'));
    // Skoler (6 below) goes too, or B − D − S would give the director's and Dagtilbud's.
    expect(h(unitRow('S')).projected).toEqual(hidden('complementary'));
  });
});

describe('all competencies', () => {
  it('has its own cell, last, with the competency key null', () => {
    const cells = table.cells(unitRow('B'));
    expect(cells.map((c) => c.competencyKey)).toEqual(['h', null]);
    expect(cells[1].met).toEqual({ shown: true, value: 0.5263, n: 19 });
  });
});

describe('budget and hours', () => {
  // The leaders of the worked example: B, D and S one each, d1 3, d2 4, s1 6, s2 5.
  const plans = (
    population: number,
    leaders = 0,
    committedOre = 0,
    budgetOre = 0,
    hoursTenths = 0,
  ): BudgetCounts => ({
    leaders,
    population,
    plans: leaders,
    committedOre,
    budgetOre,
    hoursTenths,
  });
  const budget = buildBudgetTable({
    units,
    own: new Map([
      ['B', plans(1)],
      ['D', plans(1)],
      ['d1', plans(3, 3, 3_000_000, 4_500_000, 600)],
      ['d2', plans(4, 2, 1_000_000, 2_000_000, 300)],
      ['s1', plans(6, 3, 3_000_000, 4_500_000, 600)],
      ['s2', plans(5, 1, 800_000, 1_000_000, 100)],
      ['S', plans(1, 1, 2_000_000, 2_000_000, 300)],
    ]),
    minGroupSize: 5,
  });

  it('adds up the plans of each subtree', () => {
    expect(budget(unitRow('B'))).toEqual({
      shown: true,
      leaders: 10,
      plans: 10,
      committedDkk: 98_000,
      budgetDkk: 140_000,
      hours: 190,
    });
    expect(budget(unitRow('S'))).toEqual({
      shown: true,
      leaders: 5,
      plans: 5,
      committedDkk: 58_000,
      budgetDkk: 75_000,
      hours: 100,
    });
  });

  it('the director, alone in B and without a plan, is too few, not "no data"; Dagtilbud goes with her', () => {
    // "No plans" of one leader says she has none; B − S would give it, were D shown.
    expect(budget(ownRow('B'))).toEqual({ shown: false, reason: 'too-few' });
    expect(budget(unitRow('D'))).toEqual({ shown: false, reason: 'complementary' });
  });

  it('hides what rests on fewer than 5 leaders with plans; hidden parts of 5 are enough', () => {
    expect(budget(unitRow('d1'))).toEqual({ shown: false, reason: 'too-few' });
    expect(budget(unitRow('s1'))).toEqual({ shown: false, reason: 'too-few' });
    expect(budget(ownRow('S'))).toEqual({ shown: false, reason: 'too-few' });
    expect(budget(unitRow('S'))).toMatchObject({ shown: true, leaders: 5, committedDkk: 58_000 });
  });
});
