import { DomainError, IKAST_BRANDE_FRAMEWORK } from '@lederloeft/domain';
import type { Highs } from 'highs';
import { gapProfile, offer, smallInput } from '../test/fixtures';
import { columnValues, formulate, overlapCliques } from './formulation';
import { greedyPlan } from './greedy';
import type { OfferPlanItem, PlanInput, PlanProposal } from './plan-types';
import { buildProposal, solvePlanSync } from './planner';
import { loadSolver } from './solver';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

const offerItems = (plan: PlanProposal) =>
  plan.items.filter((i): i is OfferPlanItem => i.type === 'offer');
const chosenIds = (plan: PlanProposal) => offerItems(plan).map((i) => i.offerId);
const reasonsOf = (plan: PlanProposal, id: string) =>
  plan.leftOut.find((o) => o.offerId === id)?.reasons;

describe('solvePlanSync: objective and capped closure', () => {
  it('values an offer by capped competency and behaviour closure', () => {
    // Strong on a, no behaviour named: competency 0.5 × min(1, 1) + behaviours
    // 2 × 0.25 × min(1, 0.5) = 0.75.
    const plan = solvePlanSync(
      smallInput([offer({ id: 'o1', effects: [['a', 'strong']] })]),
      highs,
    );
    expect(plan.status).toBe('optimal');
    expect(plan.mipGap).toBe(0);
    expect(plan.tieBreak).toBe('proven');
    expect(plan.objective).toBeCloseTo(0.75, 9);
    expect(plan.objectiveBound).toBeCloseTo(0.75, 6);
    const a = plan.competencies.find((c) => c.competencyKey === 'a');
    expect(a).toMatchObject({ gapBefore: 1, closure: 1, gapAfter: 0 });
    expect(a?.behaviours.map((b) => b.gapAfter)).toEqual([0.5, 0.5]);
  });

  it('gives no credit beyond the gap, so a second offer on a closed gap is not needed', () => {
    const input = smallInput(
      [
        offer({ id: 'cheap', price: 500, effects: [['a', 'strong', ['a.1', 'a.2']]] }),
        offer({ id: 'dear', price: 900, effects: [['a', 'strong', ['a.1', 'a.2']]] }),
      ],
      {
        gaps: gapProfile(smallInput([]).competencies, {
          a: { gap: 0.5, behaviours: { 'a.1': 0.5, 'a.2': 0.5 } },
        }),
      },
    );
    const plan = solvePlanSync(input, highs);
    expect(chosenIds(plan)).toEqual(['cheap']);
    expect(plan.objective).toBeCloseTo(0.5, 9);
    expect(reasonsOf(plan, 'dear')).toEqual(['not-needed']);
    expect(plan.competencies[0]).toMatchObject({ closure: 0.5, gapAfter: 0 });
  });

  it('names the behaviours: a named behaviour gets the full strength, others half', () => {
    const plan = solvePlanSync(
      smallInput([offer({ id: 'o1', effects: [['b', 'some', ['b.2']]] })]),
      highs,
    );
    const item = offerItems(plan)[0];
    expect(item.addresses).toEqual([
      {
        competencyKey: 'b',
        strength: 'some',
        gapBefore: 1,
        closure: 0.5,
        behaviours: [
          { behaviourKey: 'b.1', gapBefore: 1, closure: 0.25, targeted: false },
          { behaviourKey: 'b.2', gapBefore: 1, closure: 0.5, targeted: true },
        ],
      },
    ]);
    // 0.5 × 0.5 + 0.25 × 0.25 + 0.25 × 0.5
    expect(plan.objective).toBeCloseTo(0.4375, 9);
    expect(item.contribution).toBeCloseTo(plan.objective, 9);
  });

  it('weighs competencies by strategic weight and personal focus', () => {
    const offers = [
      offer({ id: 'on-a', effects: [['a', 'strong']] }),
      offer({ id: 'on-b', effects: [['b', 'strong']] }),
    ];
    const plain = solvePlanSync(smallInput(offers, { constraints: { budgetDkk: 1000 } }), highs);
    expect(chosenIds(plain)).toHaveLength(1);
    expect(plain.objective).toBeCloseTo(0.75, 9);
    const focused = solvePlanSync(
      smallInput(offers, {
        constraints: { budgetDkk: 1000 },
        priorities: { weights: { a: 1, b: 1 }, personalFocus: ['b'] },
      }),
      highs,
    );
    expect(chosenIds(focused)).toEqual(['on-b']);
    expect(focused.objective).toBeCloseTo(0.75 * 1.5, 9);
    const strategic = solvePlanSync(
      smallInput(offers, {
        constraints: { budgetDkk: 1000 },
        priorities: { weights: { a: 3, b: 1 }, personalFocus: ['b'] },
      }),
      highs,
    );
    expect(chosenIds(strategic)).toEqual(['on-a']);
    expect(strategic.competencies.map((c) => c.weight)).toEqual([3, 1.5]);
  });
});

