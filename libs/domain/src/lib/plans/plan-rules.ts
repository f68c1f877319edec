import type {
  CreatePlanItemRequest,
  PlanAction,
  PlanFields,
  PlanStatus,
  SmartGoalFields,
} from '@lederloeft/contracts';
import { DomainError } from '../domain-error';
import { type Actor, type LeaderPlacement, managesLeader } from '../people/access';

/**
 * How the caller stands to a plan: the leader it belongs to, the leader's direct manager
 * (who approves or returns it), a manager further up the chain (reads only), or nobody.
 * HR, directors and administrators have no access to individual plans unless they are in
 * the leader's manager chain: the plan is a personal agreement between leader and manager.
 */
export type PlanRole = 'owner' | 'direct-manager' | 'chain-manager' | 'none';

export function planRole(actor: Actor, owner: LeaderPlacement): PlanRole {
  if (actor.leaderId !== null && actor.leaderId === owner.id) return 'owner';
  if (actor.leaderId !== null && owner.managerChain[0] === actor.leaderId) return 'direct-manager';
  if (managesLeader(actor, owner)) return 'chain-manager';
  return 'none';
}

/** Who reads a plan: the leader and every manager above them. */
export const canReadPlan = (role: PlanRole): boolean => role !== 'none';

/** Content (fields, items, goals) is written by the leader while the plan is theirs to shape. */
export const isPlanEditable = (status: PlanStatus): boolean =>
  status === 'draft' || status === 'returned';

/** Follow-through (items done, notes) happens once the plan is agreed. */
export const isUnderWay = (status: PlanStatus): boolean =>
  status === 'approved' || status === 'active';

/** Follow-ups are agreed until the plan is over. */
export const acceptsFollowUps = (status: PlanStatus): boolean =>
  status !== 'completed' && status !== 'cancelled';

interface TransitionRule {
  from: readonly PlanStatus[];
  to: PlanStatus;
  by: PlanRole;
  /** Danish: why the action is refused in any other state. */
  wrongState: string;
}

const TRANSITIONS: Record<PlanAction, TransitionRule> = {
  submit: {
    from: ['draft', 'returned'],
    to: 'submitted',
    by: 'owner',
    wrongState: 'Kun en kladde eller en returneret plan kan sendes til godkendelse.',
  },
  approve: {
    from: ['submitted'],
    to: 'approved',
    by: 'direct-manager',
    wrongState: 'Kun en plan, der er sendt til godkendelse, kan godkendes.',
  },
  return: {
    from: ['submitted'],
    to: 'returned',
    by: 'direct-manager',
    wrongState: 'Kun en plan, der er sendt til godkendelse, kan sendes retur.',
  },
  activate: {
    from: ['approved'],
    to: 'active',
    by: 'owner',
    wrongState: 'Planen skal være godkendt af din leder, før du kan sætte den i gang.',
  },
  complete: {
    from: ['active'],
    to: 'completed',
    by: 'owner',
    wrongState: 'Kun en igangværende plan kan afsluttes.',
  },
  cancel: {
    from: ['submitted', 'approved', 'returned', 'active'],
    to: 'cancelled',
    by: 'owner',
    wrongState:
      'Planen kan ikke annulleres nu. En kladde, der aldrig er sendt, slettes i stedet; en afsluttet eller annulleret plan er låst.',
  },
};

const WHO: Record<'owner' | 'direct-manager', string> = {
  owner: 'Kun lederen selv',
  'direct-manager': 'Kun lederens nærmeste leder',
};

const ACTION_NAMES: Record<PlanAction, string> = {
  submit: 'sende planen til godkendelse',
  approve: 'godkende planen',
  return: 'sende planen retur',
  activate: 'sætte planen i gang',
  complete: 'afslutte planen',
  cancel: 'annullere planen',
};

/** The actions `role` may take on a plan in `status` now. */
export function allowedActions(status: PlanStatus, role: PlanRole): PlanAction[] {
  return (Object.keys(TRANSITIONS) as PlanAction[]).filter(
    (a) => TRANSITIONS[a].by === role && TRANSITIONS[a].from.includes(status),
  );
}

