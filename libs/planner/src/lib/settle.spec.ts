import type { Highs } from 'highs';
import { gapProfile, offer, smallInput } from '../test/fixtures';
import { columnValues, formulate, type Formulation } from './formulation';
import type { OfferPlanItem, PlanInput, PlanProposal } from './plan-types';
import { buildProposal, solvePlanSync } from './planner';
import { stageRoles } from './settle';
import { loadSolver, type SolveResult, type StageResult } from './solver';

/**
 * The engine does not take the solver's word for it (settle.ts): these hand the proposal
 * builder solver answers that are wrong in one way each, and check what the leader is told.
 */

const offerIds = (plan: PlanProposal) =>
  plan.items
    .filter((i): i is OfferPlanItem => i.type === 'offer')
    .map((i) => i.offerId)
    .sort();

/** Two offers that close the same gap; the dear one is kept in the model on purpose. */
function twoOffers(): { input: PlanInput; formulation: Formulation } {
  const input = smallInput(
    [
      offer({ id: 'cheap', price: 500, hours: 3, effects: [['a', 'strong', ['a.1', 'a.2']]] }),
      offer({ id: 'dear', price: 900, hours: 3, effects: [['a', 'strong', ['a.1', 'a.2']]] }),
    ],
    {
      gaps: gapProfile(smallInput([]).competencies, {
        a: { gap: 0.5, behaviours: { 'a.1': 0.5, 'a.2': 0.5 } },
      }),
    },
  );
  // Without pruning, the dominated offer stays a column a solver could (wrongly) choose.
  return { input, formulation: formulate(input, { pruneDominated: false }) };
}

/** A solver answer that returns `colValue` and claims each stage optimal at `claims`. */
function answer(
  formulation: Formulation,
  colValue: number[],
  claims?: Partial<Record<'closure' | 'cost' | 'hours', number>>,
): SolveResult {
  const { model } = formulation;
  const vectors = {
    closure: model.closure,
    others: model.others,
    cost: model.cost,
    hours: model.hours,
  };
  const stages: StageResult[] = stageRoles(formulation).map((role) => {
    const actual = vectors[role].reduce((sum, w, j) => sum + w * colValue[j], 0);
    const value = (role !== 'others' ? claims?.[role] : undefined) ?? actual;
    return { status: 'optimal', objective: value, bound: value, gap: 0 };
  });
  return { stages, colValue, solutions: stages.map(() => colValue) };
}

describe('the engine checks the solver’s answer before it vouches for it', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadSolver();
  });

  it('reports a plan a local search can make cheaper as unverified, and answers the cheaper plan', () => {
    const { input, formulation } = twoOffers();
    const dear = columnValues(formulation, [{ candidate: 1, session: null }]);
    const plan = buildProposal(input, formulation, answer(formulation, dear));
    expect(plan.status).toBe('optimal');
    expect(plan.tieBreak).toBe('unverified');
    expect(offerIds(plan)).toEqual(['cheap']);
    expect(plan.budget.usedDkk).toBe(500);
    // The real solve proves the cheap plan.
    const solved = solvePlanSync(input, highs);
    expect([solved.tieBreak, offerIds(solved)]).toEqual(['proven', ['cheap']]);
  });

  it('does not call a tie-break proven when the solver’s value is not the plan’s', () => {
    const { input, formulation } = twoOffers();
    const cheap = columnValues(formulation, [{ candidate: 0, session: null }]);
    const truthful = buildProposal(input, formulation, answer(formulation, cheap));
    expect([truthful.status, truthful.tieBreak]).toEqual(['optimal', 'proven']);
    // A cost stage that claims a least cost one price step (100 DKK here) below the plan's.
    const cost = formulation.model.cost.reduce((sum, w, j) => sum + w * cheap[j], 0);
    const step = formulation.exact?.priceUnit ?? NaN;
    expect(step).toBe(100);
    const plan = buildProposal(
      input,
      formulation,
      answer(formulation, cheap, { cost: cost - step }),
    );
    expect([plan.status, plan.tieBreak]).toEqual(['optimal', 'unverified']);
    expect(plan.tieBreakBounds?.costBoundDkk).toBeLessThanOrEqual(plan.budget.usedDkk);
    // A closure that is not the plan's: the closure itself is not vouched for.
    const closure = formulation.model.closure.reduce((sum, w, j) => sum + w * cheap[j], 0);
    const wrong = buildProposal(
      input,
      formulation,
      answer(formulation, cheap, { closure: closure + 5 }),
    );
    expect([wrong.status, wrong.tieBreak]).toEqual(['unverified', 'skipped']);
  });

  it('never answers a plan that breaks a hard constraint: it falls back on a valid one', () => {
    const input = smallInput(
      [
        offer({ id: 'x', price: 600, effects: [['a', 'strong']] }),
        offer({ id: 'y', price: 600, effects: [['b', 'strong']] }),
      ],
      { constraints: { budgetDkk: 1000 } },
    );
    const formulation = formulate(input);
    const both = columnValues(formulation, [
      { candidate: 0, session: null },
      { candidate: 1, session: null },
    ]);
    const one = columnValues(formulation, [{ candidate: 0, session: null }]);
    const result = answer(formulation, both);
    // The last stage's solution is over the budget; the first stage's is valid.
    const plan = buildProposal(input, formulation, {
      ...result,
      solutions: [one, both, both],
    });
    expect(offerIds(plan)).toEqual(['x']);
    expect(plan.budget.usedDkk).toBeLessThanOrEqual(1000);
    // Its closure is not what the solver claimed for the stage: nothing is claimed proven.
    expect(plan.status).toBe('unverified');
  });

  it('never calls a tie-break proven on input that is not exact decimals', () => {
    const base = smallInput([
      offer({ id: 'o1', price: 500, effects: [['a', 'strong']] }),
      offer({ id: 'o2', price: 400, effects: [['b', 'some']] }),
    ]);
    const input = { ...base, priorities: { weights: { a: 1 / 3 } } };
    expect(formulate(input).exact).toBeNull();
    const plan = solvePlanSync(input, highs, { answerBudgetSeconds: Infinity });
    expect([plan.status, plan.tieBreak]).toEqual(['optimal', 'unverified']);
    expect(offerIds(plan)).toEqual(['o1', 'o2']);
    // The same with a decimal weight is exact, and proven.
    const decimal = { ...base, priorities: { weights: { a: 0.333333 } } };
    expect(formulate(decimal).exact).not.toBeNull();
    expect(solvePlanSync(decimal, highs).tieBreak).toBe('proven');
  });
});
