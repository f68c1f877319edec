import type { Actor } from '../people/access';
import {
  canViewCoverage,
  coverageStartUnits,
  managerCoverageUnits,
  resolveMinGroupSize,
} from './coverage-scope';

// k → f → {a, b}; b → b1. Morten (m) leads f and manages x (in a) and y (in b), who manages z (in b1).
// Outsider o sits in k, and w (in a) reports to o.
const units = [
  { id: 'k', parentId: null, path: '/k/' },
  { id: 'f', parentId: 'k', path: '/k/f/' },
  { id: 'a', parentId: 'f', path: '/k/f/a/' },
  { id: 'b', parentId: 'f', path: '/k/f/b/' },
  { id: 'b1', parentId: 'b', path: '/k/f/b/b1/' },
];
const leaders = [
  { id: 'o', orgUnitId: 'k', managerId: null },
  { id: 'm', orgUnitId: 'f', managerId: 'o' },
  { id: 'x', orgUnitId: 'a', managerId: 'm' },
  { id: 'w', orgUnitId: 'a', managerId: 'o' },
  { id: 'y', orgUnitId: 'b', managerId: 'm' },
  { id: 'z', orgUnitId: 'b1', managerId: 'y' },
];
const actor = (
  roles: Actor['roles'],
  directorScopePaths: string[] = [],
  leaderId = 'm',
): Actor => ({
  leaderId,
  roles,
  directorScopePaths,
});

describe('resolveMinGroupSize', () => {
  it('is 5 unless configured, and never below 3', () => {
    expect(resolveMinGroupSize(undefined)).toBe(5);
    expect(resolveMinGroupSize(3)).toBe(3);
    expect(() => resolveMinGroupSize(2)).toThrow('mindst 3');
    expect(() => resolveMinGroupSize(4.5)).toThrow('helt tal');
  });
});

describe('managerCoverageUnits', () => {
  it('gives the units led only by the manager and their reports, direct or further down', () => {
    // a holds w (not Morten's); f holds Morten and a; b and b1 hold only his reports.
    expect([...managerCoverageUnits('m', units, leaders)].sort()).toEqual(['b', 'b1']);
  });

  it('gives nothing to a leader without reports', () => {
    expect(managerCoverageUnits('z', units, leaders).size).toBe(0);
  });
});

describe('canViewCoverage', () => {
  const team = managerCoverageUnits('m', units, leaders);

  it('HR and administrators see every unit', () => {
    expect(canViewCoverage(actor(['hr']), '/k/', new Set())).toBe(true);
    expect(canViewCoverage(actor(['admin']), '/k/f/a/', new Set())).toBe(true);
  });

  it('a director sees their area and nothing above or beside it', () => {
    const director = actor(['leader', 'director'], ['/k/f/b/']);
    expect(canViewCoverage(director, '/k/f/b/b1/', new Set())).toBe(true);
    expect(canViewCoverage(director, '/k/f/', new Set())).toBe(false);
    expect(canViewCoverage(director, '/k/f/a/', new Set())).toBe(false);
  });

  it('a manager sees the units of their team only; a leader sees none', () => {
    expect(canViewCoverage(actor(['leader', 'manager']), '/k/f/b/', team)).toBe(true);
    expect(canViewCoverage(actor(['leader', 'manager']), '/k/f/a/', team)).toBe(false);
    expect(canViewCoverage(actor(['leader'], [], 'z'), '/k/f/b/b1/', new Set())).toBe(false);
  });
});

describe('coverageStartUnits', () => {
  it('starts HR at the kommune, a director at their areas, a manager at their team’s top units', () => {
    expect(coverageStartUnits(actor(['hr']), units, new Set())).toEqual(['k']);
    expect(
      coverageStartUnits(actor(['director'], ['/k/f/a/', '/k/f/b/']), units, new Set()),
    ).toEqual(['a', 'b']);
    expect(
      coverageStartUnits(actor(['manager']), units, managerCoverageUnits('m', units, leaders)),
    ).toEqual(['b']);
  });
});
