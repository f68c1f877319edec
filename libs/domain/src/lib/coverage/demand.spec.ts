import { demandValue, unmetDemand } from './demand';

describe('demandValue', () => {
  it('shows 0 and from 5 leaders, hides 1 to 4', () => {
    expect(demandValue(0, 5)).toEqual({ shown: true, value: 0, n: 0 });
    expect(demandValue(4, 5)).toEqual({ shown: false, reason: 'too-few' });
    expect(demandValue(5, 5)).toEqual({ shown: true, value: 5, n: 5 });
  });
});

describe('unmetDemand', () => {
  it('lists gaps beyond the free seats, largest first; on-demand offers meet any demand', () => {
    const result = unmetDemand(
      [
        { competencyKey: 'a', behaviourKey: 'a.1', leaders: 12, availableSeats: 10 },
        { competencyKey: 'a', behaviourKey: 'a.2', leaders: 9, availableSeats: 0 },
        { competencyKey: 'a', behaviourKey: 'a.3', leaders: 30, availableSeats: null },
        { competencyKey: 'b', behaviourKey: null, leaders: 7, availableSeats: 7 },
        { competencyKey: 'b', behaviourKey: 'b.1', leaders: 20, availableSeats: 11 },
      ],
      5,
    );
    expect(result.map((r) => [r.behaviourKey, r.unmet])).toEqual([
      ['a.2', { shown: true, value: 9, n: 9 }],
      ['b.1', { shown: true, value: 9, n: 20 }],
      ['a.1', { shown: true, value: 2, n: 12 }],
    ]);
  });

  it('lists a hidden demand last, and only when nothing at all addresses it', () => {
    const result = unmetDemand(
      [
        { competencyKey: 'a', behaviourKey: 'a.1', leaders: 3, availableSeats: 2 },
        { competencyKey: 'a', behaviourKey: 'a.2', leaders: 3, availableSeats: 0 },
        { competencyKey: 'a', behaviourKey: 'a.3', leaders: 6, availableSeats: 0 },
      ],
      5,
    );
    expect(result.map((r) => [r.behaviourKey, r.demand.shown, r.unmet.shown])).toEqual([
      ['a.3', true, true],
      ['a.2', false, false],
    ]);
  });
});
