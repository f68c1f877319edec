import { OFFER_CATEGORY } from '@lederloeft/contracts';
import type {
  Candidate,
  LeftOutReason,
  PlanInput,
  PlannerOffer,
  PlannerSession,
} from './plan-types';
import { pruneDominated } from './dominance';
import { commonScale, integerGrid, MAX_EXACT_VALUE, toMicro, unitsWithin } from './exact';
import { buildScoring, effectVector, type Scoring } from './scoring';

/** 70-20-10 by kind of offer: one table in the contracts, shared with the web and the PDF. */
export { OFFER_CATEGORY };

/** Order in which reasons are listed. */
export const LEFT_OUT_REASONS: readonly LeftOutReason[] = [
  'not-published',
  'level',
  'language',
  'location',
  'period',
  'registration-closed',
  'no-seats',
  'budget',
  'hours',
  'overlap',
  'max-formal',
  'not-needed',
  'search-stopped',
];

export type { Candidate } from './plan-types';

/** A session an offer may be taken on, and the binary column that chooses it. */
export interface ChoiceColumn {
  candidate: number;
  session: PlannerSession | null;
  /** The column: the offer's own y when it has one session, else a session column x. */
  column: number;
}

/**
 * A sparse linear model in row form. Columns: y per candidate offer (index = candidate),
 * then x per session of offers with more than one eligible session, then closure variables,
 * then (when the balance tie-break applies) the learning-with-others indicator.
 */
export interface LinearModel {
  numCols: number;
  colLower: number[];
  colUpper: number[];
  integrality: number[];
  rowLower: number[];
  rowUpper: number[];
  starts: number[];
  indices: number[];
  values: number[];
  rowNames: string[];
  /** Objective vectors of the lexicographic stages (in the model's units, see ExactModel). */
  closure: number[];
  /** 1 on the learning-with-others indicator; all 0 when the balance tie-break is off. */
  others: number[];
  cost: number[];
  hours: number[];
}

/**
 * How the model counts when it is exact (exact.ts): every row and objective on integers.
 * The closure of term t counts in units of `termUnit[t]` level points (its gap is
 * `termCap[t]` units), weighs `termWeight[t]` per unit, and the closure objective is
 * `closureScale` × the plan's closure. Prices lie on a grid of `priceUnit` DKK and hours on
 * one of `hoursUnit` (the model keeps them in DKK and hours; `prices` and `hours` are the
 * candidates' values in those units, for the exact check of a plan).
 */
export interface ExactModel {
  termUnit: number[];
  termCap: number[];
  termWeight: number[];
  /** Closure units per objective point: closure = Σ termWeight·z / closureScale. */
  closureScale: number;
  /**
   * Whether the closure stage also carries the balance tie-break: its objective is then
   * 2 · (closure units) + o. Exact because closure units are whole numbers: one unit of
   * closure (2) outweighs the balance (at most 1), so the stage maximises the closure and,
   * among the plans with the most, prefers one with learning with others. One solve
   * instead of two (docs/planner.md, "A balanced plan").
   */
  balanceInClosure: boolean;
  /** Each candidate's effect on each term it acts on, in the term's units (capped). */
  effectUnits: Map<number, number>[];
  priceUnit: number;
  prices: number[];
  hoursUnit: number;
  hours: number[];
}

export interface Formulation {
  scoring: Scoring;
  candidates: Candidate[];
  /** Every dated choice (offer on a session); on-demand offers have none. */
  sessionColumns: ChoiceColumn[];
  /** Column of each objective term's closure variable. */
  termColumns: number[];
  /** Offers kept out before the solve, with their reasons. */
  excluded: Map<string, LeftOutReason[]>;
  /**
   * Candidates left out of the model by exact dominance pruning (dominance.ts): enough
   * kept candidates are at least as good in every respect. Explained like any candidate
   * outside the plan.
   */
  dominated: Candidate[];
  /**
   * Whether the balance tie-break applies: among plans with the most closure, one with a
   * learning-with-others offer is preferred (the catalogue has such a candidate and the
   * option is on). Never at the cost of closure (docs/planner.md, "A balanced plan").
   */
  prefersOthers: boolean;
  /** Column of the learning-with-others indicator (1 when the plan has one), or -1. */
  othersColumn: number;
  /** The integer scaling the model is built on; null when the input is not all decimals. */
  exact: ExactModel | null;
  model: LinearModel;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function sessionOrder(a: PlannerSession, b: PlannerSession): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  return byId(a, b);
}

