#!/usr/bin/env node
// Plan proposal engine at scale (libs/planner): a synthetic catalogue of 10,000 offers and
// about 30,000 sessions on the Ikast-Brande framework, one leader with gaps everywhere.
// Prints model size, solve time p50/p95 over a few runs (in the calling thread and in a
// worker thread), the MIP's objective against the greedy baseline, and what a short time
// limit does. Prints figures; asserts nothing.
//
// Usage: npm run bench:planner -- [--offers 10000] [--runs 5] [--limit 30] [--short 0.5]
//   (= node bench/planner.mjs ...). The TypeScript sources are bundled on the fly with
//   esbuild (already in node_modules) into a temporary CommonJS file under tmp/; `highs`
//   stays external.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const offerCount = arg('offers', 10_000);
const runs = arg('runs', 5);
const limit = arg('limit', 30);
const shortLimit = arg('short', 0.5);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the repository (tmp/ is git-ignored), so `highs` resolves from node_modules.
mkdirSync(join(root, 'tmp'), { recursive: true });
const dir = mkdtempSync(join(root, 'tmp', 'planner-bench-'));
const bundle = join(dir, 'planner.cjs');
await build({
  stdin: {
    contents: `export * from './libs/planner/src/index';
export { syntheticInput } from './libs/planner/src/test/synthetic';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['highs'],
  tsconfig: join(root, 'tsconfig.base.json'),
  outfile: bundle,
  logLevel: 'warning',
});
const planner = createRequire(bundle)(bundle);
rmSync(dir, { recursive: true, force: true });

const { syntheticInput, solvePlanSync, proposePlan, greedyPlan, loadSolver, formulate } = planner;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(0)} ms`;

const input = syntheticInput(offerCount);
const sessions = input.offers.reduce((sum, o) => sum + o.sessions.length, 0);
console.log(`Catalogue: ${input.offers.length} offers, ${sessions} sessions`);

let t = performance.now();
const formulation = formulate(input);
const formulateMs = performance.now() - t;
console.log(
  `Model: ${formulation.candidates.length} candidate offers, ${formulation.model.numCols} columns, ` +
    `${formulation.model.rowLower.length} rows, ${formulation.model.indices.length} non-zeros ` +
    `(built in ${ms(formulateMs)})`,
);

const highs = await loadSolver();
const syncTimes = [];
let plan;
for (let i = 0; i < runs; i++) {
  t = performance.now();
  plan = solvePlanSync(input, highs, { timeLimitSeconds: limit });
  syncTimes.push(performance.now() - t);
}
console.log(
  `solvePlanSync (limit ${limit} s): p50 ${ms(percentile(syncTimes, 50))}, ` +
    `p95 ${ms(percentile(syncTimes, 95))} over ${runs} runs; status ${plan.status}, ` +
    `tie-break ${plan.tieBreak}, gap ${plan.mipGap}`,
);

const workerTimes = [];
let workerPlan;
for (let i = 0; i < runs; i++) {
  t = performance.now();
  workerPlan = await proposePlan(input, { timeLimitSeconds: limit });
  workerTimes.push(performance.now() - t);
}
const same = JSON.stringify(workerPlan) === JSON.stringify(plan);
console.log(
  `proposePlan in a worker: p50 ${ms(percentile(workerTimes, 50))}, ` +
    `p95 ${ms(percentile(workerTimes, 95))}; same plan as in the calling thread: ${same}`,
);

t = performance.now();
const greedy = greedyPlan(input);
const greedyMs = performance.now() - t;
const offers = plan.items.filter((i) => i.type === 'offer');
console.log(
  `MIP:    objective ${plan.objective.toFixed(4)} (bound ${plan.objectiveBound.toFixed(4)}), ` +
    `${offers.length} offers, ${plan.budget.usedDkk} DKK, ${plan.hours.used} h`,
);
console.log(
  `Greedy: objective ${greedy.objective.toFixed(4)}, ${greedy.choices.length} offers, ` +
    `${greedy.costDkk} DKK, ${greedy.hours} h (${ms(greedyMs)}); ` +
    `MIP is ${(((plan.objective - greedy.objective) / greedy.objective) * 100).toFixed(1)} % better`,
);
console.log(
  `Mix (by count): ${plan.mix.experience} experience / ${plan.mix.others} others / ` +
    `${plan.mix.formal} formal; left out: ${JSON.stringify(plan.leftOutSummary)}`,
);

// A deliberately short limit: the plan is the best found so far, with its proven gap.
t = performance.now();
const short = await proposePlan(input, { timeLimitSeconds: shortLimit });
console.log(
  `Time limit ${shortLimit} s: status ${short.status}, tie-break ${short.tieBreak}, ` +
    `objective ${short.objective.toFixed(4)}, bound ${short.objectiveBound.toFixed(4)}, ` +
    `gap ${(short.mipGap * 100).toFixed(2)} %, ` +
    `answered in ${ms(performance.now() - t)}`,
);

// Tight money and time: no plan closes every gap, so proving the closure optimal is work.
const tight = { ...input, constraints: { ...input.constraints, budgetDkk: 2500, hours: 12 } };
t = performance.now();
const tightFull = await proposePlan(tight, { timeLimitSeconds: limit });
console.log(
  `Tight (2,500 DKK, 12 h), limit ${limit} s: status ${tightFull.status}, ` +
    `tie-break ${tightFull.tieBreak}, objective ${tightFull.objective.toFixed(4)}, ` +
    `gap ${(tightFull.mipGap * 100).toFixed(2)} %, in ${ms(performance.now() - t)}; ` +
    `greedy ${greedyPlan(tight).objective.toFixed(4)}`,
);
t = performance.now();
const tightShort = await proposePlan(tight, { timeLimitSeconds: shortLimit });
console.log(
  `Tight, limit ${shortLimit} s: status ${tightShort.status}, objective ` +
    `${tightShort.objective.toFixed(4)}, bound ${tightShort.objectiveBound.toFixed(4)}, ` +
    `gap ${(tightShort.mipGap * 100).toFixed(2)} %, answered in ${ms(performance.now() - t)}`,
);
