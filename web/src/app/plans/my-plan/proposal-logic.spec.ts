import { LARGER_PROPOSAL_FIXTURE, PROPOSAL_FIXTURE, planSummary } from './proposal-fixture';
import {
  addMonthsIso,
  diffProposals,
  planRequestFromProposal,
  splitPlans,
  todayIso,
} from './proposal-logic';

describe('proposal logic', () => {
  it('moves a date by months, keeping the day where the month has it', () => {
    expect(addMonthsIso('2026-11-27', 12)).toBe('2027-11-27');
    expect(addMonthsIso('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29');
  });

  it("gives today's date in Copenhagen, also just after midnight there", () => {
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('puts the first open plan up front and everything else below', () => {
    const done = planSummary({ id: 'old', status: 'completed' });
    const open = planSummary({ id: 'now', status: 'active' });
    const older = planSummary({ id: 'older', status: 'draft' });
    expect(splitPlans([done, open, older])).toEqual({ current: open, earlier: [done, older] });
    expect(splitPlans([done])).toEqual({ current: null, earlier: [done] });
  });

  it('tells what changed between two proposals', () => {
    const diff = diffProposals(LARGER_PROPOSAL_FIXTURE, PROPOSAL_FIXTURE);
    expect(diff.added.map((i) => i.type)).toEqual(['experience']);
    expect(diff.removed.map((i) => (i.type === 'offer' ? i.offerId : ''))).toEqual(['offer-4']);
    expect(diff.objective).toEqual({ before: 1.5, after: 1.2 });
    expect(diff.cost).toEqual({ before: 10500, after: 4500 });
    expect(diff.hours).toEqual({ before: 21, after: 15 });
    expect(diff.gaps[0]).toEqual({
      competencyKey: 'hedekraft',
      before: expect.closeTo(0.1),
      after: expect.closeTo(0.4),
    });
    expect(diff.gaps[2]).toEqual({ competencyKey: 'paa-tvaers', before: null, after: null });
  });

  it('makes one create request of a proposal: offers with their keys, activities on the job', () => {
    const request = planRequestFromProposal(
      PROPOSAL_FIXTURE,
      {
        budgetDkk: 20000,
        hours: 60,
        period: { from: '2027-01-01', to: '2027-12-31' },
      },
      'Udviklingsplan 2027',
    );
    expect(request).toEqual({
      title: 'Udviklingsplan 2027',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      budgetDkk: 20000,
      hours: 60,
      items: [
        {
          kind: 'offer',
          offerId: 'offer-1',
          sessionId: 'session-1',
          competencyKeys: ['hedekraft', 'handlekraft'],
          behaviourKeys: ['hedekraft.b1', 'hedekraft.b2'],
        },
        {
          kind: 'on-the-job',
          behaviourKey: 'handlekraft.b1',
          text: 'Sæt det på dagsordenen på næste teammøde.',
          competencyKeys: ['handlekraft'],
          behaviourKeys: ['handlekraft.b1'],
        },
      ],
    });
  });

  it('keeps only the competencies and behaviours whose gaps an offer is credited with closing', () => {
    const [offer, ...rest] = PROPOSAL_FIXTURE.items;
    if (offer.type !== 'offer') throw new Error('fixture: offer first');
    const noGap = {
      competencyKey: 'paa-tvaers',
      strength: 'some' as const,
      gapBefore: 0,
      closure: 0,
      behaviours: [{ behaviourKey: 'paa-tvaers.b1', gapBefore: 0, closure: 0, targeted: true }],
    };
    const request = planRequestFromProposal(
      {
        ...PROPOSAL_FIXTURE,
        items: [{ ...offer, addresses: [...offer.addresses, noGap] }, ...rest],
      },
      { budgetDkk: 20000, hours: 60, period: { from: '2027-01-01', to: '2027-12-31' } },
      'Udviklingsplan 2027',
    );
    expect(request.items?.[0]).toMatchObject({
      competencyKeys: ['hedekraft', 'handlekraft'],
      behaviourKeys: ['hedekraft.b1', 'hedekraft.b2'],
    });
    // A behaviour gap it closes is enough, even when the competency as a whole has none.
    const behaviourOnly = {
      ...noGap,
      behaviours: [{ behaviourKey: 'paa-tvaers.b1', gapBefore: 0.5, closure: 0.1, targeted: true }],
    };
    const second = planRequestFromProposal(
      { ...PROPOSAL_FIXTURE, items: [{ ...offer, addresses: [behaviourOnly] }, ...rest] },
      { budgetDkk: 20000, hours: 60, period: { from: '2027-01-01', to: '2027-12-31' } },
      'Udviklingsplan 2027',
    );
    expect(second.items?.[0]).toMatchObject({
      competencyKeys: ['paa-tvaers'],
      behaviourKeys: ['paa-tvaers.b1'],
    });
  });
});