/** Whether two sessions share a day (both end days included). */
export function sessionsOverlap(a: PlannerSession, b: PlannerSession): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

function normalisePlace(place: string): string {
  return place.trim().toLocaleLowerCase('da');
}

/** Reasons an offer cannot be taken at all (before looking at sessions). */
function offerReasons(input: PlanInput, offer: PlannerOffer): LeftOutReason[] {
  const reasons: LeftOutReason[] = [];
  const { constraints } = input;
  if (offer.status !== undefined && offer.status !== 'published') reasons.push('not-published');
  if (offer.targetLevels.length > 0 && !offer.targetLevels.includes(input.leaderLevel)) {
    reasons.push('level');
  }
  if (!constraints.languages.includes(offer.language)) reasons.push('language');
  const places = (constraints.locations ?? []).map(normalisePlace);
  if (
    places.length > 0 &&
    offer.format !== 'online' &&
    offer.location !== null &&
    !places.includes(normalisePlace(offer.location))
  ) {
    reasons.push('location');
  }
  return reasons;
}

/** Reasons one session cannot be taken; empty when it can. */
export function sessionReasons(input: PlanInput, session: PlannerSession): LeftOutReason[] {
  const reasons: LeftOutReason[] = [];
  const { period } = input.constraints;
  if (session.startDate < period.from || session.endDate > period.to) reasons.push('period');
  if (session.registrationDeadline < input.today) reasons.push('registration-closed');
  if (session.capacity - session.seatsTaken <= 0) reasons.push('no-seats');
  return reasons;
}

function sortReasons(reasons: Iterable<LeftOutReason>): LeftOutReason[] {
  const set = new Set(reasons);
  return LEFT_OUT_REASONS.filter((reason) => set.has(reason));
}

/**
 * Splits the catalogue into candidates and offers kept out with reasons. An offer is a
 * candidate when it passes status, level, language and location, has an eligible session
 * (or is on demand), fits the budget and hours on its own, and closes some gap.
 */
export function selectCandidates(
  input: PlanInput,
  scoring: Scoring,
): { candidates: Candidate[]; excluded: Map<string, LeftOutReason[]> } {
  const candidates: Candidate[] = [];
  const excluded = new Map<string, LeftOutReason[]>();
  const tolerance = 1e-9;
  for (const offer of [...input.offers].sort(byId)) {
    const reasons = offerReasons(input, offer);
    let sessions: PlannerSession[] = [];
    if (!offer.onDemand) {
      const sessionProblems: LeftOutReason[] = [];
      for (const session of offer.sessions) {
        const problems = sessionReasons(input, session);
        if (problems.length === 0) sessions.push(session);
        else sessionProblems.push(...problems);
      }
      sessions = sessions.sort(sessionOrder);
      if (sessions.length === 0) {
        reasons.push(...(sessionProblems.length > 0 ? sessionProblems : ['period' as const]));
      }
    }
    if (offer.priceDkk > input.constraints.budgetDkk + tolerance) reasons.push('budget');
    if (offer.hours > input.constraints.hours + tolerance) reasons.push('hours');
    const effects = effectVector(scoring, offer);
    if (effects.size === 0) reasons.push('not-needed');
    if (reasons.length > 0) {
      excluded.set(offer.id, sortReasons(reasons));
    } else {
      candidates.push({ offer, category: OFFER_CATEGORY[offer.kind], sessions, effects });
    }
  }
  return { candidates, excluded };
}

/**
 * Maximal sets of pairwise overlapping sessions. Intervals on a line that pairwise
 * overlap share a day (Helly), so every maximal clique is "all sessions running on the
 * start day of its latest-starting member": one sweep over start days finds them all,
 * and one row per clique (Σ x ≤ 1) replaces a row per overlapping pair.
 */
