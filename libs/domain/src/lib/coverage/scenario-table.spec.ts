import { emptyCompetencyCounts, emptyDistinctCounts, type GroupCounts } from './coverage-counts';
import { buildCoverageTable } from './coverage-table';
import {
  buildScenarioTable,
  type ScenarioGroupCounts,
  scenarioEligibility,
} from './scenario-table';

// K → A (10 assessed, 6 below, 5 expected to meet today), B (8 assessed, 5 below, 4 today).
// The scenario re-plans 2 leaders below target in A and 5 in B; 7 of each then meet.
const today = (assessed: number, below: number, projectedMet: number): GroupCounts => ({
  competencies: {
    h: {
      ...emptyCompetencyCounts(),
      leaders: assessed,
      assessed,
      below,
      projectedMet,
      met: assessed - below,
    },
  },
  all: { ...emptyDistinctCounts(), leaders: assessed, assessed, below },
});
const scenario = (
  assessed: number,
  below: number,
  projectedMet: number,
  eligible: number,
): ScenarioGroupCounts => ({
  competencies: { h: { assessed, below, projectedMet, eligible } },
  all: { assessed, below, eligible },
});
const units = [
  { id: 'K', parentId: null },
  { id: 'A', parentId: 'K' },
  { id: 'B', parentId: 'K' },
];
const table = buildCoverageTable({
  units,
  competencyKeys: ['h'],
  own: new Map([
    ['A', today(10, 6, 5)],
    ['B', today(8, 5, 4)],
  ]),
  minGroupSize: 5,
});
const cells = buildScenarioTable({
  units,
  competencyKeys: ['h'],
  own: new Map([
    ['A', scenario(10, 6, 7, 2)],
    ['B', scenario(8, 5, 7, 5)],
  ]),
  today: table,
  minGroupSize: 5,
});
const row = (unitId: string) => ({ kind: 'unit' as const, unitId });

describe('buildScenarioTable', () => {
  it('puts today’s projection (the heatmap’s own figure) beside the scenario’s, and the change', () => {
    expect(cells(row('K'))[0]).toEqual({
      competencyKey: 'h',
      today: { shown: true, value: 0.5, n: 18 },
      scenario: { shown: true, value: 0.7778, n: 18 },
      change: { shown: true, value: 0.2778, n: 18 },
    });
    expect(cells(row('K'))[0].today).toEqual(table.cells(row('K'))[0].projected);
  });

  it('hides a scenario figure that would be about 1 to 4 re-planned leaders, and its complement', () => {
    expect(cells(row('A'))[0].today.shown).toBe(true);
    expect(cells(row('A'))[0].scenario).toEqual({ shown: false, reason: 'few-changed' });
    // B re-planned 5, but K − B would give A's two: B is hidden too.
    expect(cells(row('B'))[0].scenario).toEqual({ shown: false, reason: 'complementary' });
    expect(cells(row('B'))[0].change).toEqual({ shown: false, reason: 'complementary' });
  });

  it('hides the scenario wherever today’s projection is hidden', () => {
    const small = buildCoverageTable({
      units,
      competencyKeys: ['h'],
      own: new Map([
        ['A', today(10, 3, 8)],
        ['B', today(8, 5, 4)],
      ]),
      minGroupSize: 5,
    });
    const result = buildScenarioTable({
      units,
      competencyKeys: ['h'],
      own: new Map([
        ['A', scenario(10, 3, 8, 0)],
        ['B', scenario(8, 5, 7, 5)],
      ]),
      today: small,
      minGroupSize: 5,
    });
    expect(small.cells(row('A'))[0].projected).toEqual({ shown: false, reason: 'few-changed' });
    expect(result(row('A'))[0].scenario).toEqual({ shown: false, reason: 'few-changed' });
  });
});

describe('scenarioEligibility', () => {
  // B&U (the director alone, 1 leader, below target without a plan), D (8 leaders, 6 to
  // re-plan), S (12 leaders, 7), F (6 leaders, none).
  const tree = [
    { id: 'BU', parentId: null },
    { id: 'D', parentId: 'BU' },
    { id: 'S', parentId: 'BU' },
    { id: 'F', parentId: 'BU' },
  ];
  const count = scenarioEligibility({
    units: tree,
    own: new Map([
      ['BU', { eligible: 1, leaders: 1 }],
      ['D', { eligible: 6, leaders: 8 }],
      ['S', { eligible: 7, leaders: 12 }],
      ['F', { eligible: 0, leaders: 6 }],
    ]),
    minGroupSize: 5,
  });
  const unitRow = (unitId: string) => ({ kind: 'unit' as const, unitId });

  it('counts a subtree’s leaders the scenario applies to: 1 + 6 + 7 = 14 in B&U', () => {
    expect(count(unitRow('BU'))).toEqual({ shown: true, value: 14, n: 14 });
    expect(count(unitRow('S'))).toEqual({ shown: true, value: 7, n: 7 });
  });

  it('hides the director’s own count and D beside it, so BU − S − F cannot give it (14 − 7 − 0)', () => {
    expect(count({ kind: 'own', unitId: 'BU' })).toEqual({ shown: false, reason: 'too-few' });
    expect(count(unitRow('D'))).toEqual({ shown: false, reason: 'complementary' });
  });

  it('shows 0 about six leaders as 0: it is about all six, not one', () => {
    expect(count(unitRow('F'))).toEqual({ shown: true, value: 0, n: 0 });
  });
});
