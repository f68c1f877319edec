import type { CompetencyGap, GapStatus } from '../gaps/gap-types';
import { behavioursBelowTarget, leaderCoverageFacts, projectedToMeet } from './leader-facts';

const competency = (
  key: string,
  status: GapStatus,
  gap: number | null,
  behaviours: { key: string; status: GapStatus }[] = [],
): CompetencyGap => ({
  key,
  target: 3.5,
  observed: {},
  combined: gap === null ? null : 3.5 - gap,
  gap,
  evidence: { sources: [], ratings: 0 },
  status,
  blindSpot: null,
  behaviours: behaviours.map((b) => ({
    key: b.key,
    observed: {},
    combined: null,
    gap: null,
    evidence: { sources: [], ratings: 0 },
    status: b.status,
    blindSpot: null,
  })),
});

describe('projectedToMeet', () => {
  it('closes a gap when the expected effect reaches it (the planner caps closure at the gap)', () => {
    expect(projectedToMeet(0.5, 0.5)).toBe(true);
    expect(projectedToMeet(0.8, 1)).toBe(true);
    expect(projectedToMeet(0.8, 0.5)).toBe(false);
    expect(projectedToMeet(1.01, 1)).toBe(false);
    expect(projectedToMeet(0.3, 0)).toBe(false);
  });

  it('a gap of 0 or less is met already', () => {
    expect(projectedToMeet(0, 0)).toBe(true);
    expect(projectedToMeet(-0.4, 0)).toBe(true);
  });
});

describe('leaderCoverageFacts', () => {
  const profile = {
    competencies: [
      competency('handlekraft', 'gap', 0.6),
      competency('borgerne', 'met', -0.2),
      competency('tvaers', 'no-evidence', null),
      competency('hedekraft', 'gap', 1.2),
      competency('x', 'no-target', null),
    ],
  };
  const facts = leaderCoverageFacts(profile, {
    addressed: ['handlekraft', 'hedekraft', 'tvaers'],
    effects: { handlekraft: 1, hedekraft: 0.5 },
  });

  it('takes status and gap from the gap profile, competency by competency', () => {
    expect(facts.map((f) => [f.competencyKey, f.status, f.gap])).toEqual([
      ['handlekraft', 'gap', 0.6],
      ['borgerne', 'met', -0.2],
      ['tvaers', 'no-evidence', null],
      ['hedekraft', 'gap', 1.2],
      ['x', 'no-target', null],
    ]);
  });

  it('projects met only for assessed competencies, from the plans’ effect', () => {
    expect(facts.map((f) => f.projectedMet)).toEqual([true, true, null, false, null]);
  });

  it('counts a competency as planned when an activity names it, whatever its effect', () => {
    expect(facts.map((f) => f.planned)).toEqual([true, false, true, true, false]);
    expect(facts.map((f) => f.effect)).toEqual([1, 0, 0, 0.5, 0]);
  });
});

describe('behavioursBelowTarget', () => {
  it('lists the behaviours whose status is gap, with their competency', () => {
    const profile = {
      competencies: [
        competency('a', 'gap', 0.5, [
          { key: 'a.1', status: 'gap' },
          { key: 'a.2', status: 'met' },
        ]),
        competency('b', 'met', -1, [{ key: 'b.1', status: 'gap' }]),
        competency('c', 'no-evidence', null, [{ key: 'c.1', status: 'no-evidence' }]),
      ],
    };
    expect(behavioursBelowTarget(profile)).toEqual([
      { competencyKey: 'a', behaviourKey: 'a.1' },
      { competencyKey: 'b', behaviourKey: 'b.1' },
    ]);
  });
});