export function overlapCliques(columns: readonly ChoiceColumn[]): number[][] {
  const dated = columns
    .map((column) => ({ index: column.column, session: column.session }))
    .filter((c): c is { index: number; session: PlannerSession } => c.session !== null)
    .sort((a, b) => sessionOrder(a.session, b.session) || a.index - b.index);
  const starts = [...new Set(dated.map((c) => c.session.startDate))];
  const cliques: number[][] = [];
  let active: typeof dated = [];
  let next = 0;
  starts.forEach((day, i) => {
    active = active.filter((c) => c.session.endDate >= day);
    while (next < dated.length && dated[next].session.startDate === day) active.push(dated[next++]);
    const nextStart = starts[i + 1];
    // Not maximal when every member is still running at the next start day.
    const maximal = nextStart === undefined || active.some((c) => c.session.endDate < nextStart);
    if (maximal && active.length > 1) {
      cliques.push(active.map((c) => c.index).sort((a, b) => a - b));
    }
  });
  return cliques;
}

/**
 * The mixed-integer program of docs/planner.md. Columns: y per candidate offer, x per
 * session of offers with several eligible sessions (y = Σ x), then one closure variable
 * per objective term. Rows, in this order: session links, no overlap (cliques), budget,
 * hours, formal offers, learning with others, closure ≤ effect. Everything is sorted by
 * id, so the same input always gives the same model.
 */
