import type { Highs } from 'highs';
import { syntheticInput } from '../test/synthetic';
import { formulate } from './formulation';
import type { PlanInput } from './plan-types';
import { buildProposal, solveRequest } from './planner';
import { loadSolver, solveStagesSync, type SolveRequest } from './solver';

/**
 * Random synthetic catalogues of 30–250 offers: budgets from tight (the closure is the
 * hard part, the closure row stays) to ample (every gap closes, the closure columns are
 * fixed), hours 20 or 80, K 1–3.
 */
function instance(seed: number): PlanInput {
  const base = syntheticInput(30 + ((seed * 61) % 221), 900 + seed);
  return {
    ...base,
    constraints: {
      ...base.constraints,
      budgetDkk: [3000, 15000, 30000][seed % 3],
      hours: seed % 3 === 0 ? 20 : 80,
      maxFormalOffers: 1 + ((seed * 5) % 3),
    },
  };
}

describe('exact reductions of the tie-break stages', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadSolver();
  });

  // The reduced models (columns fixed by the incumbent and the rows, covering rows
  // rounded, a stage proven by its start skipped) must prove the same closure, least cost
  // and fewest hours as the whole model.
  it('gives the same closure, cost and hours as the whole model', () => {
    let fullClosure = 0;
    let partialClosure = 0;
    let smaller = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const input = instance(seed);
      const formulation = formulate(input);
      if (formulation.candidates.length === 0) continue;
      const request = solveRequest(input, formulation, 60, null);
      const variants: SolveRequest[] = [
        { ...request, reduce: false },
        request,
        { ...request, roundRows: true },
        { ...request, roundRows: false, extraStarts: [] },
      ];
      const results = variants.map((r) => solveStagesSync(highs, r));
      const plans = results.map((r) => buildProposal(input, formulation, r));
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
      const whole = formulation.model.numCols;
      if (results[1].stages.slice(1).some((s) => (s.columns ?? whole) < whole)) smaller++;
      const best = formulation.scoring.terms.reduce((s, t) => s + t.coefficient * t.gap, 0);
      if (Math.abs(plans[0].objective - best) < 1e-9) fullClosure++;
      else partialClosure++;
    }
    // Both kinds of instances, and the reductions do remove columns.
    expect(fullClosure).toBeGreaterThanOrEqual(3);
    expect(partialClosure).toBeGreaterThanOrEqual(3);
    expect(smaller).toBeGreaterThanOrEqual(8);
  });

  it('skips the closure stage when the start closes every gap, and says so', () => {
    const input = syntheticInput(200, 7);
    const formulation = formulate(input);
    const request = solveRequest(input, formulation, 60, null);
    const result = solveStagesSync(highs, request);
    // The most the closure stage can reach: every gap closed (and learning with others).
    const { closure, colUpper } = formulation.model;
    const best = closure.reduce((sum, w, j) => sum + w * colUpper[j], 0);
    expect(result.stages[0]).toEqual({
      status: 'optimal',
      objective: best,
      bound: best,
      gap: 0,
      columns: 0,
    });
    const reference = solveStagesSync(highs, { ...request, reduce: false });
    expect(result.stages.map((s) => s.objective)).toEqual(
      reference.stages.map((s) => expect.closeTo(s.objective ?? NaN, 6)),
    );
  });
});