describe('solvePlanSync: how offers are read (docs/planner.md, "How the engine reads an offer")', () => {
  it('takes the strongest strength and the behaviours named by every effect when an offer names a competency twice', () => {
    // Two effects on a: some naming a.1, strong naming a.2. Read as one strong effect that
    // names both: a 1.0 (cap 1), a.1 and a.2 1.0 each (cap 1): 0.5 + 0.25 + 0.25 = 1.
    const twice = offer({
      id: 'twice',
      effects: [
        ['a', 'some', ['a.1']],
        ['a', 'strong', ['a.2']],
      ],
    });
    const once = offer({ id: 'once', effects: [['a', 'strong', ['a.1', 'a.2']]] });
    const plan = solvePlanSync(smallInput([twice]), highs);
    expect(plan.objective).toBeCloseTo(1, 12);
    expect(solvePlanSync(smallInput([once]), highs).objective).toBeCloseTo(1, 12);
    const item = offerItems(plan)[0];
    expect(item.addresses).toEqual([
      expect.objectContaining({
        competencyKey: 'a',
        strength: 'strong',
        behaviours: [
          expect.objectContaining({ behaviourKey: 'a.1', closure: 1, targeted: true }),
          expect.objectContaining({ behaviourKey: 'a.2', closure: 1, targeted: true }),
        ],
      }),
    ]);
  });

  it('matches places after trimming and ignoring case (Danish letters too)', () => {
    const offers = [
      offer({ id: 'ikast', location: 'Ikast', effects: [['a', 'strong']] }),
      offer({ id: 'aarhus', location: ' ÅRHUS ', effects: [['b', 'strong']] }),
      offer({ id: 'herning', location: 'Herning', effects: [['b', 'some']] }),
    ];
    const plan = solvePlanSync(
      smallInput(offers, { constraints: { locations: ['  ikast', 'århus'] } }),
      highs,
    );
    expect(chosenIds(plan).sort()).toEqual(['aarhus', 'ikast']);
    expect(reasonsOf(plan, 'herning')).toEqual(['location']);
  });
});

