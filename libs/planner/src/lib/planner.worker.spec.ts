import { syntheticInput } from '../test/synthetic';
import { greedyPlan } from './greedy';
import type { OfferPlanItem } from './plan-types';
import { proposePlan, solvePlanSync } from './planner';
import { idleWorkerCount, loadSolver, resolveHighsPath } from './solver';

// These tests compare exact plans: the tie-breaks run to their proof, however loaded the
// machine (the default answer budget could cut them on a busy CI and the plans differ).
const EXACT = { timeLimitSeconds: 60, answerBudgetSeconds: Infinity };

describe('proposePlan: the solve in a worker thread', () => {
  it('gives exactly the plan of the synchronous solve', async () => {
    const input = syntheticInput(150, 7);
    const highs = await loadSolver();
    const sync = solvePlanSync(input, highs, {
      timeLimitSeconds: 60,
      answerBudgetSeconds: Infinity,
    });
    const inWorker = await proposePlan(input, {
      timeLimitSeconds: 60,
      answerBudgetSeconds: Infinity,
    });
    expect(sync.status).toBe('optimal');
    expect(inWorker).toEqual(sync);
    expect(inWorker.items.some((i) => i.type === 'offer')).toBe(true);
  });

  it('reuses its workers: requests in a row and at the same time all get the right plan', async () => {
    const inputs = [syntheticInput(60, 21), syntheticInput(80, 22), syntheticInput(40, 23)];
    const highs = await loadSolver();
    const expected = inputs.map((input) => solvePlanSync(input, highs, EXACT));
    for (let round = 0; round < 2; round++) {
      const parallel = await Promise.all(inputs.map((input) => proposePlan(input, EXACT)));
      expect(parallel).toEqual(expected);
    }
    // After a failure (a broken path) the healthy workers still answer.
    await expect(
      proposePlan(inputs[0], { highsModulePath: '/nonexistent/highs.js', timeLimitSeconds: 5 }),
    ).rejects.toThrow();
    expect(await proposePlan(inputs[1], EXACT)).toEqual(expected[1]);
  }, 60_000);

  it('stops idle workers after their idle time, and starts one again when asked', async () => {
    const input = syntheticInput(40, 23);
    // Two at once take (or start) two workers; both are then idle for 0.2 s only.
    const [first] = await Promise.all([
      proposePlan(input, { ...EXACT, idleSeconds: 0.2 }),
      proposePlan(input, { ...EXACT, idleSeconds: 0.2 }),
    ]);
    expect(idleWorkerCount()).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(idleWorkerCount()).toBe(0);
    expect(await proposePlan(input, EXACT)).toEqual(first);
  });

  it('keeps the event loop free while it solves, and stops at the time limit with its gap', async () => {
    // Tight money and time, so no plan closes every gap and the proof takes seconds.
    const base = syntheticInput(5000, 11);
    const input = { ...base, constraints: { ...base.constraints, budgetDkk: 2500, hours: 12 } };
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = Date.now();
    const plan = await proposePlan(input, { timeLimitSeconds: 0.3 });
    const elapsed = Date.now() - started;
    clearInterval(timer);

    expect(plan.status).toBe('time-limit');
    expect(plan.tieBreak).toBe('skipped');
    expect(plan.objectiveBound).toBeGreaterThanOrEqual(plan.objective);
    expect(plan.mipGap).toBeCloseTo(
      (plan.objectiveBound - plan.objective) / plan.objectiveBound,
      12,
    );
    expect(plan.mipGap).toBeGreaterThan(0);
    // The solver starts from the greedy plan, so stopping early never does worse.
    expect(plan.objective).toBeGreaterThanOrEqual(greedyPlan(input).objective - 1e-9);
    const offers = plan.items.filter((i): i is OfferPlanItem => i.type === 'offer');
    expect(offers.reduce((sum, i) => sum + i.priceDkk, 0)).toBeLessThanOrEqual(2500);
    expect(offers.reduce((sum, i) => sum + i.hours, 0)).toBeLessThanOrEqual(12);
    // The main thread kept running timers while the worker solved.
    expect(ticks).toBeGreaterThan(10);
    expect(elapsed).toBeLessThan(30_000);
  }, 60_000);

  it('answers a large catalogue within the answer budget, closure proven, tie-break bounds honest', async () => {
    // Every gap can be closed, so the closure is proven at once and the time goes into the
    // cost tie-break: the budget cuts it.
    const input = syntheticInput(5000, 11);
    const started = Date.now();
    const plan = await proposePlan(input, { timeLimitSeconds: 60, answerBudgetSeconds: 0.5 });
    const elapsed = Date.now() - started;
    expect(plan.status).toBe('optimal');
    expect(plan.mipGap).toBe(0);
    expect(plan.objective).toBeCloseTo(plan.objectiveBound, 9);
    const bounds = plan.tieBreakBounds;
    expect(bounds).not.toBeNull();
    if (plan.tieBreak === 'proven') {
      expect(bounds).toMatchObject({ costBoundDkk: plan.budget.usedDkk, costGap: 0 });
    } else {
      expect(plan.tieBreak).toBe('time-limit');
      expect(bounds?.costBoundDkk).toBeGreaterThanOrEqual(0);
      expect(bounds?.costBoundDkk).toBeLessThanOrEqual(plan.budget.usedDkk);
      expect(bounds?.costGap).toBeCloseTo(
        (plan.budget.usedDkk - (bounds?.costBoundDkk ?? 0)) / plan.budget.usedDkk,
        12,
      );
    }
    // The same closure as a run that proves the tie-breaks (checked on the synchronous path,
    // same code): the budget never trades closure away.
    const highs = await loadSolver();
    const exact = solvePlanSync(input, highs, {
      timeLimitSeconds: 60,
      answerBudgetSeconds: Infinity,
    });
    expect(exact.tieBreak).toBe('proven');
    expect(plan.objective).toBeCloseTo(exact.objective, 9);
    expect(plan.budget.usedDkk).toBeGreaterThanOrEqual(exact.budget.usedDkk);
    expect(bounds?.costBoundDkk).toBeLessThanOrEqual(exact.budget.usedDkk + 1e-6);
    // Model building and explanations come on top of the budget; generous for a shared CI.
    expect(elapsed).toBeLessThan(15_000);
  }, 120_000);

  it('reports a broken solver path as an error instead of hanging', async () => {
    const input = syntheticInput(20, 3);
    await expect(
      proposePlan(input, { highsModulePath: '/nonexistent/highs.js', timeLimitSeconds: 5 }),
    ).rejects.toThrow(/Cannot find module/);
    expect(resolveHighsPath()).toMatch(/highs/);
  });
});
