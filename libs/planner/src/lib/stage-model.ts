import type { SolveModel, SolveStage, StageResult, StageRole } from './solve-types';

/*
 * The model the lexicographic stages share, and the exact reductions of a stage. Runs in
 * the solver's worker thread as well as in the calling thread: it imports nothing at run
 * time (types only), so the worker's bundle holds just this file and solve-stages.ts.
 */

/** A stage's model in the form HiGHS takes (CSR), possibly on a subset of the columns. */
export interface SubModel extends SolveModel {
  /** The full model's column of each column here; null when this is the whole model. */
  cols: number[] | null;
  /** Every column's value when fixed by the reductions (only with `cols`). */
  fixed: number[];
  colCost: number[];
  offset: number;
}

/**
 * The rows and bounds so far: the model's own, plus what each proven stage added (a row
 * keeping its optimum, or columns fixed at their bounds). Mutated stage by stage.
 */
export class StageModel {
  readonly n: number;
  readonly integrality: readonly number[];
  readonly rowLower: number[];
  readonly rowUpper: number[];
  readonly starts: number[];
  readonly indices: number[];
  readonly values: number[];
  readonly colLower: number[];
  readonly colUpper: number[];

  constructor(model: SolveModel) {
    this.n = model.numCols;
    this.integrality = model.integrality;
    this.rowLower = model.rowLower.slice();
    this.rowUpper = model.rowUpper.slice();
    this.starts = model.starts.slice();
    this.indices = model.indices.slice();
    this.values = model.values.slice();
    this.colLower = model.colLower.slice();
    this.colUpper = model.colUpper.slice();
  }

  /** Whether x satisfies the column bounds, integrality and every row so far (1e-7). */
  feasible(x: readonly number[]): boolean {
    const { n, colLower, colUpper, integrality, rowLower, rowUpper, starts, indices, values } =
      this;
    if (x.length !== n) return false;
    for (let c = 0; c < n; c++) {
      if (x[c] < colLower[c] - 1e-7 || x[c] > colUpper[c] + 1e-7) return false;
      if (integrality[c] === 1 && Math.abs(x[c] - Math.round(x[c])) > 1e-9) return false;
    }
    for (let r = 0; r < rowLower.length; r++) {
      let activity = 0;
      for (let k = starts[r]; k < starts[r + 1]; k++) activity += values[k] * x[indices[k]];
      if (activity < rowLower[r] - 1e-7 || activity > rowUpper[r] + 1e-7) return false;
    }
    return true;
  }

  objectiveOf(cost: readonly number[], x: readonly number[]): number {
    let sum = 0;
    for (let c = 0; c < this.n; c++) sum += cost[c] * x[c];
    return sum;
  }

  /**
   * x with its integer columns rounded and every column inside the current bounds, if that
   * is feasible; else null. HiGHS returns y = 0.9999995 within its integrality tolerance.
   */
  feasibleRounded(x: readonly number[]): number[] | null {
    if (x.length !== this.n) return null;
    const y = new Array<number>(this.n);
    for (let c = 0; c < this.n; c++) {
      const v = this.integrality[c] === 1 ? Math.round(x[c]) : x[c];
      y[c] = Math.min(this.colUpper[c], Math.max(this.colLower[c], v));
      if (Math.abs(y[c] - x[c]) > 1e-6) return null;
    }
    return this.feasible(y) ? y : null;
  }

  /** The most (max) or least (min) the objective can reach within the column bounds. */
  boxBestOf(stage: SolveStage): number {
    let best = 0;
    for (let b = 0; b < this.n; b++) {
      if (stage.cost[b] === 0) continue;
      const toward =
        stage.cost[b] > 0 === (stage.sense === 'max') ? this.colUpper[b] : this.colLower[b];
      best += stage.cost[b] * toward;
    }
    return best;
  }

  /** The whole model as a stage's SubModel (no reductions). */
  whole(stage: SolveStage): SubModel {
    return {
      cols: null,
      fixed: [],
      numCols: this.n,
      colCost: stage.cost,
      colLower: this.colLower,
      colUpper: this.colUpper,
      integrality: [...this.integrality],
      rowLower: this.rowLower,
      rowUpper: this.rowUpper,
      starts: this.starts,
      indices: this.indices,
      values: this.values,
      offset: 0,
    };
  }

