import type { Highs } from 'highs';
import { syntheticInput } from '../test/synthetic';
import { formulate } from './formulation';
import type { PlanInput } from './plan-types';
import { buildProposal, solveRequest } from './planner';
import { loadSolver, solveStagesSync } from './solver';

/** Mid-sized catalogues (40–300 offers) where the budget often lets every gap close. */
function instance(seed: number): PlanInput {
  const base = syntheticInput(40 + ((seed * 53) % 260), 500 + seed);
  return {
    ...base,
    constraints: {
      ...base.constraints,
      budgetDkk: 5000 + ((seed * 7919) % 6) * 5000,
      hours: 20 + ((seed * 104729) % 7) * 10,
      maxFormalOffers: 1 + (seed % 3),
    },
  };
}

describe('tie-breaks: the proven least cost does not depend on how the solver gets there', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadSolver();
  });

  // Regression: with the closure kept by the row Σ c·z ≥ Z* − tolerance, HiGHS proved four
  // different "least" costs for the same full-closure instance depending on its start and
  // tolerances (seed 2: 15,250 / 12,000 / 12,250 / 10,500 DKK, all "optimal"; seeds 9 and
  // 13 likewise). Fixing the closure columns at their caps instead makes them agree.
  it('gives the same closure, cost and hours with any start and tighter tolerances', () => {
    let fullClosure = 0;
    for (let seed = 1; seed <= 14; seed++) {
      const input = instance(seed);
      const formulation = formulate(input);
      const request = solveRequest(input, formulation, 60, null);
      const variants = [
        request,
        { ...request, extraStarts: [] },
        { ...request, start: null, extraStarts: [] },
        { ...request, highsOptions: { mip_feasibility_tolerance: 1e-9 } },
      ];
      const plans = variants.map((r) =>
        buildProposal(input, formulation, solveStagesSync(highs, r)),
      );
      const context = `seed ${seed}`;
      for (const plan of plans) {
        expect([context, plan.status, plan.tieBreak]).toEqual([context, 'optimal', 'proven']);
        expect([context, plan.objective]).toEqual([context, expect.closeTo(plans[0].objective, 9)]);
        expect([context, plan.budget.usedDkk, plan.hours.used]).toEqual([
          context,
          plans[0].budget.usedDkk,
          plans[0].hours.used,
        ]);
      }
      const best = formulation.scoring.terms.reduce((s, t) => s + t.coefficient * t.gap, 0);
      if (Math.abs(plans[0].objective - best) < 1e-9) fullClosure++;
    }
    // The seeds include the full-closure instances that went wrong before.
    expect(fullClosure).toBeGreaterThanOrEqual(3);
  });
});
