import type { ApiError } from '@lederloeft/contracts';
import type { PlanProposal } from '@lederloeft/planner';
import { demoAccount } from '../testing/demo-accounts';
import { SessionHeaders, startTestApp, TestApp } from '../testing/test-app';

describe('plan proposals', () => {
  let t: TestApp;
  let leader: SessionHeaders;
  let manager: SessionHeaders;
  let other: SessionHeaders;

  const propose = (who: SessionHeaders, body: unknown, leaderId = leader.leaderId) =>
    t.request<PlanProposal & ApiError>('POST', `/api/leaders/${leaderId}/plan-proposals`, {
      body,
      headers: { cookie: who.cookie, 'x-csrf-token': who['x-csrf-token'] },
    });

  beforeAll(async () => {
    t = await startTestApp({ WEB_ROOT: '' });
    const signIn = (role: Parameters<typeof demoAccount>[0], i?: number) =>
      t.signIn(demoAccount(role, i).email, demoAccount(role, i).password);
    leader = await signIn('leader', 0);
    other = await signIn('leader', 1);
    manager = await signIn('manager');
  });
  afterAll(() => t.close());

  it('proposes an optimal plan from the demo gaps and catalogue within budget and hours, saving nothing', async () => {
    const plans = async () =>
      Number((await t.query<{ n: number }>('SELECT COUNT(*) AS n FROM development_plans'))[0].n);
    const before = await plans();
    const res = await propose(leader, { budgetDkk: 20000, hours: 60, maxFormalOffers: 1 });
    expect(res.status).toBe(200);
    const proposal = res.body;
    expect(proposal.status).toBe('optimal');
    expect(proposal.mipGap).toBe(0);
    expect(proposal.budget).toEqual({ limitDkk: 20000, usedDkk: expect.any(Number) });
    expect(proposal.budget.usedDkk).toBeLessThanOrEqual(20000);
    expect(proposal.hours.used).toBeLessThanOrEqual(60);
    expect(proposal.items.length).toBeGreaterThan(0);
    // Every left-out offer says why; the catalogue's drafts and archived offers are among them.
    expect(proposal.leftOut.every((l) => l.reasons.length > 0)).toBe(true);
    expect(proposal.model.offers).toBe(
      Number(
        (
          await t.query<{ n: number }>(
            `SELECT COUNT(*) AS n FROM offers WHERE status = 'published'`,
          )
        )[0].n,
      ),
    );
    expect(await plans()).toBe(before);
    // The same question gives the same plan.
    const again = await propose(leader, { budgetDkk: 20000, hours: 60, maxFormalOffers: 1 });
    expect(again.body.items).toEqual(proposal.items);
  });

  it('closes no less with a larger budget, and nothing with none', async () => {
    const small = (await propose(leader, { budgetDkk: 0, hours: 10, maxFormalOffers: 0 })).body;
    const large = (await propose(leader, { budgetDkk: 60000, hours: 200 })).body;
    expect(small.budget.usedDkk).toBe(0);
    expect(large.objective).toBeGreaterThanOrEqual(small.objective);
  });

  it("lets the leader's manager ask, and nobody outside the line", async () => {
    expect((await propose(manager, { budgetDkk: 10000, hours: 30 })).status).toBe(200);
    expect((await propose(other, { budgetDkk: 10000, hours: 30 })).status).toBe(404);
  });

  it('refuses impossible constraints with Danish messages per field', async () => {
    const res = await propose(leader, {
      budgetDkk: -1,
      hours: 'mange',
      period: { from: '2027-13-01', to: '2027-01-01' },
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.path).sort()).toEqual([
      'budgetDkk',
      'hours',
      'period.from',
    ]);
    const focus = await propose(leader, { budgetDkk: 1000, hours: 10, personalFocus: ['mod'] });
    expect(focus.status).toBe(400);
    expect(focus.body.details?.[0].message).toContain('Ukendt kompetence');
    const backwards = await propose(leader, {
      budgetDkk: 1000,
      hours: 10,
      period: { from: '2027-06-01', to: '2027-01-01' },
    });
    expect(backwards.status).toBe(400);
  });
});