  /**
   * Exact reductions for a tie-break stage (docs/planner.md, "Exact reductions of the
   * tie-break stages"). Returns the model without the columns they fix, or null.
   */
  reducedModel(
    stage: SolveStage,
    incumbent: readonly number[] | null,
    roundRows: boolean | StageRole,
  ): SubModel | null {
    const { n, integrality, rowLower, rowUpper, starts, indices, values } = this;
    const lo = this.colLower.slice();
    const up = this.colUpper.slice();
    // (a) Incumbent: with every objective coefficient and lower bound ≥ 0, a binary column
    // whose coefficient alone exceeds the incumbent's value (plus the stage's tolerance) is
    // 0 in every solution the stage can return.
    if (incumbent !== null && stage.sense === 'min') {
      let nonNegative = true;
      for (let c = 0; c < n; c++) if (stage.cost[c] < 0 || lo[c] < 0) nonNegative = false;
      if (nonNegative) {
        const limit = this.objectiveOf(stage.cost, incumbent) + stage.tolerance;
        for (let c = 0; c < n; c++) {
          if (integrality[c] === 1 && lo[c] === 0 && up[c] === 1 && stage.cost[c] > limit) {
            up[c] = 0;
          }
        }
      }
    }
    // (b) Rows, repeated until nothing changes: a binary column that alone would push a
    // row past a bound, given the other columns at their most favourable bounds, is 0; a
    // row whose bound equals its extreme activity fixes every column at that extreme.
    let changed = true;
    for (let round = 0; changed && round < 5; round++) {
      changed = false;
      for (let r = 0; r < rowLower.length; r++) {
        let minAct = 0;
        let maxAct = 0;
        for (let k = starts[r]; k < starts[r + 1]; k++) {
          const c = indices[k];
          const a = values[k];
          minAct += a > 0 ? a * lo[c] : a * up[c];
          maxAct += a > 0 ? a * up[c] : a * lo[c];
        }
        for (let k = starts[r]; k < starts[r + 1]; k++) {
          const c = indices[k];
          if (integrality[c] !== 1 || lo[c] !== 0 || up[c] !== 1) continue;
          const a = values[k];
          if (
            (a > 0 && minAct + a > rowUpper[r] + 1e-6) ||
            (a < 0 && maxAct + a < rowLower[r] - 1e-6)
          ) {
            up[c] = 0;
            changed = true;
          }
        }
        const forceMax = Number.isFinite(rowLower[r]) && maxAct <= rowLower[r] + 1e-9;
        const forceMin = Number.isFinite(rowUpper[r]) && minAct >= rowUpper[r] - 1e-9;
        if (forceMax || forceMin) {
          for (let k = starts[r]; k < starts[r + 1]; k++) {
            const c = indices[k];
            if (lo[c] === up[c]) continue;
            const toUpper = values[k] > 0 === forceMax;
            if (toUpper) lo[c] = up[c];
            else up[c] = lo[c];
            changed = true;
          }
        }
      }
    }
    // Columns that remain free, and the model on them: fixed columns move into the row
    // bounds and the objective's offset; rows left without a column are dropped.
    const cols: number[] = [];
    const position = new Array<number>(n);
    let offset = 0;
    for (let c = 0; c < n; c++) {
      if (lo[c] < up[c]) {
        position[c] = cols.length;
        cols.push(c);
      } else {
        position[c] = -1;
        offset += stage.cost[c] * lo[c];
      }
    }
    if (cols.length === n) return null;
    const sub: SubModel = {
      cols,
      fixed: lo,
      numCols: cols.length,
      colCost: cols.map((c) => stage.cost[c]),
      colLower: cols.map((c) => lo[c]),
      colUpper: cols.map((c) => up[c]),
      integrality: cols.map((c) => integrality[c]),
      rowLower: [],
      rowUpper: [],
      starts: [0],
      indices: [],
      values: [],
      offset,
    };
    for (let r = 0; r < rowLower.length; r++) {
      let constant = 0;
      let entries = 0;
      for (let k = starts[r]; k < starts[r + 1]; k++) {
        const c = indices[k];
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
      if (roundRows === true || roundRows === stage.role) {
        roundCovering(sub, sub.rowLower.length - 1);
      }
    }
    return sub;
  }

  /**
   * Keeps a proven stage at its optimum for the stages after it; false when the sequence
   * ends (the stage did not finish optimal). `colValue` is the stage's solution.
   */
  keepOptimum(stage: SolveStage, result: StageResult, colValue: readonly number[]): boolean {
    if (result.status !== 'optimal' || result.objective === null) return false;
    const { n, integrality, colLower, colUpper } = this;
    // The row keeps the stage at its optimum. Its value is recomputed with the integer
    // columns rounded: HiGHS accepts y = 0.9999995 within its integrality tolerance, and
    // a price of 2,000 times that is 0.001 below the integral plan's cost, which a
    // tolerance of 0.001 would then exclude.
    let attained = 0;
    for (let k = 0; k < n; k++) {
      attained += stage.cost[k] * (integrality[k] === 1 ? Math.round(colValue[k]) : colValue[k]);
    }
    const optimum =
      stage.sense === 'max'
        ? Math.min(result.objective, attained)
        : Math.max(result.objective, attained);
    // When the optimum is the most the objective can reach within the column bounds (every
    // gap closed), every plan that attains it has each objective column at its best bound:
    // fix them instead of adding the objective row. Exact, and it keeps a nearly tight
    // aggregated row out of the model, on which HiGHS's tolerances proved wrong optima
    // (docs/planner.md, "Exactness of the tie-breaks").
    const boxBest = this.boxBestOf(stage);
    const reachesBox =
      Number.isFinite(boxBest) &&
      (stage.sense === 'max'
        ? optimum >= boxBest - stage.tolerance
        : optimum <= boxBest + stage.tolerance);
    // More generally, an integer column whose objective weight exceeds what the optimum
    // leaves below the box (plus the tolerance) is at its best bound in every plan that keeps
    // the optimum: one unit off it loses more than that. On the exact model this fixes the
    // closure of every term but the cheapest ones when the balance is all that is missing
    // from the box (every gap closed, no learning with others possible). Implied by the row,
    // so exact; the row is added unless every objective column is fixed.
    const slack = Number.isFinite(boxBest)
      ? (stage.sense === 'max' ? boxBest - optimum : optimum - boxBest) + stage.tolerance
      : Infinity;
    let allFixed = true;
    for (let f = 0; f < n; f++) {
      if (stage.cost[f] === 0) continue;
      if (reachesBox || (integrality[f] === 1 && Math.abs(stage.cost[f]) > slack)) {
        if (stage.cost[f] > 0 === (stage.sense === 'max')) colLower[f] = colUpper[f];
        else colUpper[f] = colLower[f];
      } else {
        allFixed = false;
      }
    }
    if (allFixed) return true;
    for (let j = 0; j < n; j++) {
      if (stage.cost[j] !== 0) {
        this.indices.push(j);
        this.values.push(stage.cost[j]);
      }
    }
    this.starts.push(this.indices.length);
    if (stage.sense === 'max') {
      this.rowLower.push(optimum - stage.tolerance);
      this.rowUpper.push(Infinity);
    } else {
      this.rowLower.push(-Infinity);
      this.rowUpper.push(optimum + stage.tolerance);
    }
    return true;
  }
}

/**
 * (c) A covering row Σ a_j x_j ≥ b over binary columns with a_j > 0 (stored negated as
 * Σ −a_j x_j ≤ −b): when every a_j < b is a multiple of u, a plan's sum over them is a
 * multiple of u, so it reaches b only if it reaches b' = ⌈b/u⌉·u; a column with a_j ≥ b
 * satisfies both rows alone when its coefficient becomes b'. Same binary solutions,
 * tighter LP.
 */
function roundCovering(sub: SubModel, r: number): void {
  const from = sub.starts[r];
  const to = sub.starts[r + 1];
  const sign = sub.values[from] < 0 ? -1 : 1;
  const b = sign < 0 ? -sub.rowUpper[r] : sub.rowLower[r];
  const other = sign < 0 ? sub.rowLower[r] : sub.rowUpper[r];
  if (!Number.isFinite(b) || b <= 0 || Number.isFinite(other)) return;
  let g = 0;
  for (let k = from; k < to; k++) {
    const j = sub.indices[k];
    const a = sign * sub.values[k];
    if (a <= 0 || sub.integrality[j] !== 1 || sub.colLower[j] !== 0 || sub.colUpper[j] !== 1) {
      return;
    }
    if (a >= b - 1e-9) continue;
    const scaled = Math.round(a * 1e6);
    if (scaled <= 0 || Math.abs(a * 1e6 - scaled) > 1e-6) return;
    let x = g;
    let y = scaled;
    while (y !== 0) [x, y] = [y, x % y];
    g = x;
  }
  if (g === 0) return;
  const u = g / 1e6;
  const rounded = Math.ceil(b / u - 1e-7) * u;
  if (rounded <= b + 1e-9) return;
  for (let m = from; m < to; m++) {
    if (sign * sub.values[m] >= b - 1e-9) sub.values[m] = sign * rounded;
  }
  if (sign < 0) sub.rowUpper[r] = -rounded;
  else sub.rowLower[r] = rounded;
}

/** A full-model start on the reduced columns, or null if it contradicts a fixed column. */
export function project(sub: SubModel, x: readonly number[], n: number): number[] | null {
  if (sub.cols === null) return [...x];
  let position = 0;
  const out: number[] = [];
  for (let d = 0; d < n; d++) {
    if (position < sub.cols.length && sub.cols[position] === d) {
      out.push(x[d]);
      position++;
    } else if (Math.abs(x[d] - sub.fixed[d]) > 1e-6) {
      return null;
    }
  }
  return out;
}

/** A reduced model's solution as the full model's column vector. */
export function expand(sub: SubModel, x: readonly number[]): number[] {
  if (sub.cols === null) return [...x];
  const full = sub.fixed.slice();
  sub.cols.forEach((c, j) => (full[c] = x[j]));
  return full;
}