export function formulate(
  input: PlanInput,
  options: { pruneDominated?: boolean } = {},
): Formulation {
  const scoring = buildScoring(input);
  const selected = selectCandidates(input, scoring);
  const { excluded } = selected;
  const includeOthers = input.options?.includeLearningWithOthers ?? true;
  const prefersOthers = includeOthers && selected.candidates.some((c) => c.category === 'others');
  const { kept: candidates, dominated } =
    (options.pruneDominated ?? true)
      ? pruneDominated(selected.candidates, scoring, input)
      : { kept: selected.candidates, dominated: [] };

  let numCols = candidates.length;
  const sessionColumns: ChoiceColumn[] = [];
  const links: { candidate: number; columns: number[] }[] = [];
  candidates.forEach((candidate, ci) => {
    if (candidate.offer.onDemand) return;
    if (candidate.sessions.length === 1) {
      sessionColumns.push({ candidate: ci, session: candidate.sessions[0], column: ci });
      return;
    }
    const columns: number[] = [];
    for (const session of candidate.sessions) {
      columns.push(numCols);
      sessionColumns.push({ candidate: ci, session, column: numCols++ });
    }
    links.push({ candidate: ci, columns });
  });
  const usedTerms = new Set<number>();
  candidates.forEach((c) => c.effects.forEach((_, term) => usedTerms.add(term)));
  const termColumns = scoring.terms.map(() => -1);
  scoring.terms.forEach((_, term) => {
    if (usedTerms.has(term)) termColumns[term] = numCols++;
  });
  const othersColumn = prefersOthers ? numCols++ : -1;
  const exact = exactModel(input, scoring, candidates, termColumns, prefersOthers);
  const closureMultiplier = exact?.balanceInClosure ? 2 : 1;

  const model: LinearModel = {
    numCols,
    colLower: new Array<number>(numCols).fill(0),
    colUpper: new Array<number>(numCols).fill(1),
    integrality: new Array<number>(numCols).fill(1),
    rowLower: [],
    rowUpper: [],
    starts: [0],
    indices: [],
    values: [],
    rowNames: [],
    closure: new Array<number>(numCols).fill(0),
    others: new Array<number>(numCols).fill(0),
    cost: new Array<number>(numCols).fill(0),
    hours: new Array<number>(numCols).fill(0),
  };
  const addRow = (name: string, entries: [number, number][], lower: number, upper: number) => {
    const kept = entries.filter(([, value]) => value !== 0);
    if (kept.length === 0) return;
    for (const [column, value] of kept) {
      model.indices.push(column);
      model.values.push(value);
    }
    model.starts.push(model.indices.length);
    model.rowLower.push(lower);
    model.rowUpper.push(upper);
    model.rowNames.push(name);
  };

  // Prices and hours stay in DKK and hours: their optima lie on the grid of priceUnit and
  // hoursUnit, and the rows that keep them get half a grid step of slack (planner.ts).
  // Counted in grid units instead, the 10,000-offer benchmark's cost stage took 30 % longer.
  candidates.forEach(({ offer }, ci) => {
    model.cost[ci] = offer.priceDkk;
    model.hours[ci] = offer.hours;
  });
  scoring.terms.forEach((term, t) => {
    const column = termColumns[t];
    if (column < 0) return;
    // Exact: the closure counts whole units of the term's grid, so it is an integer column.
    model.integrality[column] = exact ? 1 : 0;
    model.colUpper[column] = exact ? exact.termCap[t] : term.gap;
    model.closure[column] = exact ? closureMultiplier * exact.termWeight[t] : term.coefficient;
  });
  if (othersColumn >= 0) {
    model.others[othersColumn] = 1;
    if (exact?.balanceInClosure) model.closure[othersColumn] = 1;
  }

  for (const link of links) {
    addRow(
      `sessions_${link.candidate}`,
      [[link.candidate, 1], ...link.columns.map((j): [number, number] => [j, -1])],
      0,
      0,
    );
  }
  overlapCliques(sessionColumns).forEach((clique, k) => {
    addRow(
      `no_overlap_${k}`,
      clique.map((j) => [j, 1]),
      -Infinity,
      1,
    );
  });
  const offers = candidates.map((_, ci) => ci);
  const { constraints } = input;
  addRow(
    'budget',
    offers.map((ci) => [ci, model.cost[ci]]),
    -Infinity,
    constraints.budgetDkk,
  );
  addRow(
    'hours',
    offers.map((ci) => [ci, model.hours[ci]]),
    -Infinity,
    constraints.hours,
  );
  const formal = offers.filter((ci) => candidates[ci].category === 'formal');
  addRow(
    'max_formal',
    formal.map((ci) => [ci, 1]),
    -Infinity,
    constraints.maxFormalOffers,
  );
  if (othersColumn >= 0) {
    // The indicator is 1 only when the plan has a learning-with-others offer. No row forces
    // one into the plan: the balance is a tie-break stage after the closure.
    const others = offers.filter((ci) => candidates[ci].category === 'others');
    addRow(
      'learning_with_others',
      [[othersColumn, 1], ...others.map((ci): [number, number] => [ci, -1])],
      -Infinity,
      0,
    );
  }
  const termEntries: [number, number][][] = scoring.terms.map(() => []);
  // Coefficients clipped at the gap: min(cap, Σ a·y) = min(cap, Σ min(a, cap)·y) for binary
  // y, so the model is the same but its LP relaxation is tighter (an offer that closes a
  // gap of 0.5 with an effect of 1.0 no longer counts for 1.0 at y = 0.5).
  candidates.forEach((candidate, ci) => {
    candidate.effects.forEach((amount, t) =>
      termEntries[t].push([ci, -Math.min(amount, scoring.terms[t].gap)]),
    );
  });
  scoring.terms.forEach((_, t) => {
    const column = termColumns[t];
    if (column < 0) return;
    // In level points, as before: on an exact model z counts units of u_t, so it enters as
    // u_t·z (the row is exact to far below a unit: z cannot exceed its true value by one).
    // Scaled to integer units instead, HiGHS took twice as long on tight catalogues
    // (docs/planner.md, sixth pass).
    const unit = exact ? exact.termUnit[t] : 1;
    addRow(`closure_${t}`, [[column, unit], ...termEntries[t]], -Infinity, 0);
  });

  return {
    scoring,
    candidates,
    sessionColumns,
    termColumns,
    excluded,
    dominated,
    prefersOthers,
    othersColumn,
    exact,
    model,
  };
}

