import { DomainError } from '../domain-error';
import { blindSpot, calculateGapProfile, combineLevels, sourceLevel } from './gap-profile';
import { DEFAULT_GAP_SETTINGS } from './gap-settings';
import type {
  BehaviourEvidence,
  CompetencyEvidence,
  CompetencyGap,
  GapInput,
  GapSettings,
} from './gap-types';

const self = (behaviourKey: string, mean: number): BehaviourEvidence => ({
  source: 'self',
  behaviourKey,
  mean,
  respondents: 1,
});
const manager = (behaviourKey: string, mean: number): BehaviourEvidence => ({
  source: 'manager',
  behaviourKey,
  mean,
  respondents: 1,
});
const employees = (behaviourKey: string, mean: number, respondents: number): BehaviourEvidence => ({
  source: 'employees',
  behaviourKey,
  mean,
  respondents,
});
const survey = (competencyKey: string, score: number, respondents: number): CompetencyEvidence => ({
  source: 'survey',
  competencyKey,
  score,
  respondents,
});

function withSettings(overrides: Partial<GapSettings>): GapSettings {
  return { ...DEFAULT_GAP_SETTINGS, ...overrides };
}

/** Two competencies: handlekraft with two behaviours, tvaers with one. */
function input(overrides: Partial<GapInput> = {}): GapInput {
  return {
    competencies: [
      { key: 'handlekraft', behaviourKeys: ['handlekraft.retning', 'handlekraft.synlig'] },
      { key: 'tvaers', behaviourKeys: ['tvaers.samarbejde'] },
    ],
    targets: { handlekraft: 4, tvaers: 3 },
    behaviourEvidence: [],
    competencyEvidence: [],
    settings: DEFAULT_GAP_SETTINGS,
    ...overrides,
  };
}