describe('solvePlanSync: hard constraints', () => {
  it('keeps to the budget and says what the budget left out', () => {
    const offers = [
      offer({ id: 'x', price: 6000, effects: [['a', 'strong']] }),
      offer({ id: 'y', price: 5000, effects: [['b', 'some']] }),
      offer({ id: 'z', price: 5000, effects: [['b', 'some', ['b.1']]] }),
    ];
    const plan = solvePlanSync(smallInput(offers, { constraints: { budgetDkk: 10_000 } }), highs);
    // x alone is worth 0.75; y and z together 0.8125 (see docs/planner.md for the arithmetic).
    expect(plan.objective).toBeCloseTo(0.8125, 9);
    expect(chosenIds(plan)).toEqual(['y', 'z']);
    expect(plan.budget).toEqual({ limitDkk: 10_000, usedDkk: 10_000 });
    expect(reasonsOf(plan, 'x')).toEqual(['budget']);
  });

  it('keeps to the hours', () => {
    const offers = [
      offer({ id: 'long', hours: 30, effects: [['a', 'strong']] }),
      offer({ id: 'short', hours: 10, effects: [['a', 'some']] }),
    ];
    const plan = solvePlanSync(smallInput(offers, { constraints: { hours: 20 } }), highs);
    expect(chosenIds(plan)).toEqual(['short']);
    expect(plan.hours).toEqual({ limit: 20, used: 10 });
    expect(reasonsOf(plan, 'long')).toEqual(['hours']);
  });

  it('never takes two sessions that share a day, and picks a session that fits', () => {
    const offers = [
      offer({ id: 'p', effects: [['a', 'strong']], sessions: [['2027-03-01', '2027-03-03']] }),
      offer({ id: 'q', effects: [['b', 'some']], sessions: [['2027-03-03', '2027-03-04']] }),
      offer({
        id: 'r',
        effects: [['b', 'strong']],
        sessions: [
          ['2027-03-02', '2027-03-02'],
          ['2027-04-10', '2027-04-11'],
        ],
      }),
    ];
    const plan = solvePlanSync(smallInput(offers), highs);
    expect(chosenIds(plan).sort()).toEqual(['p', 'r']);
    expect(offerItems(plan).find((i) => i.offerId === 'r')?.sessionId).toBe('r-s2');
    expect(reasonsOf(plan, 'q')).toEqual(['overlap']);
  });

  it('takes at most K formal offers', () => {
    const offers = [
      offer({ id: 'c1', kind: 'course', effects: [['a', 'strong']] }),
      offer({ id: 'c2', kind: 'e-learning', onDemand: true, effects: [['b', 'strong']] }),
      offer({ id: 'n1', kind: 'network', effects: [['b', 'some']] }),
    ];
    const plan = solvePlanSync(smallInput(offers, { constraints: { maxFormalOffers: 1 } }), highs);
    expect(offerItems(plan).filter((i) => i.category === 'formal')).toHaveLength(1);
    expect(chosenIds(plan)).toContain('n1');
    const formalLeftOut = plan.leftOut.find((o) => o.offerId === 'c1' || o.offerId === 'c2');
    expect(formalLeftOut?.reasons).toEqual(['max-formal']);
  });

  it('leaves out offers with the reason: level, language, location, seats, deadline, period, status', () => {
    const effects: [string, 'strong'][] = [['a', 'strong']];
    const offers = [
      offer({
        id: 'level',
        levels: ['teamleder'],
        effects,
        sessions: [['2027-03-01', '2027-03-01']],
      }),
      offer({ id: 'lang', language: 'en', effects, sessions: [['2027-03-01', '2027-03-01']] }),
      offer({
        id: 'place',
        location: 'Aalborg',
        effects,
        sessions: [['2027-03-01', '2027-03-01']],
      }),
      offer({ id: 'full', effects, sessions: [{ capacity: 10, seatsTaken: 10 }] }),
      offer({ id: 'late', effects, sessions: [{ registrationDeadline: '2027-01-14' }] }),
      offer({ id: 'later', effects, sessions: [['2028-01-10', '2028-01-11']] }),
      offer({ id: 'draft', status: 'draft', effects, onDemand: true }),
      offer({ id: 'none', effects: [['a', 'strong']], sessions: [] }),
      offer({ id: 'mixed', effects, sessions: [{ seatsTaken: 20 }, ['2026-12-01', '2026-12-01']] }),
      offer({ id: 'met', effects: [['c', 'strong']], onDemand: true }),
      offer({ id: 'dear', price: 200_000, onDemand: true, effects }),
      offer({ id: 'ok-level', levels: ['leder-af-ledere', 'teamleder'], onDemand: true, effects }),
    ];
    const plan = solvePlanSync(
      smallInput(offers, { constraints: { locations: ['Ikast', 'Brande'] } }),
      highs,
    );
    expect(chosenIds(plan)).toEqual(['ok-level']);
    expect(Object.fromEntries(plan.leftOut.map((o) => [o.offerId, o.reasons]))).toEqual({
      level: ['level'],
      lang: ['language'],
      place: ['location'],
      full: ['no-seats'],
      late: ['registration-closed'],
      later: ['period'],
      draft: ['not-published'],
      none: ['period'],
      mixed: ['period', 'no-seats'],
      met: ['not-needed'],
      dear: ['budget'],
    });
    expect(plan.leftOutSummary).toMatchObject({ period: 3, 'no-seats': 2, level: 1 });
  });

  it('accepts English offers when the leader does, and online offers anywhere', () => {
    const offers = [
      offer({ id: 'en', language: 'en', onDemand: true, effects: [['a', 'strong']] }),
      offer({ id: 'web', location: null, onDemand: true, effects: [['b', 'strong']] }),
    ];
    const plan = solvePlanSync(
      smallInput(offers, { constraints: { languages: ['da', 'en'], locations: ['Ikast'] } }),
      highs,
    );
    expect(chosenIds(plan)).toEqual(['en', 'web']);
  });
});

