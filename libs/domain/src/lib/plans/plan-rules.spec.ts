import type { PlanAction, PlanStatus } from '@lederloeft/contracts';
import { DomainError } from '../domain-error';
import type { Actor, LeaderPlacement } from '../people/access';
import {
  allowedActions,
  assertCanEdit,
  nextStatus,
  type PlanItemContent,
  type PlanRole,
  planRole,
  submissionIssues,
  validatePlanFields,
  validatePlanItem,
  validateSmartGoal,
} from './plan-rules';

const actor = (leaderId: string | null, roles: Actor['roles'] = ['leader']): Actor => ({
  leaderId,
  roles,
  directorScopePaths: [],
});
// T reports to A, A to C.
const T: LeaderPlacement = { id: 'T', managerChain: ['A', 'C'], orgUnitPath: '/k/b/' };

const context = {
  competencies: [
    { key: 'hedekraft', behaviourKeys: ['hedekraft.efterlyse-ideer', 'hedekraft.prove-nyt'] },
    { key: 'handlekraft', behaviourKeys: ['handlekraft.beslutte'] },
  ],
};

function refusal(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('planRole', () => {
  it('tells the owner, the direct manager, the chain above and everyone else apart', () => {
    expect(planRole(actor('T'), T)).toBe('owner');
    expect(planRole(actor('A', ['leader', 'manager']), T)).toBe('direct-manager');
    expect(planRole(actor('C', ['leader', 'manager', 'director']), T)).toBe('chain-manager');
    expect(planRole(actor('X'), T)).toBe('none');
    // HR and administrators see no individual plans unless they manage the leader.
    expect(planRole(actor(null, ['hr']), T)).toBe('none');
    expect(planRole(actor(null, ['admin']), T)).toBe('none');
  });
});

describe('lifecycle', () => {
  const happy: [PlanStatus, PlanAction, PlanRole, PlanStatus][] = [
    ['draft', 'submit', 'owner', 'submitted'],
    ['submitted', 'return', 'direct-manager', 'returned'],
    ['returned', 'submit', 'owner', 'submitted'],
    ['submitted', 'approve', 'direct-manager', 'approved'],
    ['approved', 'activate', 'owner', 'active'],
    ['active', 'complete', 'owner', 'completed'],
    ['active', 'cancel', 'owner', 'cancelled'],
    ['submitted', 'cancel', 'owner', 'cancelled'],
  ];
  it.each(happy)('%s --%s by %s--> %s', (from, action, role, to) => {
    expect(nextStatus(from, action, role)).toBe(to);
  });

  it('refuses the wrong person with 403 and names who may', () => {
    expect(refusal(() => nextStatus('submitted', 'approve', 'owner'))).toEqual({
      code: 'FORBIDDEN',
      message: 'Kun lederens nærmeste leder kan godkende planen.',
    });
    expect(refusal(() => nextStatus('submitted', 'approve', 'chain-manager')).code).toBe(
      'FORBIDDEN',
    );
    expect(refusal(() => nextStatus('draft', 'submit', 'direct-manager'))).toEqual({
      code: 'FORBIDDEN',
      message: 'Kun lederen selv kan sende planen til godkendelse.',
    });
  });

  it('hides the plan from anyone outside the chain (404)', () => {
    expect(refusal(() => nextStatus('draft', 'submit', 'none')).code).toBe('NOT_FOUND');
  });

  it('refuses every transition from a state it does not start in (409, Danish)', () => {
    const all: PlanStatus[] = [
      'draft',
      'submitted',
      'approved',
      'returned',
      'active',
      'completed',
      'cancelled',
    ];
    const roles: Record<PlanAction, PlanRole> = {
      submit: 'owner',
      approve: 'direct-manager',
      return: 'direct-manager',
      activate: 'owner',
      complete: 'owner',
      cancel: 'owner',
    };
    let refused = 0;
    for (const status of all) {
      for (const action of Object.keys(roles) as PlanAction[]) {
        if (happy.some(([f, a]) => f === status && a === action)) continue;
        if (action === 'cancel' && ['approved', 'returned'].includes(status)) continue;
        const r = refusal(() => nextStatus(status, action, roles[action]));
        expect(r.code).toBe('CONFLICT');
        expect(r.message).toMatch(/[æøå]|plan/i);
        refused++;
      }
    }
    expect(refused).toBe(7 * 6 - 10);
    expect(refusal(() => nextStatus('draft', 'cancel', 'owner')).message).toContain('slettes');
  });

  it('lists the actions open to a role', () => {
    expect(allowedActions('draft', 'owner')).toEqual(['submit']);
    expect(allowedActions('submitted', 'direct-manager')).toEqual(['approve', 'return']);
    expect(allowedActions('submitted', 'chain-manager')).toEqual([]);
    expect(allowedActions('approved', 'owner')).toEqual(['activate', 'cancel']);
    expect(allowedActions('completed', 'owner')).toEqual([]);
  });

  it('lets only the owner edit, and only a draft or a returned plan', () => {
    expect(() => assertCanEdit('draft', 'owner')).not.toThrow();
    expect(() => assertCanEdit('returned', 'owner')).not.toThrow();
    expect(refusal(() => assertCanEdit('submitted', 'owner'))).toEqual({
      code: 'CONFLICT',
      message:
        'Planen er sendt til godkendelse og kan ikke ændres, før din leder har sendt den retur.',
    });
    expect(refusal(() => assertCanEdit('approved', 'owner')).code).toBe('CONFLICT');
    expect(refusal(() => assertCanEdit('draft', 'direct-manager')).code).toBe('FORBIDDEN');
    expect(refusal(() => assertCanEdit('draft', 'none')).code).toBe('NOT_FOUND');
  });
});

describe('validatePlanFields', () => {
  const ok = {
    title: 'Min plan 2027',
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    budgetDkk: 20000,
    hours: 60,
  };
  it('accepts a sound plan', () => expect(validatePlanFields(ok)).toEqual([]));
  it('finds every problem', () => {
    const issues = validatePlanFields({
      title: ' ',
      periodStart: '2027-02-30',
      periodEnd: '2027-12-31',
      budgetDkk: -1,
      hours: 1.25,
    });
    expect(issues.map((i) => i.path)).toEqual(['title', 'periodStart', 'budgetDkk', 'hours']);
    expect(validatePlanFields({ ...ok, periodEnd: '2026-12-31' })[0].message).toBe(
      'Perioden skal slutte efter, den begynder.',
    );
    expect(validatePlanFields({ ...ok, periodEnd: '2031-01-01' })[0].message).toBe(
      'En plan kan højst gå over tre år.',
    );
  });
});

describe('validatePlanItem', () => {
  const base: PlanItemContent = {
    kind: 'on-the-job',
    offerId: null,
    sessionId: null,
    behaviourKey: 'hedekraft.efterlyse-ideer',
    text: 'Fast punkt på afdelingsmøder: efterlyse idéer',
    competencyKeys: ['hedekraft'],
    behaviourKeys: ['hedekraft.efterlyse-ideer'],
    costDkk: 0,
    hours: 5,
  };
  it('accepts a learning-on-the-job activity', () =>
    expect(validatePlanItem(base, context)).toEqual([]));
  it('needs a behaviour and a text for learning on the job', () => {
    const issues = validatePlanItem({ ...base, behaviourKey: null, text: '' }, context);
    expect(issues.map((i) => i.path)).toEqual(['text', 'behaviourKey']);
  });
  it('needs an offer for an offer item and no behaviour of its own', () => {
    const issues = validatePlanItem(
      { ...base, kind: 'offer', offerId: null, behaviourKey: 'x', text: '' },
      context,
    );
    expect(issues.map((i) => i.path)).toEqual(['offerId', 'behaviourKey']);
  });
  it('checks keys against the framework: behaviours must belong to a chosen competency', () => {
    const issues = validatePlanItem(
      {
        ...base,
        kind: 'other',
        behaviourKey: null,
        competencyKeys: ['hedekraft', 'findes-ikke'],
        behaviourKeys: ['handlekraft.beslutte'],
      },
      context,
    );
    expect(issues).toEqual([
      {
        path: 'competencyKeys[1]',
        message: 'Kompetencen "findes-ikke" findes ikke i ledelsesgrundlaget.',
      },
      {
        path: 'behaviourKeys[0]',
        message: 'Adfærden "handlekraft.beslutte" hører ikke til en af de valgte kompetencer.',
      },
    ]);
    expect(validatePlanItem({ ...base, competencyKeys: [], behaviourKeys: [] }, context)).toEqual([
      { path: 'competencyKeys', message: 'Vælg mindst én kompetence, som aktiviteten udvikler.' },
    ]);
  });
});

describe('validateSmartGoal', () => {
  const period = { periodStart: '2027-01-01', periodEnd: '2027-12-31' };
  const goal = {
    competencyKey: 'hedekraft',
    what: 'Medarbejderne kommer med idéer på hvert møde',
    measure: 'Mindst to idéer pr. møde, noteret i referatet',
    byDate: '2027-06-30',
    behaviourKeys: ['hedekraft.efterlyse-ideer'],
  };
  it('accepts a SMART goal', () => expect(validateSmartGoal(goal, period, context)).toEqual([]));
  it('needs what, measure and a date inside the period', () => {
    const issues = validateSmartGoal(
      { ...goal, what: '', measure: ' ', byDate: '2028-01-01' },
      period,
      context,
    );
    expect(issues).toEqual([
      { path: 'what', message: 'Skriv, hvad der vil være anderledes.' },
      { path: 'measure', message: 'Skriv, hvordan det kan ses eller måles.' },
      { path: 'byDate', message: 'Datoen skal ligge i planens periode (2027-01-01 – 2027-12-31).' },
    ]);
  });
  it('names the unknown competency on competencyKey', () => {
    expect(
      validateSmartGoal({ ...goal, competencyKey: 'x', behaviourKeys: [] }, period, context)[0]
        .path,
    ).toBe('competencyKey');
  });
});

describe('submissionIssues', () => {
  const plan = {
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    budgetDkk: 10000,
    hours: 40,
    items: [
      {
        kind: 'offer' as const,
        competencyKeys: ['hedekraft'],
        costDkk: 8000,
        hours: 30,
        session: { startDate: '2027-03-01', endDate: '2027-03-02' },
      },
    ],
    goals: [{ competencyKey: 'hedekraft', byDate: '2027-06-30' }],
  };
  it('accepts a complete plan within budget and hours', () =>
    expect(submissionIssues(plan)).toEqual([]));
  it('needs an item', () =>
    expect(submissionIssues({ ...plan, items: [], goals: [] })).toEqual([
      { path: 'items', message: 'Planen skal have mindst én aktivitet.' },
    ]));
  it('names a competency without a goal by its Danish title when the titles are given', () =>
    expect(
      submissionIssues({
        ...plan,
        goals: [],
        competencyNames: new Map([['hedekraft', 'Ledelse med hedekraft']]),
      }),
    ).toEqual([
      { path: 'goals', message: 'Kompetencen "Ledelse med hedekraft" mangler et SMART-mål.' },
    ]));
  it('needs a SMART goal per focus competency, sessions in the period, budget and hours kept', () => {
    const issues = submissionIssues({
      ...plan,
      budgetDkk: 5000,
      hours: 20,
      items: [
        { ...plan.items[0], session: { startDate: '2028-03-01', endDate: '2028-03-02' } },
        {
          kind: 'other' as const,
          competencyKeys: ['handlekraft'],
          costDkk: 0,
          hours: 0,
          session: null,
        },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'goals',
      'items[0].sessionId',
      'budgetDkk',
      'hours',
    ]);
    expect(issues[0].message).toBe('Kompetencen "handlekraft" mangler et SMART-mål.');
    expect(issues[2].message).toBe(
      'Aktiviteterne koster 8.000 kr., mere end budgettet på 5.000 kr.',
    );
  });
});