/**
 * The state after `action`, or a DomainError: NOT_FOUND for someone who may not read the
 * plan, FORBIDDEN for a reader who may not take the action, CONFLICT in the wrong state.
 */
export function nextStatus(status: PlanStatus, action: PlanAction, role: PlanRole): PlanStatus {
  const rule = TRANSITIONS[action];
  if (!canReadPlan(role)) throw new DomainError('NOT_FOUND', PLAN_NOT_FOUND);
  if (rule.by !== role) {
    throw new DomainError(
      'FORBIDDEN',
      `${WHO[rule.by as 'owner' | 'direct-manager']} kan ${ACTION_NAMES[action]}.`,
    );
  }
  if (!rule.from.includes(status)) throw new DomainError('CONFLICT', rule.wrongState);
  return rule.to;
}

export const PLAN_NOT_FOUND = 'Planen findes ikke.';

/** Refuses a content change unless the caller is the owner and the plan is editable. */
export function assertCanEdit(status: PlanStatus, role: PlanRole): void {
  if (!canReadPlan(role)) throw new DomainError('NOT_FOUND', PLAN_NOT_FOUND);
  if (role !== 'owner') {
    throw new DomainError('FORBIDDEN', 'Kun lederen selv kan ændre sin udviklingsplan.');
  }
  if (!isPlanEditable(status)) {
    throw new DomainError(
      'CONFLICT',
      status === 'submitted'
        ? 'Planen er sendt til godkendelse og kan ikke ændres, før din leder har sendt den retur.'
        : 'Planen er godkendt eller afsluttet, og dens indhold kan ikke længere ændres.',
    );
  }
}

/** A problem with a field of a request. */
export interface PlanIssue {
  path: string;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_PLAN_DAYS = 3 * 366;
export const MAX_PLAN_BUDGET_DKK = 10_000_000;
export const MAX_PLAN_HOURS = 2_000;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const twoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const oneDecimal = (n: number) => Math.abs(Math.round(n * 10) - n * 10) < 1e-6;

function money(value: number | null | undefined, path: string, issues: PlanIssue[]) {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || value > MAX_PLAN_BUDGET_DKK || !twoDecimals(value)) {
    issues.push({
      path,
      message: `Beløbet skal være mellem 0 og ${MAX_PLAN_BUDGET_DKK.toLocaleString('da-DK')} kr. med højst to decimaler.`,
    });
  }
}

function hours(value: number | null | undefined, path: string, issues: PlanIssue[]) {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || value > MAX_PLAN_HOURS || !oneDecimal(value)) {
    issues.push({
      path,
      message: `Timerne skal være mellem 0 og ${MAX_PLAN_HOURS} med højst én decimal.`,
    });
  }
}

/** The plan's own fields: a title, a real period of at most three years, sane budget and hours. */
export function validatePlanFields(fields: PlanFields): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!fields.title?.trim()) issues.push({ path: 'title', message: 'Planen skal have en titel.' });
  const start = isIsoDate(fields.periodStart);
  const end = isIsoDate(fields.periodEnd);
  if (!start)
    issues.push({ path: 'periodStart', message: 'Startdatoen skal være en dato (åååå-mm-dd).' });
  if (!end)
    issues.push({ path: 'periodEnd', message: 'Slutdatoen skal være en dato (åååå-mm-dd).' });
  if (start && end) {
    if (fields.periodEnd < fields.periodStart) {
      issues.push({ path: 'periodEnd', message: 'Perioden skal slutte efter, den begynder.' });
    } else if (days(fields.periodStart, fields.periodEnd) > MAX_PLAN_DAYS) {
      issues.push({ path: 'periodEnd', message: 'En plan kan højst gå over tre år.' });
    }
  }
  money(fields.budgetDkk, 'budgetDkk', issues);
  hours(fields.hours, 'hours', issues);
  return issues;
}

/** The framework's competencies and their behaviour keys, to check keys against. */
export interface PlanFrameworkContext {
  competencies: { key: string; behaviourKeys: string[] }[];
}