describe('solvePlanSync: tie-breaks and determinism', () => {
  it('prefers the lower cost, then the fewer hours, at equal closure', () => {
    const same: [string, 'strong'][] = [['a', 'strong']];
    const gaps = gapProfile(smallInput([]).competencies, { a: { gap: 1 } });
    const byCost = solvePlanSync(
      smallInput(
        [
          offer({ id: 'a1', price: 3000, hours: 5, effects: same }),
          offer({ id: 'a2', price: 2000, hours: 50, effects: same }),
        ],
        { gaps, constraints: { maxFormalOffers: 1 } },
      ),
      highs,
    );
    expect(chosenIds(byCost)).toEqual(['a2']);
    const byHours = solvePlanSync(
      smallInput(
        [
          offer({ id: 'a1', price: 2000, hours: 14, effects: same }),
          offer({ id: 'a2', price: 2000, hours: 7, effects: same }),
        ],
        { gaps, constraints: { maxFormalOffers: 1 } },
      ),
      highs,
    );
    expect(chosenIds(byHours)).toEqual(['a2']);
    expect(byHours.tieBreak).toBe('proven');
    expect(byHours.tieBreakBounds).toEqual({
      costBoundDkk: 2000,
      costGap: 0,
      hoursBound: 7,
      hoursGap: 0,
    });
  });

  it('proves the closure first and cuts the tie-breaks at the answer budget, saying so', () => {
    const same: [string, 'strong'][] = [['a', 'strong']];
    const gaps = gapProfile(smallInput([]).competencies, { a: { gap: 1 } });
    const input = smallInput(
      [
        offer({ id: 'a1', price: 3000, hours: 5, effects: same }),
        offer({ id: 'a2', price: 2000, hours: 50, effects: same }),
      ],
      { gaps, constraints: { maxFormalOffers: 2 } },
    );
    const exact = solvePlanSync(input, highs, { answerBudgetSeconds: Infinity });
    // A budget spent before the solve starts: the closure stage still runs to its proof,
    // the cost and hours stages are skipped.
    const cut = solvePlanSync(input, highs, { answerBudgetSeconds: 1e-9 });
    expect(exact).toMatchObject({ status: 'optimal', tieBreak: 'proven' });
    expect(cut).toMatchObject({ status: 'optimal', tieBreak: 'time-limit', mipGap: 0 });
    expect(cut.objective).toBeCloseTo(exact.objective, 9);
    expect(cut.objectiveBound).toBeCloseTo(exact.objectiveBound, 9);
    expect(cut.budget.usedDkk).toBeGreaterThanOrEqual(exact.budget.usedDkk);
    // Skipped: only the trivial bound 0 is proven, and no hours bound without a cost proof.
    expect(cut.tieBreakBounds).toEqual({
      costBoundDkk: 0,
      costGap: 1,
      hoursBound: null,
      hoursGap: null,
    });
    expect(exact.tieBreakBounds).toEqual({
      costBoundDkk: exact.budget.usedDkk,
      costGap: 0,
      hoursBound: exact.hours.used,
      hoursGap: 0,
    });
  });

  it('gives the same plan for the same input, whatever the catalogue order', () => {
    const offers = Array.from({ length: 12 }, (_, i) =>
      offer({
        id: `o${String(i).padStart(2, '0')}`,
        price: 1000 + (i % 4) * 500,
        hours: 5 + (i % 3),
        kind: i % 5 === 0 ? 'mentoring' : 'course',
        effects: [
          [
            i % 2 === 0 ? 'a' : 'b',
            i % 3 === 0 ? 'strong' : 'some',
            [`${i % 2 === 0 ? 'a' : 'b'}.${1 + (i % 2)}`],
          ],
        ],
        sessions: [[`2027-0${3 + (i % 4)}-01`, `2027-0${3 + (i % 4)}-02`]],
      }),
    );
    const input = smallInput(offers, { constraints: { budgetDkk: 4000 } });
    const first = solvePlanSync(input, highs);
    const second = solvePlanSync(input, highs);
    const reversed = solvePlanSync({ ...input, offers: [...offers].reverse() }, highs);
    expect(second).toEqual(first);
    expect(reversed).toEqual(first);
  });
});

