import type { Highs } from 'highs';
import loadHighs from 'highs';
import { createRequire } from 'node:module';
import { isAbsolute, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LinearModel } from './formulation';

/** One lexicographic stage: optimise `cost` in `sense`, then keep it within `tolerance`. */
export interface SolveStage {
  sense: 'max' | 'min';
  cost: number[];
  tolerance: number;
}

export interface SolveRequest {
  model: Omit<LinearModel, 'closure' | 'cost' | 'hours' | 'rowNames'>;
  stages: SolveStage[];
  /** A feasible solution to start from (the greedy plan), or null. */
  start: number[] | null;
  /**
   * A second start for the first tie-break stage (a cheaper plan with the greedy plan's
   * closure), or null. Used only when it satisfies every row of that stage, the closure
   * row included, and beats the first stage's solution on the stage's objective; so it can
   * speed the stage up but never change what it proves.
   */
  tieBreakStart?: number[] | null;
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
}

export interface SolveResult {
  stages: StageResult[];
  /** Column values of the last stage that found a solution; null when none did. */
  colValue: number[] | null;
}

/**
 * The lexicographic solve, as plain JavaScript source so the very same code runs in the
 * calling thread (solvePlanSync) and in a worker thread (proposePlan) without a separate
 * .js file that a bundler would have to copy. Each stage is a fresh HiGHS model: the
 * earlier stages' optima enter as rows (objective ≥ optimum − tolerance, or ≤ for a
 * minimum), and the previous solution is handed over as a MIP start (for the first stage:
 * the request's start, if any). Presolve is off: on the long closure rows it cost far more
 * than it saved (10,000 offers: 41 s with, 7 s without; see docs/planner.md). All stages
 * share one time limit, and the tie-break stages also stop at the answer budget
 * (tieBreakDeadline); a stage that does not finish optimal ends the sequence.
 */
export const SOLVE_STAGES_SOURCE = `function solveStages(highs, request) {
  var model = request.model;
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
  // Whether x satisfies the column bounds, integrality and every row so far (1e-7).
  function feasible(x) {
    if (x.length !== model.numCols) return false;
    for (var c = 0; c < model.numCols; c++) {
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
  for (var s = 0; s < request.stages.length; s++) {
    var stage = request.stages[s];
    var stageDeadline = s > 0 && request.tieBreakDeadline != null
      ? Math.min(deadline, request.tieBreakDeadline)
      : deadline;
    var remaining = (stageDeadline - Date.now()) / 1000;
    if (s > 0 && remaining <= 0) {
      stages.push({ status: 'skipped', objective: null, bound: null, gap: null });
      break;
    }
    var solver = highs.createModel();
    var result;
    try {
      solver.options.set({
        output_flag: false,
        presolve: 'off',
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
        numCols: model.numCols,
        numRows: rowLower.length,
        sense: stage.sense === 'max'
          ? highs.constants.objectiveSense.maximize
          : highs.constants.objectiveSense.minimize,
        colCost: stage.cost,
        colLower: colLower,
        colUpper: colUpper,
        rowLower: rowLower,
        rowUpper: rowUpper,
        matrix: {
          format: 'csr',
          numRows: rowLower.length,
          numCols: model.numCols,
          starts: starts,
          indices: indices,
          values: values,
        },
        integrality: model.integrality,
      });
      var start = colValue;
      if (s === 1 && request.tieBreakStart && feasible(request.tieBreakStart)) {
        var value = function (x) {
          var sum = 0;
          for (var c = 0; c < model.numCols; c++) sum += stage.cost[c] * x[c];
          return sum;
        };
        var better = start === null ||
          (stage.sense === 'max'
            ? value(request.tieBreakStart) > value(start)
            : value(request.tieBreakStart) < value(start));
        if (better) start = request.tieBreakStart;
      }
      if (start !== null) solver.setSolution({ colValue: start });
      var code = solver.run().modelStatus;
      var hasSolution = Number(solver.info.get('primal_solution_status')) === 2;
      var status = code === statusCodes.optimal ? 'optimal'
        : code === statusCodes.timeLimit ? 'time-limit'
        : code === statusCodes.infeasible ? 'infeasible' : 'error';
      result = {
        status: status,
        objective: hasSolution ? solver.getObjectiveValue() : null,
        bound: hasSolution ? Number(solver.info.get('mip_dual_bound')) : null,
        gap: hasSolution ? Number(solver.info.get('mip_gap')) : null,
      };
      if (hasSolution) colValue = Array.from(solver.getSolution().colValue);
    } finally {
      solver.dispose();
    }
    stages.push(result);
    if (result.status !== 'optimal') break;
    // The row keeps the stage at its optimum. Its value is recomputed with the integer
    // columns rounded: HiGHS accepts y = 0.9999995 within its integrality tolerance, and
    // a price of 2,000 times that is 0.001 below the integral plan's cost, which a
    // tolerance of 0.001 would then exclude.
    var attained = 0;
    for (var k = 0; k < model.numCols; k++) {
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
    var boxBest = 0;
    for (var b = 0; b < model.numCols; b++) {
      if (stage.cost[b] === 0) continue;
      var toward = (stage.cost[b] > 0) === (stage.sense === 'max') ? colUpper[b] : colLower[b];
      boxBest += stage.cost[b] * toward;
    }
    var reachesBox = isFinite(boxBest) && (stage.sense === 'max'
      ? optimum >= boxBest - stage.tolerance
      : optimum <= boxBest + stage.tolerance);
    if (reachesBox) {
      for (var f = 0; f < model.numCols; f++) {
        if (stage.cost[f] === 0) continue;
        if ((stage.cost[f] > 0) === (stage.sense === 'max')) colLower[f] = colUpper[f];
        else colUpper[f] = colLower[f];
      }
      continue;
    }
    for (var j = 0; j < model.numCols; j++) {
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
  }
  return { stages: stages, colValue: colValue };
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
