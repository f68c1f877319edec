import type { OfferEffect } from '@lederloeft/contracts';
import { withBehaviour, withStrength } from './effects-grid';

const ORDER = ['handlekraft', 'borgerne-i-centrum', 'paa-tvaers', 'hedekraft'];
const BEHAVIOURS = ['handlekraft.b1', 'handlekraft.b2', 'handlekraft.b3'];

describe('effects grid', () => {
  const start: OfferEffect[] = [
    { competencyKey: 'paa-tvaers', strength: 'some', behaviourKeys: [] },
  ];

  it('adds an effect in the framework order, changes its strength and removes it', () => {
    const added = withStrength(start, 'handlekraft', 'strong', ORDER);
    expect(added.map((e) => e.competencyKey)).toEqual(['handlekraft', 'paa-tvaers']);
    const ticked = withBehaviour(added, 'handlekraft', 'handlekraft.b2', true, BEHAVIOURS);
    // A new strength keeps the ticked behaviours.
    expect(withStrength(ticked, 'handlekraft', 'some', ORDER)[0]).toEqual({
      competencyKey: 'handlekraft',
      strength: 'some',
      behaviourKeys: ['handlekraft.b2'],
    });
    expect(withStrength(ticked, 'handlekraft', 'none', ORDER)).toEqual(start);
  });

  it('ticks behaviours in the framework order and unticks them', () => {
    let effects = withStrength([], 'handlekraft', 'some', ORDER);
    effects = withBehaviour(effects, 'handlekraft', 'handlekraft.b3', true, BEHAVIOURS);
    effects = withBehaviour(effects, 'handlekraft', 'handlekraft.b1', true, BEHAVIOURS);
    expect(effects[0].behaviourKeys).toEqual(['handlekraft.b1', 'handlekraft.b3']);
    effects = withBehaviour(effects, 'handlekraft', 'handlekraft.b3', false, BEHAVIOURS);
    expect(effects[0].behaviourKeys).toEqual(['handlekraft.b1']);
  });
});
