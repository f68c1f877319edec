import type { Highs } from 'highs';
import loadHighs from 'highs';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { solveStages } from './solve-stages';
import type { SolveRequest, SolveResult } from './solve-types';

export type {
  SolveRequest,
  SolveResult,
  SolveStage,
  StageResult,
  StageRole,
  StageStatus,
} from './solve-types';

let loaded: Promise<Highs> | null = null;
/** Loads the HiGHS WebAssembly runtime once per process (for solvePlanSync). */
export function loadSolver(): Promise<Highs> {
  loaded ??= loadHighs();
  return loaded;
}

/** Runs the stages in the calling thread: it blocks until HiGHS finishes or hits the limit. */
export function solveStagesSync(highs: Highs, request: SolveRequest): SolveResult {
  return solveStages(highs, request);
}

/** The worker's built file: next to the bundle that holds this code (api, benchmark). */
export const WORKER_FILE = 'planner-worker.js';

/**
 * How to start the solver's worker. From a bundle (the api's dist/api/main.js, the
 * benchmark's bundle) the worker is the file built next to it (WORKER_FILE, its own build
 * entry); from the TypeScript sources (the tests) it is solver.worker.ts, run through the
 * SWC register hook that the workspace's tests already use.
 */
export function resolveWorker(): { file: string; execArgv: string[] } {
  if (__filename.endsWith('.ts')) {
    return {
      file: join(__dirname, 'solver.worker.ts'),
      execArgv: ['--require', createRequire(__filename).resolve('@swc-node/register')],
    };
  }
  const file = join(dirname(__filename), WORKER_FILE);
  if (!existsSync(file)) {
    throw new Error(`Planlæggerens tråd mangler: ${file} er ikke bygget.`);
  }
  return { file, execArgv: [] };
}

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
  /** How long the worker is kept for the next request once it is idle (default 30 s). */
  idleSeconds?: number;
}

type WorkerReply =
  | { id: number; ok: true; result: SolveResult }
  | { id: number; ok: false; message: string };

/** Idle workers kept for the next request, per highs path: starting one and loading HiGHS
 * costs about 60 ms, more than a 500-offer solve. */
const MAX_IDLE_WORKERS = 2;
/**
 * An idle worker is stopped after this long by default: each holds a HiGHS WebAssembly heap
 * (tens of MB, more after a large catalogue), which the api should not keep through a quiet
 * night. Starting one again costs about 60 ms.
 */
const DEFAULT_IDLE_SECONDS = 30;
const idleWorkers = new Map<string, Worker[]>();
const idleTimers = new WeakMap<Worker, NodeJS.Timeout>();
let nextRequestId = 1;

/** How many idle solver workers are kept (for tests of the pool). */
export function idleWorkerCount(): number {
  let count = 0;
  for (const idle of idleWorkers.values()) count += idle.length;
  return count;
}

function takeWorker(highsPath: string): Worker {
  const idle = idleWorkers.get(highsPath)?.pop();
  if (idle) {
    clearTimeout(idleTimers.get(idle));
    idle.ref();
    return idle;
  }
  const { file, execArgv } = resolveWorker();
  return new Worker(file, { execArgv, workerData: { highsPath } });
}

function returnWorker(highsPath: string, worker: Worker, idleSeconds: number): void {
  const idle = idleWorkers.get(highsPath) ?? [];
  if (idle.length >= MAX_IDLE_WORKERS) {
    void worker.terminate();
    return;
  }
  // An idle worker must not keep the process (a script, a test run) alive.
  worker.unref();
  idle.push(worker);
  idleWorkers.set(highsPath, idle);
  const timer = setTimeout(() => {
    dropIdle(highsPath, worker);
    void worker.terminate();
  }, idleSeconds * 1000);
  timer.unref();
  idleTimers.set(worker, timer);
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
      if (reusable) returnWorker(highsPath, worker, options.idleSeconds ?? DEFAULT_IDLE_SECONDS);
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
