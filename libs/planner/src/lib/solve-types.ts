import type { LinearModel } from './formulation';

/**
 * What a lexicographic stage optimises: the closure, the balance (a learning-with-others
 * offer in the plan, when the balance tie-break has a stage of its own), the cost, the hours.
 */
export type StageRole = 'closure' | 'others' | 'cost' | 'hours';

/** One lexicographic stage: optimise `cost` in `sense`, then keep it within `tolerance`. */
export interface SolveStage {
  role: StageRole;
  sense: 'max' | 'min';
  cost: number[];
  /**
   * Slack of the row that keeps this stage's optimum in the later stages. On an exact
   * model half a grid step: no plan within it is lost and none worse gets in.
   */
  tolerance: number;
}

/** The model as the solve needs it: the rows and columns, without the objectives. */
export type SolveModel = Omit<LinearModel, 'closure' | 'others' | 'cost' | 'hours' | 'rowNames'>;

export interface SolveRequest {
  model: SolveModel;
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
   * stage found none). The engine's check falls back on them (settle.ts).
   */
  solutions: (number[] | null)[];
}
