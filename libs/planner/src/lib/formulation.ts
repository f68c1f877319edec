import type { OfferKind } from '@lederloeft/contracts';
import type {
  LearningCategory,
  LeftOutReason,
  PlanInput,
  PlannerOffer,
  PlannerSession,
} from './plan-types';
import { buildScoring, effectVector, type EffectVector, type Scoring } from './scoring';

/** 70-20-10: formal training, learning with others, learning on the job. */
export const OFFER_CATEGORY: Readonly<Record<OfferKind, LearningCategory>> = Object.freeze({
  course: 'formal',
  'diploma-module': 'formal',
  'e-learning': 'formal',
  network: 'others',
  coaching: 'others',
  mentoring: 'others',
  'theme-day': 'others',
  'job-rotation': 'experience',
});

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

/** An offer that may enter the plan, with the sessions it may be taken on. */
export interface Candidate {
  offer: PlannerOffer;
  category: LearningCategory;
  /** Eligible sessions sorted by start date then id; empty for on-demand offers. */
  sessions: PlannerSession[];
  effects: EffectVector;
}

/** One binary column: an offer on one session, or an on-demand offer. */
export interface ChoiceColumn {
  candidate: number;
  session: PlannerSession | null;
}

/** A sparse linear model in row form; columns 0..choices-1 are the binary choices. */
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
  /** Objective vectors of the three lexicographic stages. */
  closure: number[];
  cost: number[];
  hours: number[];
}

export interface Formulation {
  scoring: Scoring;
  candidates: Candidate[];
  columns: ChoiceColumn[];
  /** Column of each objective term's closure variable. */
  termColumns: number[];
  /** Offers kept out before the solve, with their reasons. */
  excluded: Map<string, LeftOutReason[]>;
  /** Whether the plan must contain a learning-with-others offer. */
  requiresOthers: boolean;
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
    .map((column, index) => ({ index, session: column.session }))
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
 * The mixed-integer program of docs/planner.md. Columns: x (one per candidate offer and
 * eligible session, or per on-demand offer), then one closure variable per objective term.
 * Rows, in this order: one session per offer, no overlap (cliques), budget, hours, formal
 * offers, learning with others, closure ≤ effect. Everything is sorted by id, so the same
 * input always gives the same model.
 */
export function formulate(input: PlanInput): Formulation {
  const scoring = buildScoring(input);
  const { candidates, excluded } = selectCandidates(input, scoring);
  const includeOthers = input.options?.includeLearningWithOthers ?? true;
  const requiresOthers = includeOthers && candidates.some((c) => c.category === 'others');

  const columns: ChoiceColumn[] = [];
  const columnsOf: number[][] = candidates.map(() => []);
  candidates.forEach((candidate, ci) => {
    const sessions = candidate.offer.onDemand ? [null] : candidate.sessions;
    for (const session of sessions) {
      columnsOf[ci].push(columns.length);
      columns.push({ candidate: ci, session });
    }
  });
  const usedTerms = new Set<number>();
  candidates.forEach((c) => c.effects.forEach((_, term) => usedTerms.add(term)));
  const termColumns = scoring.terms.map(() => -1);
  let numCols = columns.length;
  scoring.terms.forEach((_, term) => {
    if (usedTerms.has(term)) termColumns[term] = numCols++;
  });

  const model: LinearModel = {
    numCols,
    colLower: new Array<number>(numCols).fill(0),
    colUpper: new Array<number>(numCols).fill(1),
    integrality: new Array<number>(numCols).fill(0),
    rowLower: [],
    rowUpper: [],
    starts: [0],
    indices: [],
    values: [],
    rowNames: [],
    closure: new Array<number>(numCols).fill(0),
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

  columns.forEach((column, j) => {
    const offer = candidates[column.candidate].offer;
    model.integrality[j] = 1;
    model.cost[j] = offer.priceDkk;
    model.hours[j] = offer.hours;
  });
  scoring.terms.forEach((term, t) => {
    const column = termColumns[t];
    if (column < 0) return;
    model.colUpper[column] = term.gap;
    model.closure[column] = term.coefficient;
  });

  columnsOf.forEach((cols, ci) => {
    if (cols.length > 1)
      addRow(
        `one_session_${ci}`,
        cols.map((j) => [j, 1]),
        -Infinity,
        1,
      );
  });
  overlapCliques(columns).forEach((clique, k) => {
    addRow(
      `no_overlap_${k}`,
      clique.map((j) => [j, 1]),
      -Infinity,
      1,
    );
  });
  const all = columns.map((_, j) => j);
  const { constraints } = input;
  addRow(
    'budget',
    all.map((j) => [j, model.cost[j]]),
    -Infinity,
    constraints.budgetDkk,
  );
  addRow(
    'hours',
    all.map((j) => [j, model.hours[j]]),
    -Infinity,
    constraints.hours,
  );
  const formal = all.filter((j) => candidates[columns[j].candidate].category === 'formal');
  addRow(
    'max_formal',
    formal.map((j) => [j, 1]),
    -Infinity,
    constraints.maxFormalOffers,
  );
  if (requiresOthers) {
    const others = all.filter((j) => candidates[columns[j].candidate].category === 'others');
    addRow(
      'learning_with_others',
      others.map((j) => [j, 1]),
      1,
      Infinity,
    );
  }
  scoring.terms.forEach((_, t) => {
    const column = termColumns[t];
    if (column < 0) return;
    const entries: [number, number][] = [[column, 1]];
    columns.forEach((c, j) => {
      const amount = candidates[c.candidate].effects.get(t);
      if (amount !== undefined) entries.push([j, -amount]);
    });
    addRow(`closure_${t}`, entries, -Infinity, 0);
  });

  return { scoring, candidates, columns, termColumns, excluded, requiresOthers, model };
}