describe('solvePlanSync: a balanced plan', () => {
  const seedInput = (options: PlanInput['options']): PlanInput => {
    const competencies = IKAST_BRANDE_FRAMEWORK.competencies;
    return {
      competencies,
      gaps: gapProfile(competencies, {
        hedekraft: {
          gap: 1.2,
          behaviours: {
            'hedekraft.efterlyse-ideer': 1.8,
            'hedekraft.invitere-udefra': 0.4,
            'hedekraft.sige-ja': 1.1,
          },
        },
        handlekraft: { gap: -0.3 },
        'paa-tvaers': { gap: 0.6 },
      }),
      leaderLevel: 'leder',
      offers: [
        offer({
          id: 'kursus',
          price: 8000,
          hours: 14,
          effects: [['hedekraft', 'strong', ['hedekraft.efterlyse-ideer']]],
          sessions: [['2027-03-01', '2027-03-02']],
        }),
        offer({
          id: 'mentor',
          kind: 'mentoring',
          price: 2000,
          hours: 10,
          onDemand: true,
          effects: [['paa-tvaers', 'some']],
        }),
        offer({
          id: 'rotation',
          kind: 'job-rotation',
          price: 0,
          hours: 40,
          onDemand: true,
          effects: [['paa-tvaers', 'strong']],
        }),
      ],
      priorities: { weights: { hedekraft: 2 } },
      constraints: {
        budgetDkk: 8000,
        hours: 60,
        period: { from: '2027-01-01', to: '2027-06-30' },
        languages: ['da'],
        maxFormalOffers: 2,
      },
      today: '2027-01-10',
      options,
    };
  };

  it('adds learning on the job from the framework behaviours with the largest gaps', () => {
    const plan = solvePlanSync(seedInput({}), highs);
    const experience = plan.items.filter((i) => i.type === 'experience');
    expect(experience.map((i) => i.behaviourKey)).toEqual([
      'paa-tvaers.netvaerksmoeder',
      'paa-tvaers.temadage',
      'hedekraft.efterlyse-ideer',
      'hedekraft.sige-ja',
    ]);
    const ideas = experience.find((i) => i.behaviourKey === 'hedekraft.efterlyse-ideer');
    expect(ideas?.text.da).toBe('Have et fast punkt på afdelingsmøder: Efterlyse idéer.');
    expect(ideas?.suggestedAction.da).toContain('fast del af din ledelsespraksis');
    expect(ideas?.behaviourGap).toBe(1.8);
  });

  it('prefers learning with others among the plans that close the most, never at the cost of closure', () => {
    const withLimits = (budgetDkk: number, hours: number, options: PlanInput['options'] = {}) => {
      const input = seedInput(options);
      return { ...input, constraints: { ...input.constraints, budgetDkk, hours } };
    };
    // 8,000 DKK: the course and the rotation close more than any plan with the mentor.
    const tight = solvePlanSync(withLimits(8000, 60), highs);
    expect(chosenIds(tight).sort()).toEqual(['kursus', 'rotation']);
    expect(tight.learningWithOthers).toBe('would-close-less');
    expect(reasonsOf(tight, 'mentor')).toEqual(['budget', 'hours']);
    expect(tight.mix).toMatchObject({ experience: 5, others: 0, formal: 1 });
    // With room for the mentor it adds no closure (the rotation closes på tværs), but the
    // plan with learning with others comes first among the equally good ones.
    const ample = solvePlanSync(withLimits(10000, 70), highs);
    expect(chosenIds(ample).sort()).toEqual(['kursus', 'mentor', 'rotation']);
    expect(ample.learningWithOthers).toBe('included');
    expect(ample.objective).toBeCloseTo(tight.objective, 12);
    expect(ample.mix).toEqual({
      basis: 'count',
      experience: 5,
      others: 1,
      formal: 1,
      share: { experience: 5 / 7, others: 1 / 7, formal: 1 / 7 },
    });
    // Switched off, the mentor is only what it is: not needed.
    const off = solvePlanSync(withLimits(10000, 70, { includeLearningWithOthers: false }), highs);
    expect(chosenIds(off).sort()).toEqual(['kursus', 'rotation']);
    expect(off.learningWithOthers).toBe('not-requested');
    expect(reasonsOf(off, 'mentor')).toEqual(['not-needed']);
    expect(off.objective).toBeCloseTo(ample.objective, 12);
  });

  it('explains every item: contributions add up to the objective', () => {
    const plan = solvePlanSync(seedInput({ includeLearningWithOthers: false }), highs);
    const items = offerItems(plan);
    const total = items.reduce((sum, i) => sum + i.contribution, 0);
    expect(total).toBeCloseTo(plan.objective, 9);
    const course = items.find((i) => i.offerId === 'kursus');
    expect(course).toMatchObject({ priceDkk: 8000, hours: 14, sessionId: 'kursus-s1' });
    expect(course?.addresses[0]).toMatchObject({ competencyKey: 'hedekraft', closure: 1 });
    const hedekraft = plan.competencies.find((c) => c.competencyKey === 'hedekraft');
    expect(hedekraft).toMatchObject({ weight: 2, gapBefore: 1.2 });
    expect(hedekraft?.gapAfter).toBeCloseTo(0.2, 9);
    expect(plan.budget.usedDkk).toBe(8000);
    expect(plan.hours.used).toBe(54);
  });
});

