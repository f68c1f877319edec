import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type {
  CreateFollowUpRequest,
  CreatePlanItemRequest,
  CreatePlanNoteRequest,
  CreatePlanRequest,
  CreateSmartGoalRequest,
  PlanAction,
  PlanEventType,
  PlanEventView,
  PlanFields,
  PlanStatus,
  PlanSummary,
  PlanView,
  UpdateFollowUpRequest,
  UpdatePlanItemRequest,
  UpdatePlanRequest,
  UpdateSmartGoalRequest,
} from '@lederloeft/contracts';
import {
  acceptsFollowUps,
  type CatalogueContext,
  assertCanEdit,
  canReadPlan,
  DomainError,
  isIsoDate,
  isUnderWay,
  nextStatus,
  PLAN_NOT_FOUND,
  planInvalid,
  type PlanIssue,
  type PlanItemContent,
  type PlanRole,
  planRole,
  submissionIssues,
  validatePlanFields,
  validatePlanItem,
  validateSmartGoal,
} from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import { CatalogueContextService } from '../catalogue/catalogue-context.service';
import { todayInDenmark } from '../catalogue/local-date';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { OfferEntity } from '../catalogue/offer.entity';
import { WriteQueue } from '../database/write-queue';
import { LeadersService } from '../organisation/leaders.service';
import { PlanEventEntity } from './plan-event.entity';
import { PlanFollowUpEntity } from './plan-follow-up.entity';
import { PlanGoalEntity } from './plan-goal.entity';
import { type PlanActor, recordPlanEvent } from './plan-history';
import { PlanItemNoteEntity } from './plan-item-note.entity';
import { PlanItemEntity } from './plan-item.entity';
import { planSummary, planView, toOre, toTenths } from './plan-mapping';
import { PlanEntity } from './plan.entity';
import { SeatBookingEntity } from './seat-booking.entity';
import { SeatsService } from './seats.service';
import { markLeadersStale } from '../coverage/coverage-staleness';

const notFound = () => new DomainError('NOT_FOUND', PLAN_NOT_FOUND);
const itemNotFound = () => new DomainError('NOT_FOUND', 'Aktiviteten findes ikke i planen.');
const goalNotFound = () => new DomainError('NOT_FOUND', 'Målet findes ikke i planen.');
const followUpNotFound = () => new DomainError('NOT_FOUND', 'Opfølgningen findes ikke i planen.');

const STATUS_SUMMARY: Record<PlanAction, { type: PlanEventType; summary: string }> = {
  submit: { type: 'submitted', summary: 'Planen er sendt til godkendelse.' },
  approve: { type: 'approved', summary: 'Planen er godkendt.' },
  return: { type: 'returned', summary: 'Planen er sendt retur med en kommentar.' },
  activate: { type: 'activated', summary: 'Planen er sat i gang.' },
  complete: { type: 'completed', summary: 'Planen er afsluttet.' },
  cancel: { type: 'cancelled', summary: 'Planen er annulleret.' },
};

/** A plan as the caller stands to it. */
interface Access {
  plan: PlanEntity;
  role: PlanRole;
  actor: PlanActor;
}