function competency(profileInput: GapInput, key: string): CompetencyGap {
  const found = calculateGapProfile(profileInput).competencies.find((c) => c.key === key);
  if (!found) throw new Error(`no competency ${key}`);
  return found;
}

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('sourceLevel', () => {
  it('rounds an employee mean to two decimals for display', () => {
    // 10 / 3 = 3.333... -> 3.33
    expect(sourceLevel(employees('b', 10 / 3, 3), DEFAULT_GAP_SETTINGS)).toEqual({
      level: 3.33,
      respondents: 3,
    });
  });

  it('rounds half away from zero despite binary noise', () => {
    // 1.005 * 100 is 100.49999999999999 in floating point; shown as 1.01, not 1.00
    expect(sourceLevel(employees('b', 1.005, 3), DEFAULT_GAP_SETTINGS)).toEqual({
      level: 1.01,
      respondents: 3,
    });
  });

  it('withholds employee answers below 3 respondents and shows them at exactly 3', () => {
    expect(sourceLevel(employees('b', 4, 2), DEFAULT_GAP_SETTINGS)).toEqual({
      suppressed: 'too-few-respondents',
      respondents: 2,
    });
    expect(sourceLevel(employees('b', 4, 3), DEFAULT_GAP_SETTINGS)).toEqual({
      level: 4,
      respondents: 3,
    });
  });

  it('withholds employees who all answered "kan ikke vurdere" (0 respondents)', () => {
    expect(sourceLevel(employees('b', 0, 0), DEFAULT_GAP_SETTINGS)).toEqual({
      suppressed: 'too-few-respondents',
      respondents: 0,
    });
  });

  it('applies a configured anonymity limit', () => {
    const settings = withSettings({ minRespondents: 5 });
    expect(sourceLevel(employees('b', 4, 4), settings)).toEqual({
      suppressed: 'too-few-respondents',
      respondents: 4,
    });
    expect(sourceLevel(employees('b', 4, 5), settings)).toEqual({ level: 4, respondents: 5 });
  });

  it('withholds a survey result with too few respondents, as it is employee answers too', () => {
    expect(sourceLevel(survey('k', 3, 2), DEFAULT_GAP_SETTINGS)).toEqual({
      suppressed: 'too-few-respondents',
      respondents: 2,
    });
  });

  it('never withholds the self and manager assessments, which are not anonymous', () => {
    expect(sourceLevel(manager('b', 2), DEFAULT_GAP_SETTINGS)).toEqual({
      level: 2,
      respondents: 1,
    });
    expect(sourceLevel(self('b', 5), DEFAULT_GAP_SETTINGS)).toEqual({ level: 5, respondents: 1 });
  });

  it('accepts the ends of the scale', () => {
    expect(sourceLevel(self('b', 1), DEFAULT_GAP_SETTINGS)).toEqual({ level: 1, respondents: 1 });
    expect(sourceLevel(survey('k', 5, 10), DEFAULT_GAP_SETTINGS)).toEqual({
      level: 5,
      respondents: 10,
    });
  });

  it.each([
    ['a self-rating above the scale', self('b', 5.5), 'mean'],
    ['a manager rating below the scale', manager('b', 0.9), 'mean'],
    ['a mean that is not a number', employees('b', Number.NaN, 4), 'mean'],
    ['a survey score above the scale', survey('k', 6, 20), 'score'],
    ['a withheld employee mean off the scale', employees('b', 7, 2), 'mean'],
  ])('rejects %s', (_what, evidence, field) => {
    const error = thrown(() => sourceLevel(evidence, DEFAULT_GAP_SETTINGS));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('uden for skalaen 1-5');
    expect(error.details).toEqual([{ path: field, message: error.message }]);
  });

  it('measures against a configured scale', () => {
    const settings = withSettings({ scale: { min: 0, max: 10 } });
    expect(sourceLevel(self('b', 7), settings)).toEqual({ level: 7, respondents: 1 });
    expect(() => sourceLevel(self('b', 11), settings)).toThrow('uden for skalaen 0-10');
  });

  it.each([
    ['a self-assessment without a rater', { ...self('b', 3), respondents: 0 }],
    ['a fractional number of respondents', employees('b', 3, 3.5)],
    ['a negative number of respondents', employees('b', 3, -1)],
  ])('rejects %s', (_what, evidence) => {
    const error = thrown(() => sourceLevel(evidence, DEFAULT_GAP_SETTINGS));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details[0]?.path).toBe('respondents');
  });
});

describe('combineLevels', () => {
  const weights = DEFAULT_GAP_SETTINGS.weights;

  it('takes the weighted mean of the sources present', () => {
    // (3*1 + 4*2 + 2*2) / (1 + 2 + 2) = 15 / 5 = 3
    expect(combineLevels({ self: 3, manager: 4, employees: 2 }, weights)).toBe(3);
    // (5*1 + 4*2 + 3*2 + 2*1) / 6 = 21 / 6 = 3.5
    expect(combineLevels({ self: 5, manager: 4, employees: 3, survey: 2 }, weights)).toBe(3.5);
  });

  it('moves with the weights', () => {
    const levels = { self: 5, manager: 4, employees: 3, survey: 2 };
    // equal weights: (5 + 4 + 3 + 2) / 4 = 3.5 -- same as the defaults by coincidence, so:
    // self 3, manager 1, employees 1, survey 1: (15 + 4 + 3 + 2) / 6 = 24 / 6 = 4
    expect(combineLevels(levels, { self: 3, manager: 1, employees: 1, survey: 1 })).toBe(4);
    // employees only counting: 3
    expect(combineLevels(levels, { self: 0, manager: 0, employees: 1, survey: 0 })).toBe(3);
  });

  it('leaves out a source with weight 0, so it alone yields no level', () => {
    const noSelf = { ...weights, self: 0 };
    expect(combineLevels({ self: 5 }, noSelf)).toBeNull();
    // (4*2) / 2 = 4: the self-rating of 1 does not pull it down
    expect(combineLevels({ self: 1, manager: 4 }, noSelf)).toBe(4);
  });

  it('returns null, not a default, when there is no level', () => {
    expect(combineLevels({}, weights)).toBeNull();
  });

  it('keeps full precision', () => {
    // (4*1 + (10/3)*2) / 3 = (32/3) / 3 = 32/9 = 3.5555...
    expect(combineLevels({ self: 4, employees: 10 / 3 }, weights)).toBeCloseTo(32 / 9, 12);
  });
});

