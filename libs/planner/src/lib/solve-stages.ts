import type { Highs } from 'highs';
import type {
  SolveRequest,
  SolveResult,
  SolveStage,
  StageResult,
  StageStatus,
} from './solve-types';
import { expand, project, StageModel, type SubModel } from './stage-model';

/*
 * The lexicographic solve. The same function runs in the calling thread (solvePlanSync) and
 * in the worker thread (solver.worker.ts, proposePlan): it imports nothing at run time but
 * stage-model.ts, and gets HiGHS as an argument.
 */

const DEFAULT_PRESOLVE_MAX_COLUMNS = 800;

interface StageRun {
  result: StageResult;
  colValue: number[] | null;
}

/**
 * Solves the stages in order. Each stage is a fresh HiGHS model: the earlier stages' optima
 * enter as rows (objective ≥ optimum − tolerance, or ≤ for a minimum; on the exact model the
 * tolerance is half a grid step, so the rows are exact), and the previous solution, or a
 * better extra start, is handed over as a MIP start (for the first stage: the request's
 * start, if any). The engine checks what comes back (settle.ts) before it calls anything
 * proven. Presolve is off except in the cost stage of a small model: on the long closure
 * rows it cost far more than it saved (10,000 offers: 41 s with, 7 s without; see
 * docs/planner.md). All stages share one time limit, and the tie-break stages also stop at
 * the answer budget (tieBreakDeadline); a stage that does not finish optimal ends the
 * sequence.
 */
export function solveStages(highs: Highs, request: SolveRequest): SolveResult {
  const state = new StageModel(request.model);
  const deadline = Date.now() + request.timeLimitSeconds * 1000;
  const roundRows = request.roundRows ?? 'hours';
  const reduce = request.reduce !== false;
  const stages: StageResult[] = [];
  const solutions: (number[] | null)[] = [];
  let colValue = request.start;

  for (let s = 0; s < request.stages.length; s++) {
    const stage = request.stages[s];
    const stageDeadline =
      s > 0 && request.tieBreakDeadline != null
        ? Math.min(deadline, request.tieBreakDeadline)
        : deadline;
    const remaining = (stageDeadline - Date.now()) / 1000;
    if (s > 0 && remaining <= 0) {
      stages.push({ status: 'skipped', objective: null, bound: null, gap: null });
      solutions.push(colValue);
      break;
    }
    const start = bestStart(state, stage, colValue, s > 0 ? (request.extraStarts ?? []) : []);
    const incumbent = start === null || !reduce ? null : state.feasibleRounded(start);
    // A start that attains the most the objective can reach within the column bounds (a
    // greedy plan closing every gap) is optimal by that bound alone: no solve needed.
    if (incumbent !== null) {
      const best = state.boxBestOf(stage);
      const value = state.objectiveOf(stage.cost, incumbent);
      if (
        Number.isFinite(best) &&
        (stage.sense === 'max' ? value >= best - 1e-12 : value <= best + 1e-12)
      ) {
        const result: StageResult = {
          status: 'optimal',
          objective: value,
          bound: value,
          gap: 0,
          columns: 0,
        };
        colValue = incumbent;
        stages.push(result);
        solutions.push(colValue);
        state.keepOptimum(stage, result, colValue);
        continue;
      }
    }
    const sub = s > 0 && reduce ? state.reducedModel(stage, incumbent, roundRows) : null;
    if (sub !== null && sub.numCols === 0) {
      // The reductions fixed every column (their rows all hold): the stage is decided.
      colValue = expand(sub, []);
      const fixedValue = state.objectiveOf(stage.cost, colValue);
      const result: StageResult = {
        status: 'optimal',
        objective: fixedValue,
        bound: fixedValue,
        gap: 0,
        columns: 0,
      };
      stages.push(result);
      solutions.push(colValue);
      state.keepOptimum(stage, result, colValue);
      continue;
    }
    const whole = state.whole(stage);
    let run = runStage(highs, request, state, sub ?? whole, stage, start, incumbent, remaining);
    // The reductions are exact, but the reduced model may lose a plan the whole model
    // accepts only within HiGHS's tolerances (an earlier stage's row at its optimum to
    // 10⁻⁶): then the stage is solved on the whole model, as before.
    if (sub !== null && run.result.status === 'infeasible') {
      const left = (stageDeadline - Date.now()) / 1000;
      run = runStage(highs, request, state, whole, stage, start, incumbent, left);
    }
    if (run.colValue !== null) colValue = run.colValue;
    stages.push(run.result);
    solutions.push(colValue);
    if (colValue === null || !state.keepOptimum(stage, run.result, colValue)) break;
  }
  return { stages, colValue, solutions };
}

