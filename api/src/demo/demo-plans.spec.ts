import {
  IKAST_BRANDE_FRAMEWORK,
  submissionIssues,
  validatePlanItem,
  validateSmartGoal,
} from '@lederloeft/domain';
import { addDays } from '../catalogue/local-date';
import { DEMO_OFFERS } from './demo-catalogue';
import { demoSessionStart } from './demo-catalogue-rows';
import { DEMO_LEADERS } from './demo-organisation';
import { DEMO_PLAN_LEADERS, demoPlanStories, type DemoItem } from './demo-plans';

const context = {
  competencies: IKAST_BRANDE_FRAMEWORK.competencies.map((c) => ({
    key: c.key,
    behaviourKeys: c.behaviours.map((b) => b.key),
  })),
};

/** A session of a demo item as it is loaded on `today`, with its registration deadline. */
function sessionOf(today: string, item: DemoItem) {
  if (item.kind !== 'offer' || item.session === undefined) return null;
  const demo = DEMO_OFFERS.find((o) => o.code === item.code)?.sessions[item.session];
  if (!demo) throw new Error(`${item.code} has no session #${item.session}`);
  const startDate = demoSessionStart(today, demo);
  return {
    startDate,
    endDate: addDays(startDate, demo.days - 1),
    registrationDeadline: addDays(startDate, -demo.deadlineDaysBefore),
  };
}

// Load days across the year, month ends and a leap day: the story must hold on any of them.
describe.each(['2026-11-27', '2027-01-31', '2028-02-29', '2026-06-01', '2026-12-31'])(
  'demo plans loaded on %s',
  (today) => {
    const stories = demoPlanStories(today);
    const startOfToday = Date.parse(`${today}T00:00:00Z`);

    it('are about the story leaders, each reporting to the manager who acts on the plan', () => {
      expect(stories.map((s) => s.leaderEmail)).toEqual(DEMO_PLAN_LEADERS);
      expect(stories.map((s) => s.leaderEmail)).not.toContain('camilla.noergaard@ikast-brande.dk');
      for (const story of stories) {
        const leader = DEMO_LEADERS.find((l) => l.email === story.leaderEmail);
        const manager = DEMO_LEADERS.find((l) => l.email === story.managerEmail);
        expect(leader?.managerRef).toBe(manager?.ref);
      }
    });

    it('pass the checks the API makes on goals, items and submission', () => {
      for (const story of stories) {
        const period = { periodStart: story.periodStart, periodEnd: story.periodEnd };
        for (const goal of story.goals) {
          expect(validateSmartGoal(goal, period, context)).toEqual([]);
        }
        for (const item of story.items) {
          const offer =
            item.kind === 'offer' ? DEMO_OFFERS.find((o) => o.code === item.code) : null;
          if (item.kind === 'offer') {
            expect(offer?.status).toBe('published');
            // Sessions exactly when the offer has them (on-demand offers have none).
            expect(item.session === undefined).toBe(!!offer?.onDemand);
          }
          const issues = validatePlanItem(
            {
              kind: item.kind,
              offerId: item.kind === 'offer' ? item.code : null,
              sessionId: item.kind === 'offer' && item.session !== undefined ? 's' : null,
              behaviourKey: item.kind === 'on-the-job' ? item.behaviourKey : null,
              text: item.kind === 'offer' ? (item.text ?? '') : item.text,
              competencyKeys: item.competencyKeys,
              behaviourKeys: item.behaviourKeys ?? [],
              costDkk: item.kind === 'other' ? item.costDkk : 0,
              hours: item.kind === 'offer' ? 0 : item.hours,
            },
            context,
          );
          expect(issues).toEqual([]);
        }
        if (story.submitted) {
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
                costDkk: offer ? offer.priceDkk : item.kind === 'other' ? item.costDkk : 0,
                hours: offer ? offer.hours : item.kind === 'offer' ? 0 : item.hours,
                session: sessionOf(today, item),
              };
            }),
            goals: story.goals,
          });
          expect(issues).toEqual([]);
        }
      }
    });

    it('asked for seats only while registration was open, and everything happened before today', () => {
      for (const story of stories) {
        const requested = story.approved?.at ?? story.submitted ?? story.created;
        const requestedDay = requested.toISOString().slice(0, 10);
        for (const item of story.items) {
          const session = sessionOf(today, item);
          if (session) expect(session.registrationDeadline >= requestedDay).toBe(true);
        }
        const moments = [
          story.created,
          ...story.goals.map((g) => g.at),
          ...story.items.map((i) => i.at),
          story.submitted,
          story.returned?.at,
          story.approved?.at,
          story.activated,
          ...(story.followUps ?? []).map((f) => f.at),
          ...(story.done ?? []).map((d) => d.at),
          ...(story.notes ?? []).map((n) => n.at),
          story.completed,
        ].filter((d): d is Date => d !== undefined);
        expect(moments.every((d) => d.getTime() < startOfToday)).toBe(true);
        // The lifecycle in order: shaped, then submitted, then decided, then followed up.
        const shaped = Math.max(...[...story.goals, ...story.items].map((x) => x.at.getTime()));
        if (story.submitted) expect(story.submitted.getTime()).toBeGreaterThan(shaped);
        const decided = story.approved?.at ?? story.returned?.at;
        if (decided) expect(decided.getTime()).toBeGreaterThan(story.submitted?.getTime() ?? 0);
        for (const d of [...(story.done ?? []), ...(story.notes ?? [])]) {
          expect(d.at.getTime()).toBeGreaterThan(story.activated?.getTime() ?? Infinity);
        }
      }
      const sofie = stories.find((s) => s.leaderEmail.startsWith('sofie'));
      expect(sofie?.followUps?.map((f) => f.date < today)).toEqual([true, false]);
    });
  },
);
