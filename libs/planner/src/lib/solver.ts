import type { Highs } from 'highs';
import loadHighs from 'highs';
import { createRequire } from 'node:module';
import { isAbsolute, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LinearModel } from './formulation';

/**
 * What a lexicographic stage optimises: the closure, the balance (a learning-with-others
 * offer in the plan, when the balance tie-break applies), the cost, the hours.
 */
export type StageRole = 'closure' | 'others' | 'cost' | 'hours';

/** One lexicographic stage: optimise `cost` in `sense`, then keep it within `tolerance`. */
export interface SolveStage {
  role: StageRole;
  sense: 'max' | 'min';
  cost: number[];
  /**
   * Slack of the row that keeps this stage's optimum in the later stages. On an exact
   * (integer) model half a unit: no plan within it is lost and none worse gets in.
   */
  tolerance: number;
}

export interface SolveRequest {
  model: Omit<LinearModel, 'closure' | 'others' | 'cost' | 'hours' | 'rowNames'>;
  stages: SolveStage[];
  /** A feasible solution to start from (the greedy plan), or null. */
  start: number[] | null;
  /**
   * More starts for the tie-break stages (a cheaper plan with the greedy plan's closure, a
   * greedy plan with learning with others). A tie-break stage starts from the best of these
   * and the previous stage's solution, counting only those that satisfy every row and bound
   * of the stage (the earlier stages' optima included); so they can speed a stage up but
   * never change what it proves.
   */
  extraStarts?: number[][];
  /** Extra HiGHS options (tuning, experiments); the defaults are set in the stages. */
  highsOptions?: Record<string, string | number | boolean>;
  timeLimitSeconds: number;
  /**
   * Wall-clock time (epoch ms, Date.now()) after which the stages after the first stop:
   * the answer budget. The first stage (the closure) runs to its proof or to
   * timeLimitSeconds; the tie-break stages get what is left until this moment, and are
   * skipped when nothing is. Null: they share timeLimitSeconds only.
   */
  tieBreakDeadline?: number | null;
  /**
   * Exact reductions (default true): skip a stage whose start attains its bound, and solve
   * the tie-break stages on the columns the incumbent and the rows leave free. False solves
   * every stage on the whole model (the reference in tests).
   */
  reduce?: boolean;
  /**
   * Where the reduced model's covering rows are rounded (reduction (c)): in every tie-break
   * stage (true), in none (false), or only in the stage with this role. Default 'hours':
   * measured faster there on every catalogue; in the cost stage it helped the 500-offer
   * catalogues and slowed the 10,000-offer one (docs/planner.md). Speed only.
   */
  roundRows?: boolean | StageRole;
  /**
   * HiGHS presolve runs in the cost stage when its model has at most this many columns
   * (default 800; 0 turns it off). Measured faster there on catalogues of 200–500 offers,
   * neutral around 1,000 and slower on 10,000 (docs/planner.md). Speed only.
   */
  presolveMaxColumns?: number;
}

export type StageStatus = 'optimal' | 'time-limit' | 'infeasible' | 'skipped' | 'error';

export interface StageResult {
  status: StageStatus;
  /** Best objective found; null without a solution. */
  objective: number | null;
  /** Proven bound on the objective (MIP dual bound). */
  bound: number | null;
  /** HiGHS's relative MIP gap. */
  gap: number | null;
  /**
   * Columns of the model HiGHS solved for the stage (after the exact reductions); 0 when
   * the start proved the stage by the column bounds alone.
   */
  columns?: number;
}

export interface SolveResult {
  stages: StageResult[];
  /** Column values of the last stage that found a solution; null when none did. */
  colValue: number[] | null;
  /**
   * The solution each stage ended with (index as in `stages`; the previous one when the
   * stage found none). The certificate check falls back on them (certificate.ts).
   */
  solutions: (number[] | null)[];
}

