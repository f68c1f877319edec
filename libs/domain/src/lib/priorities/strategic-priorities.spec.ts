import { DomainError } from '../domain-error';
import type { Actor } from '../people/access';
import {
  assertValidPriorities,
  canSetPriorities,
  effectiveWeights,
  isPriorityWeight,
  priorityYears,
  resolvePriorities,
  unitPathIds,
} from './strategic-priorities';

const KEYS = ['handlekraft', 'borgerne-i-centrum', 'paa-tvaers', 'hedekraft'];
// kommune → Børn og Unge → Dagtilbud → Solstrålen
const PATH = unitPathIds('/kommune/bu/dagtilbud/solstraalen/');

describe('resolvePriorities', () => {
  const bu = { orgUnitId: 'bu', weights: { hedekraft: 3, 'borgerne-i-centrum': 2 } };
  const dagtilbud = { orgUnitId: 'dagtilbud', weights: { 'paa-tvaers': 2 } };
  const kommune = { orgUnitId: 'kommune', weights: { handlekraft: 1.5 } };

  it('reads the path from the top down to the unit', () => {
    expect(PATH).toEqual(['kommune', 'bu', 'dagtilbud', 'solstraalen']);
  });

  it("takes the unit's own set before any above it", () => {
    const own = { orgUnitId: 'solstraalen', weights: { hedekraft: 0.5 } };
    expect(resolvePriorities(PATH, [kommune, bu, dagtilbud, own])).toBe(own);
  });

  it('takes the nearest unit above when the unit has none', () => {
    expect(resolvePriorities(PATH, [kommune, bu, dagtilbud])).toBe(dagtilbud);
    expect(resolvePriorities(PATH, [kommune, bu])).toBe(bu);
    expect(resolvePriorities(PATH, [kommune])).toBe(kommune);
  });

  it('inherits the whole set: a nearer set does not borrow competencies from one above', () => {
    const set = resolvePriorities(PATH, [bu, dagtilbud]);
    expect(effectiveWeights(set, KEYS)).toEqual({
      handlekraft: 1,
      'borgerne-i-centrum': 1,
      'paa-tvaers': 2,
      hedekraft: 1,
    });
  });

  it('ignores sets of units off the path and gives null when none applies', () => {
    const skoler = { orgUnitId: 'skoler', weights: { hedekraft: 3 } };
    expect(resolvePriorities(PATH, [skoler])).toBeNull();
    expect(resolvePriorities([], [bu])).toBeNull();
  });
});

describe('effectiveWeights', () => {
  it('gives 1 to every competency without priorities, and fills in left-out ones', () => {
    expect(effectiveWeights(null, KEYS)).toEqual({
      handlekraft: 1,
      'borgerne-i-centrum': 1,
      'paa-tvaers': 1,
      hedekraft: 1,
    });
    expect(effectiveWeights({ weights: { hedekraft: 3, gammel: 2 } }, KEYS)).toEqual({
      handlekraft: 1,
      'borgerne-i-centrum': 1,
      'paa-tvaers': 1,
      hedekraft: 3,
    });
  });
});

describe('isPriorityWeight', () => {
  it('accepts 0.5 to 3 in steps of 0.5 only', () => {
    expect([0.5, 1, 1.5, 2, 2.5, 3].every(isPriorityWeight)).toBe(true);
    expect([0, 0.25, 1.2, 3.5, -1, Number.NaN, Infinity].some(isPriorityWeight)).toBe(false);
    expect(isPriorityWeight('2')).toBe(false);
  });
});

describe('assertValidPriorities', () => {
  const today = '2026-11-27';

  it('allows last year, this year and the next two', () => {
    expect(priorityYears(today)).toEqual({ from: 2025, to: 2028 });
    for (const year of [2025, 2026, 2027, 2028]) {
      expect(() =>
        assertValidPriorities(
          year,
          { weights: [{ competencyKey: 'hedekraft', weight: 3 }] },
          KEYS,
          today,
        ),
      ).not.toThrow();
    }
  });

  it('reports every problem with a Danish message and its path', () => {
    let error: unknown;
    try {
      assertValidPriorities(
        2031,
        {
          weights: [
            { competencyKey: 'mod', weight: 1 },
            { competencyKey: 'hedekraft', weight: 4 },
            { competencyKey: 'hedekraft', weight: 2 },
          ],
          note: 'x'.repeat(501),
        },
        KEYS,
        today,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const details = (error as DomainError).details;
    expect(details.map((d) => d.path)).toEqual([
      'year',
      'weights[0].competencyKey',
      'weights[1].weight',
      'weights[2].competencyKey',
      'note',
    ]);
    expect(details[0].message).toBe('Året skal ligge mellem 2025 og 2028.');
    expect(details[1].message).toBe('Ukendt kompetence: mod.');
    expect(details[2].message).toBe('Vægten skal være mellem 0,5 og 3 i trin på 0,5.');
  });
});

describe('canSetPriorities', () => {
  const actor = (roles: Actor['roles'], scopes: string[] = []): Actor => ({
    leaderId: 'x',
    roles,
    directorScopePaths: scopes,
  });

  it('lets admins and HR set priorities anywhere, directors in their area, leaders nowhere', () => {
    const unit = '/kommune/bu/dagtilbud/';
    expect(canSetPriorities(actor(['admin']), unit)).toBe(true);
    expect(canSetPriorities(actor(['hr']), unit)).toBe(true);
    expect(canSetPriorities(actor(['leader', 'director'], ['/kommune/bu/']), unit)).toBe(true);
    expect(canSetPriorities(actor(['leader', 'director'], ['/kommune/sos/']), unit)).toBe(false);
    expect(canSetPriorities(actor(['leader', 'manager']), unit)).toBe(false);
  });
});