/**
 * Development plans: the leader writes, the direct manager approves or returns, managers
 * further up read. Scope is checked on every call with the pure rules of libs/domain;
 * a plan outside the caller's scope is "not found". Every change runs in one transaction
 * through the WriteQueue, moves the plan's version on, and writes a history event.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly leaders: LeadersService,
    private readonly context: CatalogueContextService,
    private readonly seats: SeatsService,
  ) {}

  // ---- plans ----

  async listForLeader(principal: Principal, leaderId: string): Promise<PlanSummary[]> {
    const { placement } = await this.leaders.load(leaderId);
    if (!canReadPlan(planRole(principal, placement))) {
      throw new DomainError('NOT_FOUND', 'Lederen findes ikke.');
    }
    const plans = await this.dataSource.getRepository(PlanEntity).find({
      where: { leaderId },
      relations: { leader: true },
      order: { periodStart: 'DESC', createdAt: 'DESC' },
    });
    return this.summaries(plans);
  }

  /** The signed-in manager's inbox: their direct reports' plans waiting for approval. */
  async inbox(principal: Principal): Promise<PlanSummary[]> {
    if (!principal.leaderId) return [];
    const plans = await this.dataSource
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.leader', 'l')
      .where('l.manager_id = :managerId', { managerId: principal.leaderId })
      .andWhere('p.status = :status', { status: 'submitted' })
      .orderBy('p.submitted_at', 'ASC')
      .getMany();
    return this.summaries(plans);
  }

  async create(principal: Principal, leaderId: string, request: CreatePlanRequest) {
    const { placement } = await this.leaders.load(leaderId);
    const role = planRole(principal, placement);
    if (!canReadPlan(role)) throw new DomainError('NOT_FOUND', 'Lederen findes ikke.');
    if (role !== 'owner') {
      throw new DomainError('FORBIDDEN', 'Kun lederen selv kan oprette sin udviklingsplan.');
    }
    const fields = normalisePlanFields(request);
    const issues = validatePlanFields(fields);
    if (issues.length) throw planInvalid(issues);
    const items = request.items ?? [];
    const context = items.length ? await this.context.load() : null;
    const id = await this.writes.run(async (manager) => {
      const now = new Date();
      const plan = Object.assign(new PlanEntity(), {
        id: randomUUID(),
        leaderId,
        title: fields.title,
        periodStart: fields.periodStart,
        periodEnd: fields.periodEnd,
        budgetOre: fields.budgetDkk === null ? null : toOre(fields.budgetDkk),
        hoursTenths: fields.hours === null ? null : toTenths(fields.hours),
        status: 'draft' as PlanStatus,
        managerComment: null,
        everSubmitted: false,
        version: 1,
        submittedAt: null,
        approvedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.getRepository(PlanEntity).insert(plan);
      await recordPlanEvent(
        manager,
        plan.id,
        actorOf(principal),
        'created',
        'Planen er oprettet.',
        {
          title: plan.title,
        },
      );
      // The items share the plan's transaction: the first bad one rolls the plan back too.
      for (const [index, item] of items.entries()) {
        if (!context) break;
        try {
          await this.insertItem(manager, plan, item, context, actorOf(principal));
        } catch (error) {
          throw atItem(error, index);
        }
      }
      await markLeadersStale(manager, [leaderId]);
      return plan.id;
    });
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<PlanView> {
    const { plan, role } = await this.access(principal, id);
    return this.view(this.dataSource.manager, plan, role);
  }

  async update(principal: Principal, id: string, request: UpdatePlanRequest): Promise<PlanView> {
    const { version, ...changes } = defined(request);
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      assertCanEdit(plan.status, role);
      if (plan.version !== version) throw stale();
      const current = planFieldsOf(plan);
      const fields = normalisePlanFields({ ...current, ...changes });
      const issues = validatePlanFields(fields);
      if (issues.length) throw planInvalid(issues);
      const goals = await manager.getRepository(PlanGoalEntity).find({ where: { planId: id } });
      const outside = goals.filter(
        (g) => g.byDate < fields.periodStart || g.byDate > fields.periodEnd,
      );
      if (outside.length) {
        throw planInvalid([
          {
            path: 'periodEnd',
            message: `${outside.length === 1 ? 'Et mål' : `${outside.length} mål`} ligger uden for den nye periode. Ret målets dato først.`,
          },
        ]);
      }
      const changed = (Object.keys(fields) as (keyof PlanFields)[]).filter(
        (k) => fields[k] !== current[k],
      );
      Object.assign(plan, {
        title: fields.title,
        periodStart: fields.periodStart,
        periodEnd: fields.periodEnd,
        budgetOre: fields.budgetDkk === null ? null : toOre(fields.budgetDkk),
        hoursTenths: fields.hours === null ? null : toTenths(fields.hours),
      });
      await this.bump(manager, plan);
      await recordPlanEvent(manager, id, actor, 'updated', 'Planens oplysninger er ændret.', {
        fields: changed,
      });
    });
  }

  /** Only a draft that was never submitted may go; anything later is cancelled instead. */
  async remove(principal: Principal, id: string): Promise<void> {
    const { role } = await this.access(principal, id);
    await this.writes.run(async (manager) => {
      const plan = await this.find(manager, id);
      if (role !== 'owner' || !plan.everSubmitted) assertCanEdit(plan.status, role);
      if (plan.everSubmitted) {
        throw new DomainError(
          'CONFLICT',
          'Planen har været sendt til godkendelse og kan ikke slettes, så historikken bevares. Annullér den i stedet.',
        );
      }
      await manager.getRepository(PlanEntity).delete({ id });
      await markLeadersStale(manager, [plan.leaderId]);
    });
  }

  /** submit, approve, return, activate, complete, cancel: the lifecycle of docs/domain.md. */
  async transition(
    principal: Principal,
    id: string,
    action: PlanAction,
    comment?: string,
  ): Promise<PlanView> {
    // Read before the transaction: the messages name competencies by their Danish titles.
    const names = action === 'submit' ? competencyNames(await this.context.load()) : null;
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      const to = nextStatus(plan.status, action, role);
      const now = new Date();
      if (action === 'submit') {
        const issues = await this.submissionCheck(manager, plan, names ?? new Map());
        if (issues.length) throw planInvalid(issues, 'Planen kan ikke sendes, den');
        plan.submittedAt = now;
        plan.everSubmitted = true;
      }
      if (action === 'return') {
        const text = comment?.trim() ?? '';
        if (!text) {
          throw planInvalid([
            {
              path: 'comment',
              message: 'Skriv en kommentar, så lederen ved, hvad der skal ændres.',
            },
          ]);
        }
        plan.managerComment = text;
      }
      if (action === 'approve') {
        await this.assertRegistrationOpen(manager, plan);
        plan.approvedAt = now;
        plan.managerComment = comment?.trim() || null;
      }
      plan.status = to;
      await this.bump(manager, plan);
      const { type, summary } = STATUS_SUMMARY[action];
      await recordPlanEvent(manager, id, actor, type, summary, {
        ...(action === 'return' || (action === 'approve' && plan.managerComment)
          ? { comment: plan.managerComment }
          : {}),
      });
      if (action === 'approve') await this.requestSeats(manager, plan, actor);
      if (action === 'cancel') await this.seats.cancelAll(manager, { planId: id }, actor, id);
    });
  }

  // ---- items ----

  async addItem(principal: Principal, id: string, request: CreatePlanItemRequest) {
    const context = await this.context.load();
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      assertCanEdit(plan.status, role);
      await this.insertItem(manager, plan, request, context, actor);
      await this.bump(manager, plan);
    });
  }

  async updateItem(
    principal: Principal,
    id: string,
    itemId: string,
    request: UpdatePlanItemRequest,
  ): Promise<PlanView> {
    const context = await this.context.load();
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      const item = await this.findItem(manager, id, itemId);
      const { status, doneEvidence, ...content } = defined(request);
      const touchesContent = Object.keys(content).length > 0;
      const touchesProgress = status !== undefined || doneEvidence !== undefined;
      if (!touchesContent && !touchesProgress) return;
      if (touchesContent) {
        assertCanEdit(plan.status, role);
        const next: PlanItemContent = {
          kind: item.kind,
          offerId: item.offerId,
          sessionId: content.sessionId !== undefined ? content.sessionId : item.sessionId,
          behaviourKey: item.behaviourKey,
          text: content.text !== undefined ? content.text.trim() : item.text,
          competencyKeys: content.competencyKeys ?? item.competencyKeys,
          behaviourKeys: content.behaviourKeys ?? item.behaviourKeys,
          costDkk: content.costDkk ?? item.costOre / 100,
          hours: content.hours ?? item.hoursTenths / 10,
        };
        if (
          item.kind === 'offer' &&
          (content.costDkk !== undefined || content.hours !== undefined)
        ) {
          throw planInvalid([
            { path: 'costDkk', message: 'Pris og timer for et tilbud kommer fra kataloget.' },
          ]);
        }
        const issues = validatePlanItem(next, context);
        if (issues.length) throw planInvalid(issues, 'Aktiviteten');
        if (item.kind === 'offer' && next.sessionId !== item.sessionId) {
          await this.checkOffer(manager, plan, next, item.id);
        }
        Object.assign(item, {
          sessionId: next.sessionId,
          text: next.text,
          competencyKeys: next.competencyKeys,
          behaviourKeys: next.behaviourKeys,
          costOre: toOre(next.costDkk),
          hoursTenths: toTenths(next.hours),
        });
        if (content.position !== undefined) item.position = content.position;
      }
      let type: PlanEventType = 'item-updated';
      let summary = `Aktivitet ændret: ${itemLabel(item)}.`;
      if (touchesProgress) {
        this.assertFollowThrough(plan.status, role);
        const evidence = doneEvidence !== undefined ? doneEvidence.trim() : item.doneEvidence;
        if (status === 'done' || (status === undefined && item.status === 'done')) {
          if (!evidence) {
            throw planInvalid([
              {
                path: 'doneEvidence',
                message: 'Skriv, hvad der viser, at aktiviteten er gennemført.',
              },
            ]);
          }
          if (item.status !== 'done') {
            item.doneAt = new Date();
            type = 'item-done';
            summary = `Aktivitet gennemført: ${itemLabel(item)}.`;
          }
          item.status = 'done';
          item.doneEvidence = evidence;
        } else {
          item.status = 'planned';
          item.doneAt = null;
          item.doneEvidence = evidence || null;
        }
      }
      item.updatedAt = new Date();
      await manager.getRepository(PlanItemEntity).save(item);
      await this.bump(manager, plan);
      await recordPlanEvent(manager, id, actor, type, summary, {
        itemId,
        fields: Object.keys(defined(request)),
      });
    });
  }

  /**
   * Removes an item: freely while the plan is being shaped; once approved or active the
   * leader may still drop an item, and its seat is given up (the next in line moves up).
   */
  async removeItem(principal: Principal, id: string, itemId: string): Promise<PlanView> {
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      const underWay = isUnderWay(plan.status);
      if (underWay) this.assertFollowThrough(plan.status, role);
      else assertCanEdit(plan.status, role);
      const item = await this.findItem(manager, id, itemId);
      if (underWay) await this.seats.cancelAll(manager, { planItemId: itemId }, actor, id);
      await manager.getRepository(PlanItemEntity).delete({ id: itemId });
      await this.bump(manager, plan);
      await recordPlanEvent(
        manager,
        id,
        actor,
        'item-removed',
        `Aktivitet fjernet: ${itemLabel(item)}.`,
        { itemId },
      );
    });
  }

  async addNote(
    principal: Principal,
    id: string,
    itemId: string,
    request: CreatePlanNoteRequest,
  ): Promise<PlanView> {
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      this.assertFollowThrough(plan.status, role);
      const item = await this.findItem(manager, id, itemId);
      const learned = request.learned.trim();
      const changed = request.changed.trim();
      if (!learned && !changed) {
        throw planInvalid([
          {
            path: 'learned',
            message: 'Skriv, hvad du har lært, eller hvad du nu gør anderledes.',
          },
        ]);
      }
      await manager.getRepository(PlanItemNoteEntity).insert({
        id: randomUUID(),
        itemId,
        learned,
        changed,
        createdAt: new Date(),
      });
      await this.bump(manager, plan);
      await recordPlanEvent(
        manager,
        id,
        actor,
        'note-added',
        `Refleksion skrevet til: ${itemLabel(item)}.`,
        { itemId },
      );
    });
  }

  // ---- goals ----

  async addGoal(principal: Principal, id: string, request: CreateSmartGoalRequest) {
    const context = await this.context.load();
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      assertCanEdit(plan.status, role);
      const goal = normaliseGoal(request);
      const issues = validateSmartGoal(goal, plan, context);
      if (issues.length) throw planInvalid(issues, 'Målet');
      await this.assertOneGoalPerCompetency(manager, id, goal.competencyKey, null);
      const now = new Date();
      await manager
        .getRepository(PlanGoalEntity)
        .insert({ id: randomUUID(), planId: id, ...goal, createdAt: now, updatedAt: now });
      await this.bump(manager, plan);
      await recordPlanEvent(
        manager,
        id,
        actor,
        'goal-added',
        `SMART-mål tilføjet for ${competencyName(context, goal.competencyKey)}.`,
        { competencyKey: goal.competencyKey },
      );
    });
  }

  async updateGoal(
    principal: Principal,
    id: string,
    goalId: string,
    request: UpdateSmartGoalRequest,
  ): Promise<PlanView> {
    const context = await this.context.load();
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      assertCanEdit(plan.status, role);
      const goal = await manager
        .getRepository(PlanGoalEntity)
        .findOne({ where: { id: goalId, planId: id } });
      if (!goal) throw goalNotFound();
      const next = normaliseGoal({
        competencyKey: goal.competencyKey,
        what: goal.what,
        measure: goal.measure,
        byDate: goal.byDate,
        behaviourKeys: goal.behaviourKeys,
        ...defined(request),
      });
      const issues = validateSmartGoal(next, plan, context);
      if (issues.length) throw planInvalid(issues, 'Målet');
      if (next.competencyKey !== goal.competencyKey) {
        await this.assertOneGoalPerCompetency(manager, id, next.competencyKey, goalId);
      }
      Object.assign(goal, next, { updatedAt: new Date() });
      await manager.getRepository(PlanGoalEntity).save(goal);
      await this.bump(manager, plan);
      await recordPlanEvent(
        manager,
        id,
        actor,
        'goal-updated',
        `SMART-mål ændret for ${competencyName(context, next.competencyKey)}.`,
        { goalId, fields: Object.keys(defined(request)) },
      );
    });
  }

  async removeGoal(principal: Principal, id: string, goalId: string): Promise<PlanView> {
    const context = await this.context.load();
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      assertCanEdit(plan.status, role);
      const goal = await manager
        .getRepository(PlanGoalEntity)
        .findOne({ where: { id: goalId, planId: id } });
      if (!goal) throw goalNotFound();
      await manager.getRepository(PlanGoalEntity).delete({ id: goalId });
      await this.bump(manager, plan);
      await recordPlanEvent(
        manager,
        id,
        actor,
        'goal-removed',
        `SMART-mål fjernet for ${competencyName(context, goal.competencyKey)}.`,
        { goalId },
      );
    });
  }

  // ---- follow-ups ----

  async addFollowUp(principal: Principal, id: string, request: CreateFollowUpRequest) {
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      this.assertFollowUps(plan.status, role);
      const fields = checkFollowUp(request);
      const now = new Date();
      await manager
        .getRepository(PlanFollowUpEntity)
        .insert({ id: randomUUID(), planId: id, ...fields, createdAt: now, updatedAt: now });
      await this.bump(manager, plan);
      await recordPlanEvent(
        manager,
        id,
        actor,
        'follow-up-added',
        `Opfølgning aftalt den ${danishDate(fields.date)}.`,
        { date: fields.date },
      );
    });
  }

  async updateFollowUp(
    principal: Principal,
    id: string,
    followUpId: string,
    request: UpdateFollowUpRequest,
  ): Promise<PlanView> {
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      this.assertFollowUps(plan.status, role);
      const followUp = await manager
        .getRepository(PlanFollowUpEntity)
        .findOne({ where: { id: followUpId, planId: id } });
      if (!followUp) throw followUpNotFound();
      const fields = checkFollowUp({
        date: followUp.date,
        note: followUp.note,
        ...defined(request),
      });
      Object.assign(followUp, fields, { updatedAt: new Date() });
      await manager.getRepository(PlanFollowUpEntity).save(followUp);
      await this.bump(manager, plan);
      await recordPlanEvent(
        manager,
        id,
        actor,
        'follow-up-updated',
        `Opfølgningen den ${danishDate(fields.date)} er ændret.`,
        { followUpId },
      );
    });
  }

  async removeFollowUp(principal: Principal, id: string, followUpId: string): Promise<PlanView> {
    return this.change(principal, id, async (manager, { plan, role, actor }) => {
      this.assertFollowUps(plan.status, role);
      const followUp = await manager
        .getRepository(PlanFollowUpEntity)
        .findOne({ where: { id: followUpId, planId: id } });
      if (!followUp) throw followUpNotFound();
      await manager.getRepository(PlanFollowUpEntity).delete({ id: followUpId });
      await this.bump(manager, plan);
      await recordPlanEvent(
        manager,
        id,
        actor,
        'follow-up-removed',
        `Opfølgningen den ${danishDate(followUp.date)} er fjernet.`,
        { followUpId },
      );
    });
  }

  // ---- history ----

  async history(principal: Principal, id: string): Promise<PlanEventView[]> {
    await this.access(principal, id);
    const events = await this.dataSource
      .getRepository(PlanEventEntity)
      .find({ where: { planId: id }, order: { sequence: 'ASC' } });
    return events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: { accountId: e.actorAccountId, name: e.actorName },
      type: e.type,
      summary: e.summary,
      details: e.details,
    }));
  }

  // ---- internals ----

  /** The plan and how the caller stands to it; 404 when the caller may not read it. */
  private async access(principal: Principal, id: string): Promise<Access> {
    const plan = await this.find(this.dataSource.manager, id);
    const { placement } = await this.leaders.load(plan.leaderId);
    const role = planRole(principal, placement);
    if (!canReadPlan(role)) throw notFound();
    return { plan, role, actor: actorOf(principal) };
  }

  /**
   * Runs a change in one transaction: the plan is read again inside it (its state decides),
   * and the result is the plan as the caller now sees it.
   */
  private async change(
    principal: Principal,
    id: string,
    work: (manager: EntityManager, access: Access) => Promise<void>,
  ): Promise<PlanView> {
    const { role, actor } = await this.access(principal, id);
    return this.writes.run(async (manager) => {
      const plan = await this.find(manager, id);
      await work(manager, { plan, role, actor });
      // Every plan change passes here: status, items and their effects feed Overblik.
      await markLeadersStale(manager, [plan.leaderId]);
      const fresh = await this.find(manager, id);
      return this.view(manager, fresh, role);
    });
  }

  private async find(manager: EntityManager, id: string): Promise<PlanEntity> {
    const plan = await manager
      .getRepository(PlanEntity)
      .findOne({ where: { id }, relations: { leader: true } });
    if (!plan) throw notFound();
    return plan;
  }

  private async findItem(manager: EntityManager, planId: string, itemId: string) {
    const item = await manager
      .getRepository(PlanItemEntity)
      .findOne({ where: { id: itemId, planId } });
    if (!item) throw itemNotFound();
    return item;
  }

  /** The version moves on with every change; a concurrent change has already moved it. */
  private async bump(manager: EntityManager, plan: PlanEntity): Promise<void> {
    const { leader: _leader, items: _i, goals: _g, followUps: _f, ...columns } = plan;
    const result = await manager
      .createQueryBuilder()
      .update(PlanEntity)
      .set({ ...columns, version: plan.version + 1, updatedAt: new Date() })
      .where('id = :id AND version = :version', { id: plan.id, version: plan.version })
      .execute();
    if (result.affected !== 1) throw stale();
    plan.version += 1;
  }

  /** Items done and notes: the leader, once the plan is approved or active. */
  private assertFollowThrough(status: PlanStatus, role: PlanRole): void {
    if (role !== 'owner') {
      throw new DomainError('FORBIDDEN', 'Kun lederen selv kan følge op på sine aktiviteter.');
    }
    if (!isUnderWay(status)) {
      throw new DomainError(
        'CONFLICT',
        'Aktiviteter markeres som gennemført og får refleksioner, når planen er godkendt eller i gang.',
      );
    }
  }

  /** Follow-ups: the leader and the direct manager, until the plan is over. */
  private assertFollowUps(status: PlanStatus, role: PlanRole): void {
    if (role !== 'owner' && role !== 'direct-manager') {
      throw new DomainError(
        'FORBIDDEN',
        'Kun lederen og lederens nærmeste leder kan aftale opfølgninger.',
      );
    }
    if (!acceptsFollowUps(status)) {
      throw new DomainError('CONFLICT', 'Planen er afsluttet eller annulleret og er låst.');
    }
  }

  private async assertOneGoalPerCompetency(
    manager: EntityManager,
    planId: string,
    competencyKey: string,
    except: string | null,
  ) {
    const other = await manager
      .getRepository(PlanGoalEntity)
      .findOne({ where: { planId, competencyKey } });
    if (other && other.id !== except) {
      throw planInvalid([
        {
          path: 'competencyKey',
          message: 'Kompetencen har allerede et SMART-mål i planen. Ret det i stedet.',
        },
      ]);
    }
  }

  /**
   * Checks one item against the catalogue and the framework and appends it to the plan,
   * with its history event. The caller moves the plan's version on.
   */
  private async insertItem(
    manager: EntityManager,
    plan: PlanEntity,
    request: CreatePlanItemRequest,
    context: CatalogueContext,
    actor: PlanActor,
  ): Promise<void> {
    const content: PlanItemContent = {
      kind: request.kind,
      offerId: request.offerId ?? null,
      sessionId: request.sessionId ?? null,
      behaviourKey: request.behaviourKey ?? null,
      text: (request.text ?? '').trim(),
      competencyKeys: request.competencyKeys,
      behaviourKeys: request.behaviourKeys ?? [],
      costDkk: request.costDkk ?? 0,
      hours: request.hours ?? 0,
    };
    const issues = validatePlanItem(content, context);
    if (issues.length) throw planInvalid(issues, 'Aktiviteten');
    let offerTitle: string | null = null;
    if (content.kind === 'offer') {
      const offer = await this.checkOffer(manager, plan, content);
      offerTitle = offer.title;
      content.costDkk = offer.priceOre / 100;
      content.hours = offer.hoursTenths / 10;
    }
    const last = await manager
      .getRepository(PlanItemEntity)
      .createQueryBuilder('i')
      .select('MAX(i.position)', 'max')
      .where('i.plan_id = :id', { id: plan.id })
      .getRawOne<{ max: number | string | null }>();
    const now = new Date();
    const item = Object.assign(new PlanItemEntity(), {
      id: randomUUID(),
      planId: plan.id,
      kind: content.kind,
      offerId: content.offerId,
      offerTitle,
      sessionId: content.sessionId,
      behaviourKey: content.behaviourKey,
      text: content.text,
      competencyKeys: content.competencyKeys,
      behaviourKeys: content.behaviourKeys,
      position: Number(last?.max ?? 0) + 1,
      status: 'planned' as const,
      doneEvidence: null,
      doneAt: null,
      costOre: toOre(content.costDkk),
      hoursTenths: toTenths(content.hours),
      createdAt: now,
      updatedAt: now,
    });
    await manager.getRepository(PlanItemEntity).insert(item);
    await recordPlanEvent(
      manager,
      plan.id,
      actor,
      'item-added',
      `Aktivitet tilføjet: ${itemLabel(item)}.`,
      { itemId: item.id, kind: item.kind },
    );
  }

  /** A published offer, once per plan; a session of it with open registration when it has any. */
  private async checkOffer(
    manager: EntityManager,
    plan: PlanEntity,
    content: PlanItemContent,
    itemId: string | null = null,
  ): Promise<OfferEntity> {
    const offer = content.offerId
      ? await manager.getRepository(OfferEntity).findOne({ where: { id: content.offerId } })
      : null;
    if (!offer || offer.status !== 'published') {
      throw planInvalid([{ path: 'offerId', message: 'Tilbuddet findes ikke i kataloget.' }]);
    }
    const twin = await manager
      .getRepository(PlanItemEntity)
      .findOne({ where: { planId: plan.id, offerId: offer.id } });
    if (twin && twin.id !== itemId) {
      throw planInvalid([{ path: 'offerId', message: 'Tilbuddet er allerede med i planen.' }]);
    }
    if (offer.onDemand) {
      if (content.sessionId) {
        throw planInvalid([
          { path: 'sessionId', message: 'Tilbuddet er efter behov og har ingen forløb.' },
        ]);
      }
      return offer;
    }
    if (!content.sessionId) {
      throw planInvalid([{ path: 'sessionId', message: 'Vælg et forløb (hold) af tilbuddet.' }]);
    }
    const session = await manager
      .getRepository(OfferSessionEntity)
      .findOne({ where: { id: content.sessionId, offerId: offer.id } });
    if (!session) {
      throw planInvalid([{ path: 'sessionId', message: 'Forløbet hører ikke til tilbuddet.' }]);
    }
    if (session.registrationDeadline < todayInDenmark()) {
      throw planInvalid([
        { path: 'sessionId', message: 'Tilmeldingen til forløbet er lukket. Vælg et andet.' },
      ]);
    }
    if (session.startDate < plan.periodStart || session.endDate > plan.periodEnd) {
      throw planInvalid([
        { path: 'sessionId', message: 'Forløbet ligger uden for planens periode.' },
      ]);
    }
    return offer;
  }

  private async submissionCheck(
    manager: EntityManager,
    plan: PlanEntity,
    names: ReadonlyMap<string, string>,
  ): Promise<PlanIssue[]> {
    const items = await manager
      .getRepository(PlanItemEntity)
      .find({ where: { planId: plan.id }, order: { position: 'ASC' } });
    const goals = await manager.getRepository(PlanGoalEntity).find({ where: { planId: plan.id } });
    const sessionIds = items.map((i) => i.sessionId).filter((s): s is string => !!s);
    const sessions = sessionIds.length
      ? await manager.getRepository(OfferSessionEntity).find({ where: { id: In(sessionIds) } })
      : [];
    const byId = new Map(sessions.map((s) => [s.id, s]));
    return submissionIssues({
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      budgetDkk: plan.budgetOre === null ? null : plan.budgetOre / 100,
      hours: plan.hoursTenths === null ? null : plan.hoursTenths / 10,
      items: items.map((i) => ({
        kind: i.kind,
        competencyKeys: i.competencyKeys,
        costDkk: i.costOre / 100,
        hours: i.hoursTenths / 10,
        session: i.sessionId ? (byId.get(i.sessionId) ?? null) : null,
      })),
      goals,
      competencyNames: names,
    });
  }

  /**
   * Approval asks for seats, so every session still to be asked for must be open for
   * registration today (Danish time; the deadline day itself counts). Otherwise nothing is
   * written and the manager is told which activities to fix (docs/adr/0011).
   */
  private async assertRegistrationOpen(manager: EntityManager, plan: PlanEntity) {
    const items = await manager
      .getRepository(PlanItemEntity)
      .find({ where: { planId: plan.id, kind: 'offer' }, order: { position: 'ASC' } });
    const withSession = items.filter((i) => !!i.sessionId);
    if (withSession.length === 0) return;
    const sessions = await manager
      .getRepository(OfferSessionEntity)
      .find({ where: { id: In(withSession.map((i) => i.sessionId as string)) } });
    const deadline = new Map(sessions.map((s) => [s.id, s.registrationDeadline]));
    const today = todayInDenmark();
    const closed: string[] = [];
    for (const item of withSession) {
      const live = await manager.getRepository(SeatBookingEntity).findOne({
        where: { planItemId: item.id, status: In(['booked', 'waiting']) },
      });
      const last = deadline.get(item.sessionId as string);
      if (!live && last !== undefined && last < today) closed.push(itemLabel(item));
    }
    if (closed.length) {
      throw new DomainError(
        'CONFLICT',
        `Tilmeldingsfristen er overskredet for: ${closed.join(', ')}. Vælg et andet hold, eller fjern aktiviteten.`,
      );
    }
  }

  /** On approval: a seat on every session of the plan, in session order (lock order). */
  private async requestSeats(manager: EntityManager, plan: PlanEntity, actor: PlanActor) {
    const items = await manager
      .getRepository(PlanItemEntity)
      .find({ where: { planId: plan.id, kind: 'offer' } });
    const withSession = items
      .filter((i): i is PlanItemEntity & { sessionId: string } => !!i.sessionId)
      .sort((a, b) => a.sessionId.localeCompare(b.sessionId));
    for (const item of withSession) {
      const live = await manager.getRepository(SeatBookingEntity).findOne({
        where: { planItemId: item.id, status: In(['booked', 'waiting']) },
      });
      if (live) continue;
      const booking = await this.seats.request(manager, {
        sessionId: item.sessionId,
        planId: plan.id,
        planItemId: item.id,
        leaderId: plan.leaderId,
      });
      await recordPlanEvent(
        manager,
        plan.id,
        actor,
        booking.status === 'booked' ? 'seat-booked' : 'seat-waiting',
        booking.status === 'booked'
          ? `Plads booket: ${itemLabel(item)}.`
          : `Forløbet er fuldt; sat på venteliste: ${itemLabel(item)}.`,
        { itemId: item.id, sessionId: item.sessionId, bookingId: booking.id },
      );
    }
  }

  private async summaries(plans: PlanEntity[]): Promise<PlanSummary[]> {
    if (plans.length === 0) return [];
    const items = await this.dataSource
      .getRepository(PlanItemEntity)
      .find({ where: { planId: In(plans.map((p) => p.id)) } });
    return plans.map((p) =>
      planSummary(
        p,
        items.filter((i) => i.planId === p.id),
      ),
    );
  }

  private async view(manager: EntityManager, plan: PlanEntity, role: PlanRole): Promise<PlanView> {
    const items = await manager.getRepository(PlanItemEntity).find({
      where: { planId: plan.id },
      order: { position: 'ASC', createdAt: 'ASC' },
      relations: { offer: true },
    });
    const itemIds = items.map((i) => i.id);
    const goals = await manager
      .getRepository(PlanGoalEntity)
      .find({ where: { planId: plan.id }, order: { byDate: 'ASC', createdAt: 'ASC' } });
    const followUps = await manager
      .getRepository(PlanFollowUpEntity)
      .find({ where: { planId: plan.id }, order: { date: 'ASC', createdAt: 'ASC' } });
    const notes = itemIds.length
      ? await manager
          .getRepository(PlanItemNoteEntity)
          .find({ where: { itemId: In(itemIds) }, order: { createdAt: 'ASC' } })
      : [];
    const bookings = await manager
      .getRepository(SeatBookingEntity)
      .find({ where: { planId: plan.id, status: In(['booked', 'waiting']) } });
    const sessionIds = items.map((i) => i.sessionId).filter((s): s is string => !!s);
    const sessions = sessionIds.length
      ? await manager.getRepository(OfferSessionEntity).find({ where: { id: In(sessionIds) } })
      : [];
    // The place in line now: how many wait ahead on the same session, plus one.
    const ranks = new Map<string, number>();
    for (const b of bookings.filter((x) => x.status === 'waiting')) {
      const ahead = await manager
        .getRepository(SeatBookingEntity)
        .createQueryBuilder('w')
        .where('w.session_id = :sessionId AND w.status = :status', {
          sessionId: b.sessionId,
          status: 'waiting',
        })
        .andWhere('w.queue_position < :position', { position: b.queuePosition })
        .getCount();
      ranks.set(b.id, ahead + 1);
    }
    return planView(plan, role, { items, goals, followUps, notes, bookings, sessions, ranks });
  }
}