/**
 * The lexicographic solve, as plain JavaScript source so the very same code runs in the
 * calling thread (solvePlanSync) and in a worker thread (proposePlan) without a separate
 * .js file that a bundler would have to copy. Each stage is a fresh HiGHS model: the
 * earlier stages' optima enter as rows (objective ≥ optimum − tolerance, or ≤ for a
 * minimum; on the exact integer model the tolerance is half a unit, so the rows are exact),
 * and the previous solution, or a better extra start, is handed over as a MIP start (for
 * the first stage: the request's start, if any). The engine checks what comes back
 * (settle.ts) before it calls anything proven. Presolve is off except in the cost stage of a small model:
 * on the long closure rows it cost far more than it saved (10,000 offers: 41 s with, 7 s
 * without; see docs/planner.md). All stages
 * share one time limit, and the tie-break stages also stop at the answer budget
 * (tieBreakDeadline); a stage that does not finish optimal ends the sequence.
 */
export const SOLVE_STAGES_SOURCE = `function solveStages(highs, request) {
  var model = request.model;
  var n = model.numCols;
  var rowLower = model.rowLower.slice();
  var rowUpper = model.rowUpper.slice();
  var starts = model.starts.slice();
  var indices = model.indices.slice();
  var values = model.values.slice();
  var colLower = model.colLower.slice();
  var colUpper = model.colUpper.slice();
  var statusCodes = highs.constants.modelStatus;
  var deadline = Date.now() + request.timeLimitSeconds * 1000;
  var stages = [];
  var colValue = request.start;
  var solutions = [];
  var roundRows = request.roundRows === undefined ? 'hours' : request.roundRows;
  var PRESOLVE_MAX_COLUMNS = request.presolveMaxColumns === undefined ? 800 : request.presolveMaxColumns;
  // Whether x satisfies the column bounds, integrality and every row so far (1e-7).
  function feasible(x) {
    if (x.length !== n) return false;
    for (var c = 0; c < n; c++) {
      if (x[c] < colLower[c] - 1e-7 || x[c] > colUpper[c] + 1e-7) return false;
      if (model.integrality[c] === 1 && Math.abs(x[c] - Math.round(x[c])) > 1e-9) return false;
    }
    for (var r = 0; r < rowLower.length; r++) {
      var activity = 0;
      for (var k = starts[r]; k < starts[r + 1]; k++) activity += values[k] * x[indices[k]];
      if (activity < rowLower[r] - 1e-7 || activity > rowUpper[r] + 1e-7) return false;
    }
    return true;
  }
  function objectiveOf(cost, x) {
    var sum = 0;
    for (var c = 0; c < n; c++) sum += cost[c] * x[c];
    return sum;
  }
  // x with its integer columns rounded and every column inside the current bounds, if that
  // is feasible; else null. HiGHS returns y = 0.9999995 within its integrality tolerance.
  function feasibleRounded(x) {
    if (x.length !== n) return null;
    var y = new Array(n);
    for (var c = 0; c < n; c++) {
      var v = model.integrality[c] === 1 ? Math.round(x[c]) : x[c];
      y[c] = Math.min(colUpper[c], Math.max(colLower[c], v));
      if (Math.abs(y[c] - x[c]) > 1e-6) return null;
    }
    return feasible(y) ? y : null;
  }
  // The most (max) or least (min) the objective can reach within the column bounds.
  function boxBestOf(stage) {
    var best = 0;
    for (var b = 0; b < n; b++) {
      if (stage.cost[b] === 0) continue;
      var toward = (stage.cost[b] > 0) === (stage.sense === 'max') ? colUpper[b] : colLower[b];
      best += stage.cost[b] * toward;
    }
    return best;
  }
  // Exact reductions for a tie-break stage (docs/planner.md, "Exact reductions of the
  // tie-break stages"). Returns the model without the columns they fix, or null.
  function reducedModel(stage, incumbent) {
    var lo = colLower.slice();
    var up = colUpper.slice();
    var c, r, k;
    // (a) Incumbent: with every objective coefficient and lower bound ≥ 0, a binary column
    // whose coefficient alone exceeds the incumbent's value (plus the stage's tolerance) is
    // 0 in every solution the stage can return.
    if (incumbent !== null && stage.sense === 'min') {
      var nonNegative = true;
      for (c = 0; c < n; c++) if (stage.cost[c] < 0 || lo[c] < 0) nonNegative = false;
      if (nonNegative) {
        var limit = objectiveOf(stage.cost, incumbent) + stage.tolerance;
        for (c = 0; c < n; c++) {
          if (model.integrality[c] === 1 && lo[c] === 0 && up[c] === 1 && stage.cost[c] > limit) up[c] = 0;
        }
      }
    }
    // (b) Rows, repeated until nothing changes: a binary column that alone would push a
    // row past a bound, given the other columns at their most favourable bounds, is 0; a
    // row whose bound equals its extreme activity fixes every column at that extreme.
    for (var round = 0, changed = true; changed && round < 5; round++) {
      changed = false;
      for (r = 0; r < rowLower.length; r++) {
        var minAct = 0, maxAct = 0;
        for (k = starts[r]; k < starts[r + 1]; k++) {
          c = indices[k];
          var a = values[k];
          minAct += a > 0 ? a * lo[c] : a * up[c];
          maxAct += a > 0 ? a * up[c] : a * lo[c];
        }
        for (k = starts[r]; k < starts[r + 1]; k++) {
          c = indices[k];
          if (model.integrality[c] !== 1 || lo[c] !== 0 || up[c] !== 1) continue;
          var a2 = values[k];
          if ((a2 > 0 && minAct + a2 > rowUpper[r] + 1e-6) || (a2 < 0 && maxAct + a2 < rowLower[r] - 1e-6)) {
            up[c] = 0;
            changed = true;
          }
        }
        var forceMax = isFinite(rowLower[r]) && maxAct <= rowLower[r] + 1e-9;
        var forceMin = isFinite(rowUpper[r]) && minAct >= rowUpper[r] - 1e-9;
        if (forceMax || forceMin) {
          for (k = starts[r]; k < starts[r + 1]; k++) {
            c = indices[k];
            if (lo[c] === up[c]) continue;
            var toUpper = (values[k] > 0) === forceMax;
            if (toUpper) lo[c] = up[c];
            else up[c] = lo[c];
            changed = true;
          }
        }
      }
    }
    // Columns that remain free, and the model on them: fixed columns move into the row
    // bounds and the objective's offset; rows left without a column are dropped.
    var cols = [];
    var position = new Array(n);
    var offset = 0;
    for (c = 0; c < n; c++) {
      if (lo[c] < up[c]) {
        position[c] = cols.length;
        cols.push(c);
      } else {
        position[c] = -1;
        offset += stage.cost[c] * lo[c];
      }
    }
    if (cols.length === n) return null;
    var sub = {
      cols: cols,
      fixed: lo,
      numCols: cols.length,
      colCost: [],
      colLower: [],
      colUpper: [],
      integrality: [],
      rowLower: [],
      rowUpper: [],
      starts: [0],
      indices: [],
      values: [],
      offset: offset,
    };
    for (var j = 0; j < cols.length; j++) {
      sub.colCost.push(stage.cost[cols[j]]);
      sub.colLower.push(lo[cols[j]]);
      sub.colUpper.push(up[cols[j]]);
      sub.integrality.push(model.integrality[cols[j]]);
    }
    for (r = 0; r < rowLower.length; r++) {
      var constant = 0;
      var entries = 0;
      for (k = starts[r]; k < starts[r + 1]; k++) {
        c = indices[k];
        if (position[c] < 0) constant += values[k] * lo[c];
        else {
          sub.indices.push(position[c]);
          sub.values.push(values[k]);
          entries++;
        }
      }
      if (entries === 0) {
        // Decided by the fixed columns alone; a violated one leaves the model unreduced.
        if (constant < rowLower[r] - 1e-7 || constant > rowUpper[r] + 1e-7) return null;
        continue;
      }
      sub.starts.push(sub.indices.length);
      sub.rowLower.push(rowLower[r] - constant);
      sub.rowUpper.push(rowUpper[r] - constant);
      if (roundRows === true || roundRows === stage.role) roundCovering(sub, sub.rowLower.length - 1);
    }
    return sub;
  }
  // (c) A covering row Σ a_j x_j ≥ b over binary columns with a_j > 0 (stored negated as
  // Σ −a_j x_j ≤ −b): when every a_j < b is a multiple of u, a plan's sum over them is a
  // multiple of u, so it reaches b only if it reaches b' = ⌈b/u⌉·u; a column with a_j ≥ b
  // satisfies both rows alone when its coefficient becomes b'. Same binary solutions,
  // tighter LP.
  function roundCovering(sub, r) {
    var from = sub.starts[r], to = sub.starts[r + 1];
    var sign = sub.values[from] < 0 ? -1 : 1;
    var b = sign < 0 ? -sub.rowUpper[r] : sub.rowLower[r];
    var other = sign < 0 ? sub.rowLower[r] : sub.rowUpper[r];
    if (!isFinite(b) || b <= 0 || isFinite(other)) return;
    var g = 0;
    for (var k = from; k < to; k++) {
      var j = sub.indices[k];
      var a = sign * sub.values[k];
      if (a <= 0 || sub.integrality[j] !== 1 || sub.colLower[j] !== 0 || sub.colUpper[j] !== 1) return;
      if (a >= b - 1e-9) continue;
      var scaled = Math.round(a * 1e6);
      if (scaled <= 0 || Math.abs(a * 1e6 - scaled) > 1e-6) return;
      var x = g, y = scaled;
      while (y !== 0) { var t = x % y; x = y; y = t; }
      g = x;
    }
    if (g === 0) return;
    var u = g / 1e6;
    var rounded = Math.ceil(b / u - 1e-7) * u;
    if (rounded <= b + 1e-9) return;
    for (var m = from; m < to; m++) {
      if (sign * sub.values[m] >= b - 1e-9) sub.values[m] = sign * rounded;
    }
    if (sign < 0) sub.rowUpper[r] = -rounded;
    else sub.rowLower[r] = rounded;
  }
  // A full-model start on the reduced columns, or null if it contradicts a fixed column.
  function project(sub, x) {
    var position = 0;
    var out = [];
    for (var d = 0; d < n; d++) {
      if (position < sub.cols.length && sub.cols[position] === d) {
        out.push(x[d]);
        position++;
      } else if (Math.abs(x[d] - sub.fixed[d]) > 1e-6) {
        return null;
      }
    }
    return out;
  }
  function expand(sub, x) {
    var full = sub.fixed.slice();
    for (var j = 0; j < sub.cols.length; j++) full[sub.cols[j]] = x[j];
    return full;
  }
  // Keeps a proven stage at its optimum for the stages after it; false when the sequence
  // ends (the stage did not finish optimal).
  function keepOptimum(stage, result) {
    if (result.status !== 'optimal') return false;
    // The row keeps the stage at its optimum. Its value is recomputed with the integer
    // columns rounded: HiGHS accepts y = 0.9999995 within its integrality tolerance, and
    // a price of 2,000 times that is 0.001 below the integral plan's cost, which a
    // tolerance of 0.001 would then exclude.
    var attained = 0;
    for (var k = 0; k < n; k++) {
      attained += stage.cost[k] * (model.integrality[k] === 1 ? Math.round(colValue[k]) : colValue[k]);
    }
    var optimum = stage.sense === 'max'
      ? Math.min(result.objective, attained)
      : Math.max(result.objective, attained);
    // When the optimum is the most the objective can reach within the column bounds (every
    // gap closed), every plan that attains it has each objective column at its best bound:
    // fix them instead of adding the objective row. Exact, and it keeps a nearly tight
    // aggregated row out of the model, on which HiGHS's tolerances proved wrong optima
    // (docs/planner.md, "Exactness of the tie-breaks").
    var boxBest = boxBestOf(stage);
    var reachesBox = isFinite(boxBest) && (stage.sense === 'max'
      ? optimum >= boxBest - stage.tolerance
      : optimum <= boxBest + stage.tolerance);
    // More generally, an integer column whose objective weight exceeds what the optimum
    // leaves below the box (plus the tolerance) is at its best bound in every plan that keeps
    // the optimum: one unit off it loses more than that. On the exact model this fixes the
    // closure of every term but the cheapest ones when the balance is all that is missing
    // from the box (every gap closed, no learning with others possible). Implied by the row,
    // so exact; the row is added unless every objective column is fixed.
    var slack = isFinite(boxBest)
      ? (stage.sense === 'max' ? boxBest - optimum : optimum - boxBest) + stage.tolerance
      : Infinity;
    var allFixed = true;
    for (var f = 0; f < n; f++) {
      if (stage.cost[f] === 0) continue;
      if (reachesBox || (model.integrality[f] === 1 && Math.abs(stage.cost[f]) > slack)) {
        if ((stage.cost[f] > 0) === (stage.sense === 'max')) colLower[f] = colUpper[f];
        else colUpper[f] = colLower[f];
      } else {
        allFixed = false;
      }
    }
    if (allFixed) return true;
    for (var j = 0; j < n; j++) {
      if (stage.cost[j] !== 0) {
        indices.push(j);
        values.push(stage.cost[j]);
      }
    }
    starts.push(indices.length);
    if (stage.sense === 'max') {
      rowLower.push(optimum - stage.tolerance);
      rowUpper.push(Infinity);
    } else {
      rowLower.push(-Infinity);
      rowUpper.push(optimum + stage.tolerance);
    }
    return true;
  }
  // Solves one stage on the model sub (the whole model when sub.cols is null).
  function runStage(sub, stage, start, incumbent, remaining) {
    var found = null;
    var solver = highs.createModel();
    try {
      solver.options.set({
        output_flag: false,
        // Presolve only in the cost stage of a small model: there it shortens the proof
        // (500-offer benchmark, 643 columns: 0.21 s to 0.17 s; 200–300 offers: about half);
        // from about 1,000 columns it gains nothing and on 10,000 offers it was 2.5 times
        // slower; in the closure and hours stages it costs more than it saves
        // (docs/planner.md, fourth pass). Speed only: the model and tolerances are the same.
        presolve: stage.role === 'cost' && sub.numCols <= PRESOLVE_MAX_COLUMNS ? 'on' : 'off',
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
        sense: stage.sense === 'max'
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
        integrality: sub.integrality,
      });
      if (start !== null) {
        var subStart = sub.cols === null ? start : project(sub, incumbent !== null ? incumbent : start);
        if (subStart !== null) solver.setSolution({ colValue: subStart });
      }
      var code = solver.run().modelStatus;
      var hasSolution = Number(solver.info.get('primal_solution_status')) === 2;
      var status = code === statusCodes.optimal ? 'optimal'
        : code === statusCodes.timeLimit ? 'time-limit'
        : code === statusCodes.infeasible ? 'infeasible' : 'error';
      var result = {
        status: status,
        objective: hasSolution ? solver.getObjectiveValue() : null,
        bound: hasSolution ? Number(solver.info.get('mip_dual_bound')) : null,
        gap: hasSolution ? Number(solver.info.get('mip_gap')) : null,
        columns: sub.numCols,
      };
      if (hasSolution) {
        var solved = Array.from(solver.getSolution().colValue);
        found = sub.cols === null ? solved : expand(sub, solved);
      }
    } finally {
      solver.dispose();
    }
    return { result: result, colValue: found };
  }
  for (var s = 0; s < request.stages.length; s++) {
    var stage = request.stages[s];
    var stageDeadline = s > 0 && request.tieBreakDeadline != null
      ? Math.min(deadline, request.tieBreakDeadline)
      : deadline;
    var remaining = (stageDeadline - Date.now()) / 1000;
    if (s > 0 && remaining <= 0) {
      stages.push({ status: 'skipped', objective: null, bound: null, gap: null });
      solutions.push(colValue);
      break;
    }
    var result;
    var start = colValue;
    var extra = s > 0 && request.extraStarts ? request.extraStarts : [];
    for (var e = 0; e < extra.length; e++) {
      if (!feasible(extra[e])) continue;
      var better = start === null ||
        (stage.sense === 'max'
          ? objectiveOf(stage.cost, extra[e]) > objectiveOf(stage.cost, start)
          : objectiveOf(stage.cost, extra[e]) < objectiveOf(stage.cost, start));
      if (better) start = extra[e];
    }
    var reduce = request.reduce !== false;
    var incumbent = start === null || !reduce ? null : feasibleRounded(start);
    // A start that attains the most the objective can reach within the column bounds (a
    // greedy plan closing every gap) is optimal by that bound alone: no solve needed.
    if (incumbent !== null) {
      var best = boxBestOf(stage);
      var value = objectiveOf(stage.cost, incumbent);
      if (isFinite(best) && (stage.sense === 'max' ? value >= best - 1e-12 : value <= best + 1e-12)) {
        result = { status: 'optimal', objective: value, bound: value, gap: 0, columns: 0 };
        colValue = incumbent;
        stages.push(result);
        solutions.push(colValue);
        keepOptimum(stage, result);
        continue;
      }
    }
    var sub = s > 0 && reduce ? reducedModel(stage, incumbent) : null;
    if (sub !== null && sub.numCols === 0) {
      // The reductions fixed every column (their rows all hold): the stage is decided.
      colValue = expand(sub, []);
      var fixedValue = objectiveOf(stage.cost, colValue);
      result = { status: 'optimal', objective: fixedValue, bound: fixedValue, gap: 0, columns: 0 };
      stages.push(result);
      solutions.push(colValue);
      keepOptimum(stage, result);
      continue;
    }
    var whole = {
      cols: null,
      numCols: n,
      colCost: stage.cost,
      colLower: colLower,
      colUpper: colUpper,
      integrality: model.integrality,
      rowLower: rowLower,
      rowUpper: rowUpper,
      starts: starts,
      indices: indices,
      values: values,
      offset: 0,
    };
    var run = runStage(sub === null ? whole : sub, stage, start, incumbent, remaining);
    // The reductions are exact, but the reduced model may lose a plan the whole model
    // accepts only within HiGHS's tolerances (an earlier stage's row at its optimum to
    // 10⁻⁶): then the stage is solved on the whole model, as before.
    if (sub !== null && run.result.status === 'infeasible') {
      run = runStage(whole, stage, start, incumbent, (stageDeadline - Date.now()) / 1000);
    }
    result = run.result;
    if (run.colValue !== null) colValue = run.colValue;
    stages.push(result);
    solutions.push(colValue);
    if (!keepOptimum(stage, result)) break;
  }
  return { stages: stages, colValue: colValue, solutions: solutions };
}`;