describe('input checks, empty catalogue, greedy baseline, cliques', () => {
  it('refuses a negative budget and a reversed period', () => {
    const input = smallInput([], {
      constraints: { budgetDkk: -1, period: { from: '2027-05-01', to: '2027-01-01' } },
    });
    expect(() => solvePlanSync(input, highs)).toThrow(DomainError);
    try {
      solvePlanSync(input, highs);
    } catch (error) {
      expect((error as DomainError).details.map((d) => d.path)).toEqual([
        'constraints.budgetDkk',
        'constraints.period',
      ]);
    }
  });

  it('refuses a time limit that is not above zero', () => {
    expect(() => solvePlanSync(smallInput([]), highs, { timeLimitSeconds: 0 })).toThrow(
      'Tidsgrænsen skal være et tal over 0 sekunder.',
    );
  });

  it('refuses an answer budget that is not above zero, and accepts Infinity', () => {
    for (const answerBudgetSeconds of [0, -1, Number.NaN]) {
      expect(() => solvePlanSync(smallInput([]), highs, { answerBudgetSeconds })).toThrow(
        'Svarbudgettet skal være et tal over 0 sekunder.',
      );
    }
    expect(solvePlanSync(smallInput([]), highs, { answerBudgetSeconds: Infinity }).status).toBe(
      'optimal',
    );
  });

  it('gives an empty, optimal plan when nothing in the catalogue fits', () => {
    const plan = solvePlanSync(
      smallInput([offer({ id: 'x', language: 'en', onDemand: true })]),
      highs,
    );
    expect(plan).toMatchObject({ status: 'optimal', objective: 0, mipGap: 0 });
    expect(offerItems(plan)).toEqual([]);
    expect(plan.leftOut).toEqual([
      { offerId: 'x', title: 'Tilbud x', kind: 'course', reasons: ['language', 'not-needed'] },
    ]);
  });

  it('greedy by closure per DKK can miss the optimum the MIP finds', () => {
    // The cheap offer has the best ratio but blocks the budget for the better pair.
    const offers = [
      offer({ id: 'g1', price: 1000, onDemand: true, effects: [['a', 'some']] }),
      offer({ id: 'g2', price: 2500, onDemand: true, effects: [['a', 'strong']] }),
      offer({ id: 'g3', price: 2500, onDemand: true, effects: [['b', 'strong']] }),
    ];
    const input = smallInput(offers, { constraints: { budgetDkk: 5000 } });
    const greedy = greedyPlan(input);
    const plan = solvePlanSync(input, highs);
    expect(greedy.choices.map((c) => c.offerId)).toEqual(['g1', 'g3']);
    expect(greedy.objective).toBeCloseTo(1.125, 9);
    expect(chosenIds(plan).sort()).toEqual(['g2', 'g3']);
    expect(plan.objective).toBeGreaterThan(greedy.objective + 0.1);
  });

  it('finds the maximal cliques of overlapping sessions', () => {
    const s = (id: string, startDate: string, endDate: string, column: number) => ({
      candidate: column,
      column: 10 + column,
      session: {
        id,
        startDate,
        endDate,
        capacity: 1,
        seatsTaken: 0,
        registrationDeadline: '2027-01-01',
      },
    });
    const cliques = overlapCliques([
      s('a', '2027-01-01', '2027-01-05', 0),
      s('b', '2027-01-03', '2027-01-03', 1),
      s('c', '2027-01-04', '2027-01-06', 2),
      s('d', '2027-01-06', '2027-01-06', 3),
      s('e', '2027-02-01', '2027-02-01', 4),
      { candidate: 5, session: null, column: 5 },
    ]);
    expect(cliques).toEqual([
      [10, 11],
      [10, 12],
      [12, 13],
    ]);
  });
});