/** The fields a request really carries: DTO instances may hold absent ones as undefined. */
function defined<T extends object>(request: T): T {
  return Object.fromEntries(
    Object.entries(request).filter(([, value]) => value !== undefined),
  ) as T;
}

/** An item's error on create, pointed at the item: `items[2].sessionId`, "Aktivitet 3: …". */
function atItem(error: unknown, index: number): unknown {
  if (!(error instanceof DomainError) || error.code !== 'VALIDATION_FAILED') return error;
  const details = error.details.length ? error.details : [{ path: '', message: error.message }];
  return new DomainError(
    'VALIDATION_FAILED',
    `Aktivitet ${index + 1}: ${error.message}`,
    details.map((d) => ({
      path: d.path ? `items[${index}].${d.path}` : `items[${index}]`,
      message: d.message,
    })),
  );
}

function actorOf(principal: Principal): PlanActor {
  return { accountId: principal.accountId, name: principal.name };
}

function stale(): DomainError {
  return new DomainError(
    'STALE_VERSION',
    'Planen er ændret, siden du åbnede den. Hent den igen, og lav din ændring på ny.',
  );
}

function planFieldsOf(plan: PlanEntity): PlanFields {
  return {
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    budgetDkk: plan.budgetOre === null ? null : plan.budgetOre / 100,
    hours: plan.hoursTenths === null ? null : plan.hoursTenths / 10,
  };
}