function checkKeys(
  competencyKeys: readonly string[],
  behaviourKeys: readonly string[],
  context: PlanFrameworkContext,
  issues: PlanIssue[],
  requireCompetency = true,
) {
  const known = new Map(context.competencies.map((c) => [c.key, new Set(c.behaviourKeys)]));
  if (requireCompetency && competencyKeys.length === 0) {
    issues.push({
      path: 'competencyKeys',
      message: 'Vælg mindst én kompetence, som aktiviteten udvikler.',
    });
  }
  competencyKeys.forEach((key, i) => {
    if (!known.has(key)) {
      issues.push({
        path: `competencyKeys[${i}]`,
        message: `Kompetencen "${key}" findes ikke i ledelsesgrundlaget.`,
      });
    }
  });
  if (new Set(competencyKeys).size !== competencyKeys.length) {
    issues.push({ path: 'competencyKeys', message: 'En kompetence er valgt to gange.' });
  }
  behaviourKeys.forEach((key, i) => {
    const owner = competencyKeys.find((c) => known.get(c)?.has(key));
    if (!owner) {
      issues.push({
        path: `behaviourKeys[${i}]`,
        message: `Adfærden "${key}" hører ikke til en af de valgte kompetencer.`,
      });
    }
  });
  if (new Set(behaviourKeys).size !== behaviourKeys.length) {
    issues.push({ path: 'behaviourKeys', message: 'En adfærd er valgt to gange.' });
  }
}

/** The item's content as it will be stored (after defaults). */
export interface PlanItemContent {
  kind: CreatePlanItemRequest['kind'];
  offerId: string | null;
  sessionId: string | null;
  behaviourKey: string | null;
  text: string;
  competencyKeys: string[];
  behaviourKeys: string[];
  costDkk: number;
  hours: number;
}

/** An item's content: what each kind needs, keys of the framework, sane cost and hours. */
export function validatePlanItem(
  item: PlanItemContent,
  context: PlanFrameworkContext,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (item.kind === 'offer') {
    if (!item.offerId) issues.push({ path: 'offerId', message: 'Vælg et tilbud fra kataloget.' });
    if (item.behaviourKey) {
      issues.push({
        path: 'behaviourKey',
        message: 'Et tilbud fra kataloget har ingen læring-i-jobbet-adfærd.',
      });
    }
  } else {
    if (item.offerId || item.sessionId) {
      issues.push({
        path: 'offerId',
        message: 'Kun et tilbud fra kataloget har tilbud og forløb.',
      });
    }
    if (!item.text.trim()) {
      issues.push({
        path: 'text',
        message:
          item.kind === 'on-the-job'
            ? 'Beskriv aktiviteten i dit daglige arbejde.'
            : 'Beskriv aktiviteten.',
      });
    }
  }
  if (item.kind === 'on-the-job') {
    if (!item.behaviourKey) {
      issues.push({
        path: 'behaviourKey',
        message: 'Vælg den adfærd fra ledelsesgrundlaget, som aktiviteten øver.',
      });
    } else if (!context.competencies.some((c) => c.behaviourKeys.includes(item.behaviourKey!))) {
      issues.push({
        path: 'behaviourKey',
        message: `Adfærden "${item.behaviourKey}" findes ikke i ledelsesgrundlaget.`,
      });
    }
  } else if (item.kind === 'other' && item.behaviourKey) {
    issues.push({ path: 'behaviourKey', message: 'Kun læring i jobbet har en adfærd.' });
  }
  if (item.text.length > 2000)
    issues.push({ path: 'text', message: 'Teksten må højst være 2000 tegn.' });
  checkKeys(item.competencyKeys, item.behaviourKeys, context, issues);
  money(item.costDkk, 'costDkk', issues);
  hours(item.hours, 'hours', issues);
  return issues;
}

