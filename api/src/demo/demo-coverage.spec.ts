import {
  IKAST_BRANDE_FRAMEWORK,
  submissionIssues,
  validatePlanItem,
  validateSmartGoal,
} from '@lederloeft/domain';
import { DEMO_OFFERS } from './demo-catalogue';
import {
  DEMO_COVERAGE_PLAN_LEADERS,
  demoCoveragePlanStories,
  demoCoverageTarget,
} from './demo-coverage';
import { DEMO_LEADERS, DEMO_ORG_UNITS } from './demo-organisation';

const context = {
  competencies: IKAST_BRANDE_FRAMEWORK.competencies.map((c) => ({
    key: c.key,
    behaviourKeys: c.behaviours.map((b) => b.key),
  })),
};
const unitOf = (email: string) => DEMO_LEADERS.find((l) => l.email === email)?.orgUnitRef;
const inBoernOgUnge = (ref: string | undefined): boolean => {
  for (let u = DEMO_ORG_UNITS.find((x) => x.ref === ref); u; ) {
    if (u.ref === 'unit-boern-og-unge') return true;
    u = DEMO_ORG_UNITS.find((x) => x.ref === u?.parentRef);
  }
  return false;
};

describe.each(['2026-12-07', '2027-01-31', '2028-02-29'])('Overblik demo plans on %s', (today) => {
  const stories = demoCoveragePlanStories(today);

  it('are approved or active plans, nearly all in Børn og Unge, approved by their manager', () => {
    expect(stories.map((s) => s.leaderEmail)).toEqual(DEMO_COVERAGE_PLAN_LEADERS);
    expect(stories.map((s) => s.leaderEmail)).not.toContain('camilla.noergaard@ikast-brande.dk');
    const elsewhere = stories.filter((s) => !inBoernOgUnge(unitOf(s.leaderEmail)));
    expect(elsewhere.map((s) => s.leaderEmail)).toEqual([
      'allan.thygesen@ikast-brande.dk',
      'bo.laursen@ikast-brande.dk',
      'maja.dalsgaard@ikast-brande.dk',
    ]);
    for (const story of stories) {
      const leader = DEMO_LEADERS.find((l) => l.email === story.leaderEmail);
      const manager = DEMO_LEADERS.find((l) => l.email === story.managerEmail);
      expect([story.leaderEmail, leader?.managerRef]).toEqual([story.leaderEmail, manager?.ref]);
      expect(story.approved).toBeDefined();
      expect(story.completed).toBeUndefined();
    }
    expect(stories.filter((s) => s.activated).length).toBeGreaterThan(0);
    expect(stories.filter((s) => !s.activated).length).toBeGreaterThan(0);
  });

  it('use only offers on demand (no seats are taken) and pass the checks the API makes', () => {
    for (const story of stories) {
      const period = { periodStart: story.periodStart, periodEnd: story.periodEnd };
      for (const goal of story.goals) expect(validateSmartGoal(goal, period, context)).toEqual([]);
      for (const item of story.items) {
        const offer = item.kind === 'offer' ? DEMO_OFFERS.find((o) => o.code === item.code) : null;
        if (item.kind === 'offer') {
          expect([item.code, offer?.status, offer?.onDemand]).toEqual([
            item.code,
            'published',
            true,
          ]);
        }
        const issues = validatePlanItem(
          {
            kind: item.kind,
            offerId: item.kind === 'offer' ? item.code : null,
            sessionId: null,
            behaviourKey: item.kind === 'on-the-job' ? item.behaviourKey : null,
            text: item.kind === 'offer' ? (item.text ?? '') : item.text,
            competencyKeys: item.competencyKeys,
            behaviourKeys: item.behaviourKeys ?? [],
            costDkk: 0,
            hours: item.kind === 'offer' ? 0 : item.kind === 'on-the-job' ? item.hours : 0,
          },
          context,
        );
        expect(issues).toEqual([]);
        // An offer item names only competencies the offer has an effect on (as a proposal does).
        if (offer) {
          const effects = offer.effects.map((e) => e.competencyKey);
          for (const key of item.competencyKeys) {
            expect([offer.code, key, effects.includes(key)]).toEqual([offer.code, key, true]);
          }
        }
      }
      const issues = submissionIssues({
        ...period,
        budgetDkk: story.budgetDkk,
        hours: story.hours,
        items: story.items.map((item) => {
          const offer =
            item.kind === 'offer' ? DEMO_OFFERS.find((o) => o.code === item.code) : null;
          return {
            kind: item.kind,
            competencyKeys: item.competencyKeys,
            costDkk: offer ? offer.priceDkk : 0,
            hours: offer ? offer.hours : item.kind === 'on-the-job' ? item.hours : 0,
            session: null,
          };
        }),
        goals: story.goals,
      });
      expect(issues).toEqual([]);
      const moments = [story.created, story.submitted, story.approved?.at, story.activated];
      for (const at of moments)
        if (at) expect(at.getTime()).toBeLessThan(Date.parse(`${today}T00:00:00Z`));
    }
  });

  it('has the director’s hedekraft target for her area, due at the end of next year', () => {
    expect(demoCoverageTarget(today)).toMatchObject({
      unitRef: 'unit-boern-og-unge',
      competencyKey: 'hedekraft',
      targetPercent: 80,
      dueDate: `${Number(today.slice(0, 4)) + 1}-12-31`,
    });
  });
});