function normalisePlanFields(fields: PlanFields): PlanFields {
  return {
    title: fields.title.trim(),
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    budgetDkk: fields.budgetDkk ?? null,
    hours: fields.hours ?? null,
  };
}

function normaliseGoal(goal: CreateSmartGoalRequest): CreateSmartGoalRequest {
  return {
    competencyKey: goal.competencyKey,
    what: goal.what.trim(),
    measure: goal.measure.trim(),
    byDate: goal.byDate,
    behaviourKeys: goal.behaviourKeys,
  };
}

function checkFollowUp(fields: CreateFollowUpRequest): CreateFollowUpRequest {
  if (!isIsoDate(fields.date)) {
    throw planInvalid([{ path: 'date', message: 'Skriv datoen som åååå-mm-dd.' }]);
  }
  return { date: fields.date, note: fields.note.trim() };
}

/** An item as history summaries name it (the demo plans use it too). */
export function itemLabel(item: Pick<PlanItemEntity, 'kind' | 'offerTitle' | 'text'>): string {
  const text = item.kind === 'offer' ? (item.offerTitle ?? 'tilbud') : item.text;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function danishDate(iso: string): string {
  return iso.split('-').reverse().join('-');
}

/** Danish competency titles by key, for messages and history lines. */
function competencyNames(context: CatalogueContext): Map<string, string> {
  return new Map(context.competencies.map((c) => [c.key, c.name]));
}

function competencyName(context: CatalogueContext, key: string): string {
  return context.competencies.find((c) => c.key === key)?.name ?? key;
}