/** A SMART goal: what, how it is measured, by when (inside the period), targeted behaviours. */
export function validateSmartGoal(
  goal: SmartGoalFields,
  period: Pick<PlanFields, 'periodStart' | 'periodEnd'>,
  context: PlanFrameworkContext,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  checkKeys([goal.competencyKey], goal.behaviourKeys, context, issues);
  if (!goal.what?.trim()) {
    issues.push({ path: 'what', message: 'Skriv, hvad der vil være anderledes.' });
  }
  if (!goal.measure?.trim()) {
    issues.push({ path: 'measure', message: 'Skriv, hvordan det kan ses eller måles.' });
  }
  if (!isIsoDate(goal.byDate)) {
    issues.push({ path: 'byDate', message: 'Skriv hvornår som en dato (åååå-mm-dd).' });
  } else if (goal.byDate < period.periodStart || goal.byDate > period.periodEnd) {
    issues.push({
      path: 'byDate',
      message: `Datoen skal ligge i planens periode (${period.periodStart} – ${period.periodEnd}).`,
    });
  }
  return issues.map((i) =>
    i.path.startsWith('competencyKeys') ? { ...i, path: 'competencyKey' } : i,
  );
}

/** What the submission check needs to know about the plan. */
export interface PlanForSubmission extends Pick<PlanFields, 'periodStart' | 'periodEnd'> {
  budgetDkk: number | null;
  hours: number | null;
  items: {
    kind: CreatePlanItemRequest['kind'];
    competencyKeys: string[];
    costDkk: number;
    hours: number;
    session: { startDate: string; endDate: string } | null;
  }[];
  goals: { competencyKey: string; byDate: string }[];
  /** Danish titles by competency key, so messages name what the leader sees; keys otherwise. */
  competencyNames?: ReadonlyMap<string, string>;
}

/**
 * Before a plan goes to the manager: at least one item; a SMART goal for every competency
 * the items address (the focus competencies); goals and sessions inside the period; cost
 * and hours within what the plan was made for.
 */
export function submissionIssues(plan: PlanForSubmission): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (plan.items.length === 0) {
    issues.push({ path: 'items', message: 'Planen skal have mindst én aktivitet.' });
  }
  const focus = [...new Set(plan.items.flatMap((i) => i.competencyKeys))];
  const withGoal = new Set(plan.goals.map((g) => g.competencyKey));
  for (const key of focus) {
    if (!withGoal.has(key)) {
      issues.push({
        path: 'goals',
        message: `Kompetencen "${plan.competencyNames?.get(key) ?? key}" mangler et SMART-mål.`,
      });
    }
  }
  plan.goals.forEach((g, i) => {
    if (g.byDate < plan.periodStart || g.byDate > plan.periodEnd) {
      issues.push({
        path: `goals[${i}].byDate`,
        message: 'Et mål skal nås inden for planens periode.',
      });
    }
  });
  plan.items.forEach((item, i) => {
    if (
      item.session &&
      (item.session.startDate < plan.periodStart || item.session.endDate > plan.periodEnd)
    ) {
      issues.push({
        path: `items[${i}].sessionId`,
        message: 'Forløbet ligger uden for planens periode.',
      });
    }
  });
  const cost = plan.items.reduce((sum, i) => sum + Math.round(i.costDkk * 100), 0) / 100;
  const time = plan.items.reduce((sum, i) => sum + Math.round(i.hours * 10), 0) / 10;
  if (plan.budgetDkk !== null && cost > plan.budgetDkk) {
    issues.push({
      path: 'budgetDkk',
      message: `Aktiviteterne koster ${formatDkk(cost)} kr., mere end budgettet på ${formatDkk(plan.budgetDkk)} kr.`,
    });
  }
  if (plan.hours !== null && time > plan.hours) {
    issues.push({
      path: 'hours',
      message: `Aktiviteterne tager ${formatHours(time)} timer, mere end de ${formatHours(plan.hours)} timer, planen er lagt til.`,
    });
  }
  return issues;
}

const formatDkk = (n: number) =>
  n.toLocaleString('da-DK', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const formatHours = (n: number) => n.toLocaleString('da-DK', { maximumFractionDigits: 1 });

/** Turns issues into one DomainError (400) with a Danish headline. */
export function planInvalid(issues: PlanIssue[], what = 'Planen'): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    issues.length === 1 ? issues[0].message : `${what} har ${issues.length} fejl.`,
    issues,
  );
}
