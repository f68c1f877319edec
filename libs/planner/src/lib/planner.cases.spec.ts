import type { Highs } from 'highs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formulate } from './formulation';
import type { OfferPlanItem, PlanInput, PlanProposal } from './plan-types';
import { buildProposal, solvePlanSync, solveRequest } from './planner';
import { loadSolver, solveStagesSync } from './solver';

/**
 * The two inputs of issue 17 (`../shared/planner-cases/`, kept here verbatim): the engine
 * answered a "proven" least cost above the least cost for the same closure (2,000 DKK where
 * 1,000 closes as much; 17,500 where 12,750 does), because HiGHS, with presolve on, trusted
 * a nearly tight closure row `Σ c·z ≥ Z* − 10⁻⁷·…`. With the exact (integer) rows they
 * answer the least cost, and the answer no longer depends on presolve, the starts or the
 * tolerances.
 */
const load = (name: string): PlanInput =>
  JSON.parse(readFileSync(join(__dirname, '../test/cases', `${name}-input.json`), 'utf8'));

const CASES: { name: string; input: PlanInput; closure: number; cost: number; offers: string[] }[] =
  [
    {
      name: 'seed700',
      input: load('seed700'),
      closure: 8.6075,
      cost: 1000,
      offers: ['o067', 'o076', 'o086', 'o100', 'o112'],
    },
    {
      name: 'seed20',
      input: load('seed20'),
      closure: 12.46625,
      cost: 12750,
      offers: ['o053', 'o057', 'o107'],
    },
  ];

const offerIds = (plan: PlanProposal) =>
  plan.items
    .filter((i): i is OfferPlanItem => i.type === 'offer')
    .map((i) => i.offerId)
    .sort();

describe('issue 17: a proven least cost is the least cost', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadSolver();
  });

  it.each(CASES)('$name: answers the least cost for the optimal closure, proven', (c) => {
    const plan = solvePlanSync(c.input, highs, { answerBudgetSeconds: Infinity });
    expect(plan).toMatchObject({ status: 'optimal', tieBreak: 'proven' });
    expect(plan.objective).toBeCloseTo(c.closure, 9);
    expect(plan.budget.usedDkk).toBe(c.cost);
    expect(offerIds(plan)).toEqual(c.offers);
  });

  it.each(CASES)(
    '$name: the same plan with presolve on or off, without starts, tighter tolerances',
    (c) => {
      const formulation = formulate(c.input);
      expect(formulation.exact).not.toBeNull();
      const request = solveRequest(c.input, formulation, 60, null);
      const variants = [
        request,
        { ...request, presolveMaxColumns: 0 },
        { ...request, highsOptions: { presolve: 'on' } },
        { ...request, start: null, extraStarts: [] },
        { ...request, highsOptions: { primal_feasibility_tolerance: 1e-9 } },
        { ...request, reduce: false },
      ];
      for (const variant of variants) {
        const plan = buildProposal(c.input, formulation, solveStagesSync(highs, variant));
        expect([plan.status, plan.tieBreak]).toEqual(['optimal', 'proven']);
        expect(plan.objective).toBeCloseTo(c.closure, 9);
        expect(plan.budget.usedDkk).toBe(c.cost);
      }
    },
  );
});