describe('blindSpot', () => {
  it('flags a difference of exactly the threshold (self higher)', () => {
    expect(blindSpot(4, 3, 1)).toEqual({ self: 4, others: 3, difference: 1 });
  });

  it('flags a difference of exactly the threshold despite binary noise', () => {
    // 3.3 - 2.3 is 0.9999999999999998 in floating point; shown as 1.00, so it counts
    expect(blindSpot(3.3, 2.3, 1)).toEqual({ self: 3.3, others: 2.3, difference: 1 });
  });

  it('does not flag a difference just below the threshold', () => {
    // 4 - 3.01 = 0.99 < 1
    expect(blindSpot(4, 3.01, 1)).toBeNull();
  });

  it('flags a self-rating below the others with a negative difference', () => {
    // 2 - 3.5 = -1.5
    expect(blindSpot(2, 3.5, 1)).toEqual({ self: 2, others: 3.5, difference: -1.5 });
  });

  it('uses the configured threshold', () => {
    expect(blindSpot(4, 3.5, 0.5)).toEqual({ self: 4, others: 3.5, difference: 0.5 });
    expect(blindSpot(4, 3.5, 1)).toBeNull();
  });

  it('needs both levels', () => {
    expect(blindSpot(null, 3, 1)).toBeNull();
    expect(blindSpot(5, null, 1)).toBeNull();
  });
});