describe('the worked example of docs/planner.md', () => {
  const competencies = IKAST_BRANDE_FRAMEWORK.competencies;
  const input: PlanInput = {
    competencies,
    gaps: gapProfile(competencies, {
      hedekraft: {
        gap: 1,
        behaviours: { 'hedekraft.efterlyse-ideer': 1.5, 'hedekraft.sige-ja': 0.5 },
      },
      'paa-tvaers': {
        gap: 0.8,
        behaviours: { 'paa-tvaers.netvaerksmoeder': 1, 'paa-tvaers.kontakt-andre-ledere': 0.4 },
      },
    }),
    leaderLevel: 'leder',
    offers: [
      offer({
        id: 'o1',
        kind: 'course',
        price: 9000,
        hours: 14,
        effects: [['hedekraft', 'strong', ['hedekraft.efterlyse-ideer']]],
        sessions: [['2027-03-08', '2027-03-09']],
      }),
      offer({
        id: 'o2',
        kind: 'e-learning',
        price: 1500,
        hours: 4,
        effects: [['hedekraft', 'some']],
      }),
      offer({
        id: 'o3',
        kind: 'network',
        price: 2000,
        hours: 12,
        effects: [['paa-tvaers', 'strong', ['paa-tvaers.netvaerksmoeder']]],
        sessions: [['2027-04-12', '2027-04-12']],
      }),
      offer({
        id: 'o4',
        kind: 'mentoring',
        price: 3000,
        hours: 10,
        effects: [['paa-tvaers', 'some', ['paa-tvaers.kontakt-andre-ledere']]],
      }),
    ],
    priorities: { weights: { hedekraft: 2 }, personalFocus: ['paa-tvaers'] },
    constraints: {
      budgetDkk: 12_000,
      hours: 30,
      period: { from: '2027-02-01', to: '2027-07-31' },
      languages: ['da'],
      maxFormalOffers: 1,
    },
    today: '2027-01-20',
  };

  it('chooses o1 and o3 for 2.875 points, where greedy gets 1.875', () => {
    const plan = solvePlanSync(input, highs);
    expect(chosenIds(plan)).toEqual(['o1', 'o3']);
    expect(plan.objective).toBeCloseTo(2.875, 12);
    expect(offerItems(plan).map((i) => i.contribution)).toEqual([1.75, 1.125]);
    expect(plan.budget.usedDkk).toBe(11_000);
    expect(plan.hours.used).toBe(26);
    expect(Object.fromEntries(plan.leftOut.map((o) => [o.offerId, o.reasons]))).toEqual({
      o2: ['budget', 'max-formal'],
      o4: ['not-needed'],
    });
    const after = Object.fromEntries(plan.competencies.map((c) => [c.competencyKey, c.gapAfter]));
    expect(after).toMatchObject({ hedekraft: 0, 'paa-tvaers': 0 });
    expect(
      plan.competencies
        .find((c) => c.competencyKey === 'hedekraft')
        ?.behaviours.find((b) => b.behaviourKey === 'hedekraft.efterlyse-ideer'),
    ).toEqual({
      behaviourKey: 'hedekraft.efterlyse-ideer',
      gapBefore: 1.5,
      closure: 1,
      gapAfter: 0.5,
    });
    expect(plan.mix).toMatchObject({ experience: 4, others: 1, formal: 1 });
    const greedy = greedyPlan(input);
    expect(greedy.choices.map((c) => c.offerId)).toEqual(['o3', 'o2']);
    expect(greedy.objective).toBeCloseTo(1.875, 12);
  });
});

describe('idle offers', () => {
  it('drops a free offer that adds nothing, even when the solver returns it (a tie on every stage)', () => {
    const offers = [
      offer({ id: 'full', price: 0, hours: 0, effects: [['a', 'strong', ['a.1', 'a.2']]] }),
      offer({ id: 'idle', price: 0, hours: 0, effects: [['a', 'some']] }),
    ];
    const gaps = gapProfile(smallInput([]).competencies, {
      a: { gap: 0.5, behaviours: { 'a.1': 0.5, 'a.2': 0.5 } },
    });
    const input = smallInput(offers, { gaps });
    const formulation = formulate(input);
    expect(formulation.candidates.map((c) => c.offer.id)).toEqual(['full', 'idle']);
    // A solver answer that takes both offers: optimal on closure, cost and hours alike.
    const colValue = columnValues(formulation, [
      { candidate: 0, session: null },
      { candidate: 1, session: null },
    ]);
    const { model } = formulation;
    const stage = (objective: number[]) => {
      const value = objective.reduce((sum, w, j) => sum + w * colValue[j], 0);
      return { status: 'optimal' as const, objective: value, bound: value, gap: 0 };
    };
    const plan = buildProposal(input, formulation, {
      stages: [stage(model.closure), stage(model.cost), stage(model.hours)],
      colValue,
      solutions: [colValue, colValue, colValue],
    });
    expect(plan).toMatchObject({ status: 'optimal', tieBreak: 'proven' });
    expect(chosenIds(plan)).toEqual(['full']);
    expect(plan.objective).toBeCloseTo(0.5, 12);
    expect(reasonsOf(plan, 'idle')).toEqual(['not-needed']);
    expect(solvePlanSync(input, highs).objective).toBeCloseTo(0.5, 12);
  });
});

