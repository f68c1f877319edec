#!/usr/bin/env node
// Plan proposal engine at scale (libs/planner): a synthetic catalogue of 10,000 offers and
// about 30,000 sessions on the Ikast-Brande framework, one leader with gaps everywhere.
// Prints model size, solve time p50/p95 over a few runs (in the calling thread and in a
// worker thread) with every tie-break proven (`answerBudgetSeconds: Infinity`), then the
// same through proposePlan as the API calls it (default answer budget: closure proven,
// tie-breaks cut at the budget), the MIP's objective against the greedy baseline, and what
// a short time limit does. Then the two other figures: a 500-offer catalogue (p50/p95 over
// --small-runs runs), and the MIP against the greedy baseline on --compare random seeded
// instances of 20–200 offers (budget, hours and K drawn per instance). Prints figures;
// asserts nothing.
//
// Usage: npm run bench:planner -- [--offers 10000] [--runs 5] [--limit 30] [--short 0.5]
//   [--small 500] [--small-runs 20] [--compare 1000] (--offers 0 skips the large catalogue,
//   --small 0 and --compare 0 the other parts)
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
const smallCount = arg('small', 500);
const smallRuns = arg('small-runs', 20);
const compareCount = arg('compare', 1000);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the repository (tmp/ is git-ignored), so `highs` resolves from node_modules.
mkdirSync(join(root, 'tmp'), { recursive: true });
const dir = mkdtempSync(join(root, 'tmp', 'planner-bench-'));
const bundle = join(dir, 'planner.cjs');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['highs'],
  tsconfig: join(root, 'tsconfig.base.json'),
  logLevel: 'warning',
};
await build({
  ...common,
  stdin: {
    contents: `export * from './libs/planner/src/index';
export { syntheticInput } from './libs/planner/src/test/synthetic';`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
});
// The solver's worker thread is its own file next to the bundle, as in the api's build.
await build({
  ...common,
  entryPoints: [join(root, 'libs/planner/src/lib/solver.worker.ts')],
  outfile: join(dir, 'planner-worker.js'),
});
const planner = createRequire(bundle)(bundle);
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const { syntheticInput, solvePlanSync, proposePlan, greedyPlan, loadSolver, formulate } = planner;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(0)} ms`;
// CPU time of the whole process (every thread), in ms: steadier than wall time on a machine
// shared with other work, which is how these figures are often taken.
const cpuMs = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
// Every tie-break proven, whatever it takes (the exact figures).
const EXACT = { timeLimitSeconds: limit, answerBudgetSeconds: Infinity };

const highs = await loadSolver();

async function largeCatalogue() {
  const input = syntheticInput(offerCount);
  const sessions = input.offers.reduce((sum, o) => sum + o.sessions.length, 0);
  console.log(`Catalogue: ${input.offers.length} offers, ${sessions} sessions`);

  let t = performance.now();
  const formulation = formulate(input);
  const formulateMs = performance.now() - t;
  console.log(
    `Model: ${formulation.candidates.length} candidate offers ` +
      `(${formulation.dominated?.length ?? 0} more pruned as dominated), ` +
      `${formulation.model.numCols} columns, ` +
      `${formulation.model.rowLower.length} rows, ${formulation.model.indices.length} non-zeros ` +
      `(built in ${ms(formulateMs)})`,
  );

  const syncTimes = [];
  const syncCpu = [];
  let plan;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    const cpu = process.cpuUsage();
    plan = solvePlanSync(input, highs, EXACT);
    syncCpu.push(cpuMs(cpu));
    syncTimes.push(performance.now() - t);
  }
  console.log(
    `solvePlanSync, exact (limit ${limit} s): p50 ${ms(percentile(syncTimes, 50))}, ` +
      `p95 ${ms(percentile(syncTimes, 95))} over ${runs} runs (CPU p50 ` +
      `${ms(percentile(syncCpu, 50))}); status ${plan.status}, ` +
      `tie-break ${plan.tieBreak}, gap ${plan.mipGap}`,
  );

  const workerTimes = [];
  let workerPlan;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    workerPlan = await proposePlan(input, EXACT);
    workerTimes.push(performance.now() - t);
  }
  const same = JSON.stringify(workerPlan) === JSON.stringify(plan);
  console.log(
    `proposePlan in a worker, exact: p50 ${ms(percentile(workerTimes, 50))}, ` +
      `p95 ${ms(percentile(workerTimes, 95))}; same plan as in the calling thread: ${same}`,
  );

  // As the API calls it: the default answer budget cuts the tie-breaks, never the closure.
  const budgetTimes = [];
  const budgeted = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    budgeted.push(await proposePlan(input, { timeLimitSeconds: 5 }));
    budgetTimes.push(performance.now() - t);
  }
  const sameClosure = budgeted.every((b) => Math.abs(b.objective - plan.objective) < 1e-9);
  console.log(
    `proposePlan as the API calls it (limit 5 s, default answer budget): ` +
      `p50 ${ms(percentile(budgetTimes, 50))}, p95 ${ms(percentile(budgetTimes, 95))}; ` +
      `closure ${sameClosure ? 'equal to' : 'DIFFERENT FROM'} the exact run, status ` +
      `${[...new Set(budgeted.map((b) => b.status))].join('/')}, tie-break ` +
      `${[...new Set(budgeted.map((b) => b.tieBreak))].join('/')}; cost ` +
      budgeted
        .map(
          (b) =>
            `${b.budget.usedDkk} DKK (bound ${b.tieBreakBounds?.costBoundDkk.toFixed(0)}, ` +
            `gap ${((b.tieBreakBounds?.costGap ?? 0) * 100).toFixed(1)} %)`,
        )
        .join(', ') +
      ` against the proven ${plan.budget.usedDkk} DKK`,
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
  const tightCpu = process.cpuUsage();
  const tightFull = await proposePlan(tight, EXACT);
  console.log(
    `Tight (2,500 DKK, 12 h), limit ${limit} s: status ${tightFull.status}, ` +
      `tie-break ${tightFull.tieBreak}, objective ${tightFull.objective.toFixed(4)}, ` +
      `gap ${(tightFull.mipGap * 100).toFixed(2)} %, in ${ms(performance.now() - t)} ` +
      `(CPU ${ms(cpuMs(tightCpu))}); greedy ${greedyPlan(tight).objective.toFixed(4)}`,
  );
  t = performance.now();
  const tightShort = await proposePlan(tight, { timeLimitSeconds: shortLimit });
  console.log(
    `Tight, limit ${shortLimit} s: status ${tightShort.status}, objective ` +
      `${tightShort.objective.toFixed(4)}, bound ${tightShort.objectiveBound.toFixed(4)}, ` +
      `gap ${(tightShort.mipGap * 100).toFixed(2)} %, answered in ${ms(performance.now() - t)}`,
  );
}

/** The 500-offer catalogue: the issue asks for p95 under 100 ms. */
async function smallCatalogue() {
  const input = syntheticInput(smallCount, 7);
  const formulation = formulate(input);
  console.log(
    `\n${smallCount}-offer catalogue: ${formulation.candidates.length} candidate offers ` +
      `(${formulation.dominated?.length ?? 0} more pruned as dominated), ` +
      `${formulation.model.numCols} columns, ${formulation.model.rowLower.length} rows`,
  );
  solvePlanSync(input, highs, EXACT); // warm-up
  const syncTimes = [];
  const syncCpu = [];
  let plan;
  for (let i = 0; i < smallRuns; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    plan = solvePlanSync(input, highs, EXACT);
    syncCpu.push(cpuMs(cpu));
    syncTimes.push(performance.now() - t);
  }
  console.log(
    `solvePlanSync, exact: p50 ${ms(percentile(syncTimes, 50))}, p95 ${ms(percentile(syncTimes, 95))} ` +
      `over ${smallRuns} runs (CPU p50 ${ms(percentile(syncCpu, 50))}); status ${plan.status}, ` +
      `tie-break ${plan.tieBreak}, objective ${plan.objective.toFixed(4)}, ` +
      `${plan.budget.usedDkk} DKK, ${plan.hours.used} h`,
  );
  // As the API calls it (default answer budget); at this size the tie-breaks finish in it.
  const workerTimes = [];
  const tieBreaks = new Set();
  for (let i = 0; i < smallRuns; i++) {
    const t = performance.now();
    tieBreaks.add((await proposePlan(input, { timeLimitSeconds: 5 })).tieBreak);
    workerTimes.push(performance.now() - t);
  }
  console.log(
    `proposePlan in a worker (as the API calls it): p50 ${ms(percentile(workerTimes, 50))}, ` +
      `p95 ${ms(percentile(workerTimes, 95))} over ${smallRuns} runs; tie-break ` +
      [...tieBreaks].join('/'),
  );
}

/**
 * MIP against the greedy baseline (closure per DKK) on random seeded instances: 20–200
 * offers of the synthetic generator, budget 2,500–30,000 DKK, 10–80 hours, K 1–3.
 */
function greedyComparison() {
  let better = 0;
  let tie = 0;
  let greedyZero = 0;
  let notOptimal = 0;
  let sum = 0;
  let max = 0;
  let maxSeed = 0;
  const times = [];
  for (let seed = 1; seed <= compareCount; seed++) {
    const base = syntheticInput(20 + ((seed * 37) % 181), 1000 + seed);
    const input = {
      ...base,
      constraints: {
        ...base.constraints,
        budgetDkk: 2500 + ((seed * 7919) % 12) * 2500,
        hours: 10 + ((seed * 104729) % 15) * 5,
        maxFormalOffers: 1 + (seed % 3),
      },
    };
    const t = performance.now();
    const plan = solvePlanSync(input, highs, EXACT);
    times.push(performance.now() - t);
    if (plan.status !== 'optimal') notOptimal++;
    const greedy = greedyPlan(input).objective;
    const diff = plan.objective - greedy;
    if (diff > 1e-9) {
      better++;
      if (greedy <= 1e-9) {
        greedyZero++;
        continue;
      }
      const relative = diff / greedy;
      sum += relative;
      if (relative > max) {
        max = relative;
        maxSeed = seed;
      }
    } else if (diff >= -1e-9) {
      tie++;
    } else {
      console.log(`  seed ${seed}: greedy ${greedy} beats the MIP ${plan.objective}?!`);
    }
  }
  const pct = (n) => `${((n / compareCount) * 100).toFixed(1)} %`;
  console.log(
    `\nMIP vs greedy on ${compareCount} random instances (20–200 offers): MIP strictly better ` +
      `in ${better} (${pct(better)}), tie in ${tie} (${pct(tie)}); relative improvement ` +
      `where better: mean ${((sum / Math.max(1, better - greedyZero)) * 100).toFixed(1)} %, ` +
      `max ${(max * 100).toFixed(1)} % (seed ${maxSeed})` +
      (greedyZero > 0 ? `; ${greedyZero} where greedy closes nothing` : '') +
      `; mean over all instances ${((sum / compareCount) * 100).toFixed(2)} %. ` +
      `Solve p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}` +
      (notOptimal > 0 ? `; ${notOptimal} not proven optimal` : ''),
  );
}

if (offerCount > 0) await largeCatalogue();
if (smallCount > 0) await smallCatalogue();
if (compareCount > 0) greedyComparison();