describe('calculateGapProfile', () => {
  /**
   * handlekraft (target 4): retning and synlig rated by self, manager and 5 employees,
   * plus a survey score of 3.2 from 12 respondents.
   * tvaers (target 3): samarbejde rated by self and manager; 2 employees and a survey with
   * 2 respondents, both withheld.
   */
  const worked = input({
    behaviourEvidence: [
      self('handlekraft.retning', 5),
      manager('handlekraft.retning', 4),
      employees('handlekraft.retning', 3.4, 5),
      self('handlekraft.synlig', 4),
      manager('handlekraft.synlig', 3),
      employees('handlekraft.synlig', 2.6, 5),
      self('tvaers.samarbejde', 3),
      manager('tvaers.samarbejde', 4),
      employees('tvaers.samarbejde', 1.5, 2),
    ],
    competencyEvidence: [survey('handlekraft', 3.2, 12), survey('tvaers', 2.5, 2)],
  });

  it('works out a behaviour by hand', () => {
    const [retning, synlig] = competency(worked, 'handlekraft').behaviours;
    // retning: combined (5*1 + 4*2 + 3.4*2) / 5 = 19.8 / 5 = 3.96; gap 4 - 3.96 = 0.04
    // others (4*2 + 3.4*2) / 4 = 14.8 / 4 = 3.7; self 5 - 3.7 = 1.3 >= 1: blind spot
    // ratings 1 + 1 + 5 = 7
    expect(retning).toEqual({
      key: 'handlekraft.retning',
      observed: {
        self: { level: 5, respondents: 1 },
        manager: { level: 4, respondents: 1 },
        employees: { level: 3.4, respondents: 5 },
      },
      combined: 3.96,
      gap: 0.04,
      evidence: { sources: ['self', 'manager', 'employees'], ratings: 7 },
      status: 'gap',
      blindSpot: { self: 5, others: 3.7, difference: 1.3 },
    });
    // synlig: combined (4 + 6 + 5.2) / 5 = 15.2 / 5 = 3.04; gap 0.96
    // others (6 + 5.2) / 4 = 2.8; self 4 - 2.8 = 1.2: blind spot
    expect(synlig.combined).toBe(3.04);
    expect(synlig.gap).toBe(0.96);
    expect(synlig.blindSpot).toEqual({ self: 4, others: 2.8, difference: 1.2 });
  });

  it('works out a competency by hand, with the survey in it', () => {
    // per source, the mean of the behaviour levels:
    //   self (5 + 4) / 2 = 4.5; manager (4 + 3) / 2 = 3.5; employees (3.4 + 2.6) / 2 = 3
    //   survey 3.2 from the competency evidence
    // combined (4.5*1 + 3.5*2 + 3*2 + 3.2*1) / 6 = 20.7 / 6 = 3.45; gap 4 - 3.45 = 0.55
    // others (3.5*2 + 3*2 + 3.2*1) / 5 = 16.2 / 5 = 3.24; self 4.5 - 3.24 = 1.26
    // ratings: behaviours 7 + 7, survey 12 = 26
    const handlekraft = competency(worked, 'handlekraft');
    expect(handlekraft).toEqual({
      key: 'handlekraft',
      target: 4,
      observed: {
        self: { level: 4.5, respondents: 1 },
        manager: { level: 3.5, respondents: 1 },
        employees: { level: 3, respondents: 5 },
        survey: { level: 3.2, respondents: 12 },
      },
      combined: 3.45,
      gap: 0.55,
      evidence: { sources: ['self', 'manager', 'employees', 'survey'], ratings: 26 },
      status: 'gap',
      behaviours: expect.any(Array),
      blindSpot: { self: 4.5, others: 3.24, difference: 1.26 },
    });
  });

  it('keeps withheld answers out of the level and the evidence, but says they exist', () => {
    // samarbejde: employees withheld (2 < 3); combined (3*1 + 4*2) / 3 = 11/3 = 3.67
    // gap 3 - 3.67 = -0.67: met. others = manager 4; self 3 - 4 = -1: blind spot (self lower)
    const tvaers = competency(worked, 'tvaers');
    const withheld = { suppressed: 'too-few-respondents', respondents: 2 };
    expect(tvaers.behaviours[0]).toEqual({
      key: 'tvaers.samarbejde',
      observed: {
        self: { level: 3, respondents: 1 },
        manager: { level: 4, respondents: 1 },
        employees: withheld,
      },
      combined: 3.67,
      gap: -0.67,
      evidence: { sources: ['self', 'manager'], ratings: 2 },
      status: 'met',
      blindSpot: { self: 3, others: 4, difference: -1 },
    });
    // every employee behaviour withheld -> employees withheld for the competency too;
    // the survey with 2 respondents is withheld as well, so neither enters the level
    expect(tvaers.observed).toEqual({
      self: { level: 3, respondents: 1 },
      manager: { level: 4, respondents: 1 },
      employees: withheld,
      survey: withheld,
    });
    expect(tvaers.combined).toBe(3.67);
    expect(tvaers.evidence).toEqual({ sources: ['self', 'manager'], ratings: 2 });
  });

  it('counts employees at exactly 3 respondents and drops only the withheld behaviour', () => {
    const profile = input({
      behaviourEvidence: [
        employees('handlekraft.retning', 4, 3),
        employees('handlekraft.synlig', 1, 2),
      ],
    });
    const handlekraft = competency(profile, 'handlekraft');
    // only retning counts: employees level 4 (not (4 + 1) / 2 = 2.5), 3 ratings
    expect(handlekraft.observed).toEqual({ employees: { level: 4, respondents: 3 } });
    expect(handlekraft.combined).toBe(4);
    expect(handlekraft.gap).toBe(0);
    expect(handlekraft.status).toBe('met');
    expect(handlekraft.evidence).toEqual({ sources: ['employees'], ratings: 3 });
    expect(handlekraft.behaviours[1]).toMatchObject({
      observed: { employees: { suppressed: 'too-few-respondents', respondents: 2 } },
      combined: null,
      status: 'no-evidence',
    });
  });

  it('lets the survey into the competency level but never into the behaviours', () => {
    const evidence = [self('handlekraft.retning', 4), manager('handlekraft.retning', 4)];
    const without = competency(input({ behaviourEvidence: evidence }), 'handlekraft');
    const withSurvey = competency(
      input({ behaviourEvidence: evidence, competencyEvidence: [survey('handlekraft', 1, 30)] }),
      'handlekraft',
    );
    // without: (4*1 + 4*2) / 3 = 4; with: (4 + 8 + 1*1) / 4 = 13 / 4 = 3.25
    expect(without.combined).toBe(4);
    expect(withSurvey.combined).toBe(3.25);
    expect(withSurvey.gap).toBe(0.75);
    expect(withSurvey.evidence).toEqual({ sources: ['self', 'manager', 'survey'], ratings: 32 });
    expect(withSurvey.behaviours).toEqual(without.behaviours);
    expect(withSurvey.behaviours[0].observed).not.toHaveProperty('survey');
    expect(withSurvey.behaviours[0].combined).toBe(4);
  });

  it('shows a survey-only competency, with its behaviours left without evidence', () => {
    const handlekraft = competency(
      input({ competencyEvidence: [survey('handlekraft', 2.5, 8)] }),
      'handlekraft',
    );
    // 2.5 alone; gap 4 - 2.5 = 1.5; no self-rating, so no blind spot
    expect(handlekraft).toMatchObject({
      combined: 2.5,
      gap: 1.5,
      status: 'gap',
      evidence: { sources: ['survey'], ratings: 8 },
      blindSpot: null,
    });
    expect(handlekraft.behaviours.map((b) => b.status)).toEqual(['no-evidence', 'no-evidence']);
  });

  it('changes the combined level with the weights', () => {
    const evidence = [self('tvaers.samarbejde', 5), manager('tvaers.samarbejde', 2)];
    // defaults: (5*1 + 2*2) / 3 = 9 / 3 = 3 -> gap 0, met
    const byDefault = competency(input({ behaviourEvidence: evidence }), 'tvaers');
    expect(byDefault).toMatchObject({ combined: 3, gap: 0, status: 'met' });
    // self 3, manager 1: (15 + 2) / 4 = 4.25 -> gap 3 - 4.25 = -1.25
    const selfHeavy = competency(
      input({
        behaviourEvidence: evidence,
        settings: withSettings({ weights: { self: 3, manager: 1, employees: 2, survey: 1 } }),
      }),
      'tvaers',
    );
    expect(selfHeavy).toMatchObject({ combined: 4.25, gap: -1.25, status: 'met' });
    // manager 5: (5 + 10) / 6 = 2.5 -> gap 0.5
    const managerHeavy = competency(
      input({
        behaviourEvidence: evidence,
        settings: withSettings({ weights: { self: 1, manager: 5, employees: 2, survey: 1 } }),
      }),
      'tvaers',
    );
    expect(managerHeavy).toMatchObject({ combined: 2.5, gap: 0.5, status: 'gap' });
  });

  it('ignores a source with weight 0 in the level and evidence, but still shows it', () => {
    const settings = withSettings({ weights: { self: 0, manager: 2, employees: 2, survey: 1 } });
    const onlySelf = competency(
      input({ behaviourEvidence: [self('tvaers.samarbejde', 5)], settings }),
      'tvaers',
    );
    expect(onlySelf).toMatchObject({
      observed: { self: { level: 5, respondents: 1 } },
      combined: null,
      gap: null,
      status: 'no-evidence',
      evidence: { sources: [], ratings: 0 },
    });

    const withManager = competency(
      input({
        behaviourEvidence: [self('tvaers.samarbejde', 5), manager('tvaers.samarbejde', 2)],
        settings,
      }),
      'tvaers',
    );
    // manager alone: 2; gap 3 - 2 = 1. The self-rating still reveals a blind spot: 5 - 2 = 3
    expect(withManager).toMatchObject({
      combined: 2,
      gap: 1,
      status: 'gap',
      evidence: { sources: ['manager'], ratings: 1 },
      blindSpot: { self: 5, others: 2, difference: 3 },
    });
  });

  it('says so when no target is set, keeping the level', () => {
    const tvaers = competency(
      input({ targets: { handlekraft: 4 }, behaviourEvidence: [manager('tvaers.samarbejde', 3)] }),
      'tvaers',
    );
    expect(tvaers).toMatchObject({ target: null, combined: 3, gap: null, status: 'no-target' });
    expect(tvaers.behaviours[0]).toMatchObject({ combined: 3, gap: null, status: 'no-target' });
  });

  it('treats an undefined target as no target', () => {
    const tvaers = competency(
      input({
        targets: { handlekraft: 4, tvaers: undefined },
        behaviourEvidence: [manager('tvaers.samarbejde', 3)],
      }),
      'tvaers',
    );
    expect(tvaers.status).toBe('no-target');
  });

  it('gives no level at all, not a default, when evidence is missing', () => {
    const profile = calculateGapProfile(input());
    const handlekraft = profile.competencies[0];
    expect(handlekraft).toEqual({
      key: 'handlekraft',
      target: 4,
      observed: {},
      combined: null,
      gap: null,
      evidence: { sources: [], ratings: 0 },
      status: 'no-evidence',
      behaviours: [
        {
          key: 'handlekraft.retning',
          observed: {},
          combined: null,
          gap: null,
          evidence: { sources: [], ratings: 0 },
          status: 'no-evidence',
          blindSpot: null,
        },
        expect.objectContaining({ key: 'handlekraft.synlig', combined: null }),
      ],
      blindSpot: null,
    });
    expect(profile.competencies.map((c) => c.key)).toEqual(['handlekraft', 'tvaers']);
  });

  it('prefers no-evidence over no-target when both are missing', () => {
    expect(competency(input({ targets: {} }), 'tvaers').status).toBe('no-evidence');
  });

  it('combines at full precision and rounds only the output', () => {
    // employees 10/3 -> shown 3.33. combined (4*1 + (10/3)*2) / 3 = 32/9 = 3.5556 -> 3.56
    // (rounding first would give (4 + 3.33*2) / 3 = 10.66 / 3 = 3.5533 -> 3.55)
    // gap 4 - 32/9 = 4/9 = 0.4444 -> 0.44
    const retning = competency(
      input({
        behaviourEvidence: [
          self('handlekraft.retning', 4),
          employees('handlekraft.retning', 10 / 3, 3),
        ],
      }),
      'handlekraft',
    ).behaviours[0];
    expect(retning.observed.employees).toEqual({ level: 3.33, respondents: 3 });
    expect(retning.combined).toBe(3.56);
    expect(retning.gap).toBe(0.44);
  });

  it('calls a gap that rounds to 0.00 met, so status and number agree', () => {
    // (3*1 + 3*2 + 2.99*2) / 5 = 14.98 / 5 = 2.996 -> shown 3.00; gap 3 - 2.996 = 0.004 -> 0
    const tvaers = competency(
      input({
        behaviourEvidence: [
          self('tvaers.samarbejde', 3),
          manager('tvaers.samarbejde', 3),
          employees('tvaers.samarbejde', 2.99, 4),
        ],
      }),
      'tvaers',
    );
    expect(tvaers).toMatchObject({ combined: 3, gap: 0, status: 'met' });
  });

  it('shows a gap that rounds to zero from above as 0, not -0', () => {
    // (3*1 + 3*2 + 3.01*2) / 5 = 15.02 / 5 = 3.004 -> 3.00; gap 3 - 3.004 = -0.004 -> 0
    const tvaers = competency(
      input({
        behaviourEvidence: [
          self('tvaers.samarbejde', 3),
          manager('tvaers.samarbejde', 3),
          employees('tvaers.samarbejde', 3.01, 4),
        ],
      }),
      'tvaers',
    );
    expect(Object.is(tvaers.gap, 0)).toBe(true);
    expect(tvaers.status).toBe('met');
  });

  it('finds a blind spot at exactly the threshold, and none just below it', () => {
    const at = competency(
      input({
        behaviourEvidence: [self('tvaers.samarbejde', 4), employees('tvaers.samarbejde', 3, 6)],
      }),
      'tvaers',
    );
    // others = employees 3; 4 - 3 = 1 = threshold
    expect(at.blindSpot).toEqual({ self: 4, others: 3, difference: 1 });
    expect(at.behaviours[0].blindSpot).toEqual({ self: 4, others: 3, difference: 1 });

    const below = competency(
      input({
        behaviourEvidence: [self('tvaers.samarbejde', 4), employees('tvaers.samarbejde', 3.01, 6)],
      }),
      'tvaers',
    );
    // 4 - 3.01 = 0.99 < 1
    expect(below.blindSpot).toBeNull();
    expect(below.behaviours[0].blindSpot).toBeNull();
  });

  it('finds no blind spot when the others are withheld', () => {
    const tvaers = competency(
      input({
        behaviourEvidence: [self('tvaers.samarbejde', 5), employees('tvaers.samarbejde', 1, 2)],
      }),
      'tvaers',
    );
    expect(tvaers.blindSpot).toBeNull();
    expect(tvaers.combined).toBe(5);
  });

  it('refuses invalid settings with the Danish messages', () => {
    const error = thrown(() =>
      calculateGapProfile(
        input({ settings: withSettings({ minRespondents: 0, blindSpotThreshold: 0 }) }),
      ),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual([
      {
        path: 'settings',
        message: 'Mindste antal besvarelser skal være et helt tal på mindst 1.',
      },
      { path: 'settings', message: 'Tærsklen for blinde vinkler skal være et tal over 0.' },
    ]);
  });

  it('refuses ratings off the scale, pointing at each one', () => {
    const error = thrown(() =>
      calculateGapProfile(
        input({
          behaviourEvidence: [self('handlekraft.retning', 4), manager('handlekraft.synlig', 6)],
          competencyEvidence: [survey('tvaers', 0, 10)],
        }),
      ),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.map((d) => d.path)).toEqual([
      'behaviourEvidence[1].mean',
      'competencyEvidence[0].score',
    ]);
    expect(error.details[0].message).toBe(
      'Niveauet 6 fra nærmeste leder for "handlekraft.synlig" ligger uden for skalaen 1-5.',
    );
  });

  it('refuses a target off the scale or for an unknown competency', () => {
    const error = thrown(() =>
      calculateGapProfile(input({ targets: { handlekraft: 6, ukendt: 3 } })),
    );
    expect(error.details.map((d) => d.path)).toEqual(['targets.handlekraft', 'targets.ukendt']);
  });

  it('refuses evidence for keys outside the framework rather than dropping it', () => {
    const error = thrown(() =>
      calculateGapProfile(
        input({
          behaviourEvidence: [self('gammel.adfaerd', 3)],
          competencyEvidence: [survey('gammel', 3, 10)],
        }),
      ),
    );
    expect(error.details.map((d) => d.path)).toEqual([
      'behaviourEvidence[0].behaviourKey',
      'competencyEvidence[0].competencyKey',
    ]);
  });

  it('refuses two ratings from the same source for the same behaviour', () => {
    const error = thrown(() =>
      calculateGapProfile(
        input({
          behaviourEvidence: [manager('tvaers.samarbejde', 3), manager('tvaers.samarbejde', 4)],
        }),
      ),
    );
    expect(error.details).toEqual([
      { path: 'behaviourEvidence[1]', message: expect.stringContaining('mere end én vurdering') },
    ]);
  });

  it('refuses a behaviour listed under two competencies', () => {
    const error = thrown(() =>
      calculateGapProfile(
        input({
          competencies: [
            { key: 'a', behaviourKeys: ['x'] },
            { key: 'b', behaviourKeys: ['x'] },
          ],
          targets: {},
        }),
      ),
    );
    expect(error.details.map((d) => d.path)).toEqual(['competencies[1].behaviourKeys[0]']);
  });
});