describe('dominance pruning (exact preprocessing, docs/planner.md)', () => {
  it('prunes an offer when more dominators exist than can share a plan with it', () => {
    const offers = [
      offer({ id: 'e1', kind: 'e-learning', price: 500, hours: 2, effects: [['a', 'strong']] }),
      offer({ id: 'e2', kind: 'e-learning', price: 500, hours: 2, effects: [['a', 'strong']] }),
      offer({ id: 'e3', kind: 'e-learning', price: 500, hours: 2, effects: [['a', 'strong']] }),
      offer({
        id: 'k1',
        price: 1000,
        hours: 7,
        effects: [['a', 'some']],
        sessions: [['2027-03-01', '2027-03-02']],
      }),
    ];
    // Next to k1 the budget leaves room for two of the three e-learnings: one is free.
    const input = smallInput(offers, { constraints: { budgetDkk: 2000 } });
    const formulation = formulate(input);
    expect(formulation.dominated.map((c) => c.offer.id)).toEqual(['k1']);
    expect(formulate(input, { pruneDominated: false }).dominated).toEqual([]);
    const plan = solvePlanSync(input, highs);
    expect(plan.model).toMatchObject({ candidateOffers: 4, dominatedOffers: 1 });
    // Two identical e-learnings close every gap of a (which two is the solver's tie).
    expect(chosenIds(plan)).toHaveLength(2);
    expect(chosenIds(plan).every((id) => id.startsWith('e'))).toBe(true);
    expect(plan.objective).toBeCloseTo(1, 12);
    expect(reasonsOf(plan, 'k1')).toEqual(['not-needed']);
  });

  it('keeps an offer whose only dominator the plan may need as well', () => {
    const offers = [
      offer({ id: 'cheap', kind: 'e-learning', price: 500, hours: 2, effects: [['a', 'strong']] }),
      offer({ id: 'dear', kind: 'e-learning', price: 600, hours: 2, effects: [['a', 'strong']] }),
    ];
    const gaps = gapProfile(smallInput([]).competencies, {
      a: { gap: 2, behaviours: { 'a.1': 2, 'a.2': 2 } },
    });
    const input = smallInput(offers, { gaps });
    expect(formulate(input).dominated).toEqual([]);
    const plan = solvePlanSync(input, highs);
    expect(chosenIds(plan)).toEqual(['cheap', 'dear']);
  });

  it('does not count a dated dominator whose sessions do not lie inside the offer’s sessions', () => {
    const effects: [string, 'strong'][] = [['a', 'strong']];
    const offers = [
      offer({ id: 'd1', price: 100, effects, sessions: [['2027-03-01', '2027-03-03']] }),
      offer({ id: 'd2', price: 100, effects, sessions: [['2027-03-05', '2027-03-05']] }),
      offer({ id: 'd3', price: 900, effects, sessions: [['2027-03-02', '2027-03-02']] }),
    ];
    const input = smallInput(offers, { constraints: { budgetDkk: 1000, maxFormalOffers: 1 } });
    // d1's session contains d3's session but not the other way round; d2 is elsewhere.
    expect(formulate(input).dominated).toEqual([]);
    const wide = offer({ id: 'd3', price: 900, effects, sessions: [['2027-03-01', '2027-03-05']] });
    const alsoInside = smallInput([offers[0], offers[1], wide], {
      constraints: { budgetDkk: 1000, maxFormalOffers: 1 },
    });
    // Now both cheaper offers lie inside d3's session, and K = 1 leaves no room for them.
    expect(formulate(alsoInside).dominated.map((c) => c.offer.id)).toEqual(['d3']);
  });
});