/**
 * The integer scaling of the model (exact.ts), or null when some number is not a decimal
 * with at most six places or a scaled sum would exceed MAX_EXACT_VALUE. Per term: the grid
 * u_t is the greatest common divisor of its gap and of every candidate's (capped) effect on
 * it, so gap and effects are whole units; the weights are the exact coefficients c_t × u_t
 * over their least common denominator. Prices and hours count in their own divisors.
 */
function exactModel(
  input: PlanInput,
  scoring: Scoring,
  candidates: readonly Candidate[],
  termColumns: readonly number[],
  prefersOthers: boolean,
): ExactModel | null {
  const { terms } = scoring;
  const termUnit = terms.map(() => 0);
  const termCap = terms.map(() => 0);
  const effectUnits = candidates.map(() => new Map<number, number>());
  const weights: { num: bigint; den: bigint }[] = [];
  const weightTerms: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    if (termColumns[t] < 0) continue;
    const term = terms[t];
    const values = [term.gap];
    const owners: number[] = [];
    candidates.forEach((c, ci) => {
      const amount = c.effects.get(t);
      if (amount === undefined) return;
      values.push(Math.min(amount, term.gap));
      owners.push(ci);
    });
    const grid = integerGrid(values);
    const unit = grid === null ? null : toMicro(grid.unit);
    if (grid === null || unit === null || term.exactCoefficient === null) return null;
    termUnit[t] = grid.unit;
    termCap[t] = grid.ints[0];
    owners.forEach((ci, k) => effectUnits[ci].set(t, grid.ints[k + 1]));
    const c = term.exactCoefficient;
    weights.push({ num: c.num * unit, den: c.den * 1_000_000n });
    weightTerms.push(t);
  }
  const { ints, scale } = commonScale(weights);
  const termWeight = terms.map(() => 0);
  let closureMax = 0;
  weightTerms.forEach((t, k) => {
    termWeight[t] = Number(ints[k]);
    closureMax += termWeight[t] * termCap[t];
  });
  const prices = integerGrid(candidates.map((c) => c.offer.priceDkk));
  const hours = integerGrid(candidates.map((c) => c.offer.hours));
  if (prices === null || hours === null) return null;
  const { budgetDkk, hours: hoursLimit } = input.constraints;
  if (unitsWithin(budgetDkk, prices.unit) === null) return null;
  if (unitsWithin(hoursLimit, hours.unit) === null) return null;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  if (
    !Number.isSafeInteger(closureMax) ||
    2 * closureMax + 1 > MAX_EXACT_VALUE ||
    sum(prices.ints) > MAX_EXACT_VALUE ||
    sum(hours.ints) > MAX_EXACT_VALUE
  ) {
    return null;
  }
  return {
    termUnit,
    termCap,
    termWeight,
    closureScale: scale,
    balanceInClosure: prefersOthers,
    effectUnits,
    priceUnit: prices.unit,
    prices: prices.ints,
    hoursUnit: hours.unit,
    hours: hours.ints,
  };
}

/**
 * The column values of a plan given as chosen offers and sessions, with every closure
 * variable at its capped value: a feasible start for the solver when the plan is feasible.
 */
export function columnValues(
  formulation: Formulation,
  chosen: readonly { candidate: number; session: PlannerSession | null }[],
): number[] {
  const { model, scoring, termColumns, sessionColumns, candidates, exact, othersColumn } =
    formulation;
  const values = new Array<number>(model.numCols).fill(0);
  const raw = scoring.terms.map(() => 0);
  for (const { candidate, session } of chosen) {
    values[candidate] = 1;
    const column = sessionColumns.find((c) => c.candidate === candidate && c.session === session);
    if (column) values[column.column] = 1;
    if (exact) exact.effectUnits[candidate].forEach((units, t) => (raw[t] += units));
    else candidates[candidate].effects.forEach((amount, t) => (raw[t] += amount));
  }
  scoring.terms.forEach((term, t) => {
    if (termColumns[t] < 0) return;
    values[termColumns[t]] = Math.min(exact ? exact.termCap[t] : term.gap, raw[t]);
  });
  if (othersColumn >= 0) {
    values[othersColumn] = chosen.some((c) => candidates[c.candidate].category === 'others')
      ? 1
      : 0;
  }
  return values;
}
