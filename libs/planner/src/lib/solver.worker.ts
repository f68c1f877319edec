import type { Highs } from 'highs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { solveStages } from './solve-stages';
import type { SolveRequest } from './solve-types';

/*
 * The solver's worker thread (solver.ts starts it): loads HiGHS once, then answers one
 * request at a time ({ id, request }) with the same solveStages the calling thread runs.
 * Built as its own file next to the api bundle (api/webpack.config.js) and the benchmark's
 * bundle; run from the TypeScript source in tests.
 */

interface WorkerData {
  /** Path of the highs package's entry file (resolveHighsPath, or the caller's choice). */
  highsPath: string;
}

const { highsPath } = workerData as WorkerData;
// Loaded by path at run time, so a bundler never has to find the package for us.
const loadHighs = createRequire(__filename)(highsPath) as () => Promise<Highs>;
const highs = loadHighs();

parentPort?.on('message', ({ id, request }: { id: number; request: SolveRequest }) => {
  highs
    .then((solver) => {
      parentPort?.postMessage({ id, ok: true, result: solveStages(solver, request) });
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      parentPort?.postMessage({ id, ok: false, message });
    });
});