/** The previous solution, or an extra start that fits the stage and is better on it. */
function bestStart(
  state: StageModel,
  stage: SolveStage,
  previous: number[] | null,
  extra: readonly number[][],
): number[] | null {
  let start = previous;
  for (const candidate of extra) {
    if (!state.feasible(candidate)) continue;
    const better =
      start === null ||
      (stage.sense === 'max'
        ? state.objectiveOf(stage.cost, candidate) > state.objectiveOf(stage.cost, start)
        : state.objectiveOf(stage.cost, candidate) < state.objectiveOf(stage.cost, start));
    if (better) start = candidate;
  }
  return start;
}

/** Solves one stage on the model sub (the whole model when sub.cols is null). */
function runStage(
  highs: Highs,
  request: SolveRequest,
  state: StageModel,
  sub: SubModel,
  stage: SolveStage,
  start: number[] | null,
  incumbent: number[] | null,
  remaining: number,
): StageRun {
  const codes = highs.constants.modelStatus;
  const presolveMax = request.presolveMaxColumns ?? DEFAULT_PRESOLVE_MAX_COLUMNS;
  const solver = highs.createModel();
  try {
    solver.options.set({
      output_flag: false,
      // Presolve only in the cost stage of a small model: there it shortens the proof
      // (500-offer benchmark, 643 columns: 0.21 s to 0.17 s; 200–300 offers: about half);
      // from about 1,000 columns it gains nothing and on 10,000 offers it was 2.5 times
      // slower; in the closure and hours stages it costs more than it saves
      // (docs/planner.md, fourth pass). Speed only: the model and tolerances are the same.
      presolve: stage.role === 'cost' && sub.numCols <= presolveMax ? 'on' : 'off',
      mip_rel_gap: 0,
      mip_abs_gap: 1e-9,
      random_seed: 0,
      // Keep the LP and the cut pool small: the covering rows of a full-closure cost
      // stage breed thousands of cuts (2,086 at the root of the 500-offer benchmark);
      // aging them out sooner halves the proof there (docs/planner.md). Speed only.
      mip_lp_age_limit: 2,
      mip_pool_soft_limit: 100,
      time_limit: Math.max(remaining, 0.01),
    });
    if (request.highsOptions) solver.options.set(request.highsOptions);
    solver.passModel({
      numCols: sub.numCols,
      numRows: sub.rowLower.length,
      sense:
        stage.sense === 'max'
          ? highs.constants.objectiveSense.maximize
          : highs.constants.objectiveSense.minimize,
      offset: sub.offset,
      colCost: sub.colCost,
      colLower: sub.colLower,
      colUpper: sub.colUpper,
      rowLower: sub.rowLower,
      rowUpper: sub.rowUpper,
      matrix: {
        format: 'csr',
        numRows: sub.rowLower.length,
        numCols: sub.numCols,
        starts: sub.starts,
        indices: sub.indices,
        values: sub.values,
      },
      integrality: Int32Array.from(sub.integrality),
    });
    if (start !== null) {
      const subStart = sub.cols === null ? start : project(sub, incumbent ?? start, state.n);
      if (subStart !== null) solver.setSolution({ colValue: subStart });
    }
    const code = solver.run().modelStatus;
    const hasSolution = Number(solver.info.get('primal_solution_status')) === 2;
    const status: StageStatus =
      code === codes.optimal
        ? 'optimal'
        : code === codes.timeLimit
          ? 'time-limit'
          : code === codes.infeasible
            ? 'infeasible'
            : 'error';
    const result: StageResult = {
      status,
      objective: hasSolution ? solver.getObjectiveValue() : null,
      bound: hasSolution ? Number(solver.info.get('mip_dual_bound')) : null,
      gap: hasSolution ? Number(solver.info.get('mip_gap')) : null,
      columns: sub.numCols,
    };
    const found = hasSolution ? expand(sub, Array.from(solver.getSolution().colValue)) : null;
    return { result, colValue: found };
  } finally {
    solver.dispose();
  }
}