type SolveStagesFn = (highs: Highs, request: SolveRequest) => SolveResult;

let compiled: SolveStagesFn | null = null;
function solveStagesFn(): SolveStagesFn {
  // Built from the same source the worker runs, so both paths are one implementation.
  compiled ??= new Function(`return ${SOLVE_STAGES_SOURCE}`)() as SolveStagesFn;
  return compiled;
}

let loaded: Promise<Highs> | null = null;
/** Loads the HiGHS WebAssembly runtime once per process (for solvePlanSync). */
export function loadSolver(): Promise<Highs> {
  loaded ??= loadHighs();
  return loaded;
}

/** Runs the stages in the calling thread: it blocks until HiGHS finishes or hits the limit. */
export function solveStagesSync(highs: Highs, request: SolveRequest): SolveResult {
  return solveStagesFn()(highs, request);
}

// A worker loads HiGHS once and then answers one request at a time ({ id, request }).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const solveStages = ${SOLVE_STAGES_SOURCE};
const highs = require(workerData.highsPath)();
parentPort.on('message', ({ id, request }) => {
  highs
    .then((solver) => {
      parentPort.postMessage({ id, ok: true, result: solveStages(solver, request) });
    })
    .catch((error) => {
      parentPort.postMessage({ id, ok: false, message: String((error && error.message) || error) });
    });
});
`;

/**
 * Where the highs package lives, resolved at run time so it works from the TypeScript
 * sources (jest), from a webpack bundle (where `require.resolve` may be rewritten) and
 * from plain Node: first the module system, then the working directory.
 */
export function resolveHighsPath(): string {
  try {
    // A bundler may rewrite require.resolve to a module id: only a real path counts.
    const resolved: unknown = require.resolve('highs');
    if (typeof resolved === 'string' && isAbsolute(resolved)) return resolved;
  } catch {
    // fall through to the working directory
  }
  return createRequire(join(process.cwd(), 'package.json')).resolve('highs');
}

export interface WorkerSolveOptions {
  /** Path of the highs package's entry file; resolved at run time when left out. */
  highsModulePath?: string;
  /** Extra time before the worker is stopped if HiGHS overruns its own limit. */
  graceSeconds?: number;
}

type WorkerReply =
  | { id: number; ok: true; result: SolveResult }
  | { id: number; ok: false; message: string };

/** Idle workers kept for the next request, per highs path: starting one and loading HiGHS
 * costs about 60 ms, more than a 500-offer solve. */
const MAX_IDLE_WORKERS = 2;
const idleWorkers = new Map<string, Worker[]>();
let nextRequestId = 1;

function takeWorker(highsPath: string): Worker {
  const idle = idleWorkers.get(highsPath)?.pop();
  if (idle) {
    idle.ref();
    return idle;
  }
  return new Worker(WORKER_SOURCE, { eval: true, workerData: { highsPath } });
}

function returnWorker(highsPath: string, worker: Worker): void {
  const idle = idleWorkers.get(highsPath) ?? [];
  if (idle.length >= MAX_IDLE_WORKERS) {
    void worker.terminate();
    return;
  }
  // An idle worker must not keep the process (a script, a test run) alive.
  worker.unref();
  idle.push(worker);
  idleWorkers.set(highsPath, idle);
}

function dropIdle(highsPath: string, worker: Worker): void {
  const idle = idleWorkers.get(highsPath);
  const index = idle?.indexOf(worker) ?? -1;
  if (idle && index >= 0) idle.splice(index, 1);
}

/**
 * Runs the stages in a worker thread, so the calling thread (the API's event loop) never
 * blocks on the solver. HiGHS stops itself at the time limit; should it not, the worker
 * is terminated after the grace period and the promise rejects.
 */
export function solveStagesInWorker(
  request: SolveRequest,
  options: WorkerSolveOptions = {},
): Promise<SolveResult> {
  const highsPath = options.highsModulePath ?? resolveHighsPath();
  const graceMs = (options.graceSeconds ?? 10) * 1000;
  return new Promise<SolveResult>((resolve, reject) => {
    const worker = takeWorker(highsPath);
    const id = nextRequestId++;
    let settled = false;
    const finish = (action: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      action();
      // A worker that answered is reused; one that failed or overran is stopped.
      if (reusable) returnWorker(highsPath, worker);
      else {
        dropIdle(highsPath, worker);
        void worker.terminate();
      }
    };
    const onMessage = (message: WorkerReply) => {
      if (message.id !== id) return;
      finish(
        () => (message.ok ? resolve(message.result) : reject(new Error(message.message))),
        message.ok,
      );
    };
    const onError = (error: Error) => finish(() => reject(error), false);
    const onExit = (code: number) =>
      finish(() => reject(new Error(`Planlæggerens tråd stoppede uventet (kode ${code}).`)), false);
    const timer = setTimeout(
      () =>
        finish(() => reject(new Error('Planlæggeren svarede ikke inden for tidsgrænsen.')), false),
      request.timeLimitSeconds * 1000 + graceMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, request });
  });
}
