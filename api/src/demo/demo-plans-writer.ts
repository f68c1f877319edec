import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { PlanEventType, PlanStatus } from '@lederloeft/contracts';
import { AccountEntity } from '../auth/account.entity';
import { OfferSessionEntity } from '../catalogue/offer-session.entity';
import { CompetencyEntity } from '../frameworks/competency.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { OfferEntity } from '../catalogue/offer.entity';
import { LeaderEntity } from '../organisation/leader.entity';
import { PlanEventEntity } from '../plans/plan-event.entity';
import { PlanFollowUpEntity } from '../plans/plan-follow-up.entity';
import { PlanGoalEntity } from '../plans/plan-goal.entity';
import type { PlanActor } from '../plans/plan-history';
import { PlanItemNoteEntity } from '../plans/plan-item-note.entity';
import { PlanItemEntity } from '../plans/plan-item.entity';
import { PlanEntity } from '../plans/plan.entity';
import { SeatBookingEntity } from '../plans/seat-booking.entity';
import { danishDate, itemLabel } from '../plans/plans.service';
import type { SeatsService } from '../plans/seats.service';
import type { DemoItem, DemoPlanStory } from './demo-plans';

/** One step of a story, in time order: it writes its rows and says what history records. */
interface Step {
  at: Date;
  actor: 'leader' | 'manager';
  run: () => Promise<{ type: PlanEventType; summary: string; details: Record<string, unknown> }[]>;
}

/**
 * Writes the demo plans in the caller's transaction, step by step in time order, with the
 * same rows and history texts the plans API writes (PlansService), dated as in the story.
 * Seats are requested through SeatsService, the path approval takes, so `seats_taken` and
 * `waiting_list` count the demo bookings on top of the catalogue's outside registrations.
 * Returns the number of plans written (0 when a story's leader, account or offer is missing).
 */
export async function writeDemoPlans(
  manager: EntityManager,
  seats: SeatsService,
  stories: DemoPlanStory[],
): Promise<number> {
  const emails = [...new Set(stories.flatMap((s) => [s.leaderEmail, s.managerEmail]))];
  const leaders = await manager.getRepository(LeaderEntity).find({ where: { email: In(emails) } });
  const accounts = await manager
    .getRepository(AccountEntity)
    .find({ where: { email: In(emails) } });
  const codes = [
    ...new Set(
      stories.flatMap((s) => s.items.flatMap((i) => (i.kind === 'offer' ? [i.code] : []))),
    ),
  ];
  const offers = await manager.getRepository(OfferEntity).find({ where: { code: In(codes) } });
  if (leaders.length !== emails.length || accounts.length !== emails.length) return 0;
  if (offers.length !== codes.length) return 0;
  const sessions = await manager.getRepository(OfferSessionEntity).find({
    where: { offerId: In(offers.map((o) => o.id)) },
    order: { startDate: 'ASC', place: 'ASC' },
  });
  // History lines name competencies by their Danish titles, as the plans service writes them.
  const competencies = await manager
    .getRepository(CompetencyEntity)
    .createQueryBuilder('c')
    .innerJoin(FrameworkEntity, 'f', 'f.id = c.framework_id')
    .where("f.status = 'published'")
    .getMany();
  const titleOf = (key: string) => competencies.find((c) => c.key === key)?.titleDa ?? key;
  const leaderOf = (email: string) => leaders.find((l) => l.email === email) as LeaderEntity;
  const actorOf = (email: string): PlanActor => {
    const account = accounts.find((a) => a.email === email) as AccountEntity;
    return { accountId: account.id, name: account.name };
  };
  const offerOf = (code: string) => offers.find((o) => o.code === code) as OfferEntity;

  for (const story of stories) {
    const plan = Object.assign(new PlanEntity(), {
      id: randomUUID(),
      leaderId: leaderOf(story.leaderEmail).id,
      title: story.title,
      periodStart: story.periodStart,
      periodEnd: story.periodEnd,
      budgetOre: story.budgetDkk === null ? null : story.budgetDkk * 100,
      hoursTenths: story.hours === null ? null : story.hours * 10,
      status: 'draft' as PlanStatus,
      managerComment: null,
      everSubmitted: false,
      version: 1,
      submittedAt: null,
      approvedAt: null,
      createdAt: story.created,
      updatedAt: story.created,
    });
    await manager.getRepository(PlanEntity).insert(plan);
    const items: PlanItemEntity[] = [];
    const steps: Step[] = [];
    const step = (at: Date, actor: Step['actor'], run: Step['run']) =>
      steps.push({ at, actor, run });

    step(story.created, 'leader', async () => [
      { type: 'created', summary: 'Planen er oprettet.', details: { title: plan.title } },
    ]);
    for (const goal of story.goals) {
      step(goal.at, 'leader', async () => {
        const { at, ...fields } = goal;
        await manager
          .getRepository(PlanGoalEntity)
          .insert({ id: randomUUID(), planId: plan.id, ...fields, createdAt: at, updatedAt: at });
        return [
          {
            type: 'goal-added',
            summary: `SMART-mål tilføjet for ${titleOf(goal.competencyKey)}.`,
            details: { competencyKey: goal.competencyKey },
          },
        ];
      });
    }
    story.items.forEach((demo, index) => {
      step(demo.at, 'leader', async () => {
        const item = itemRow(
          plan.id,
          index + 1,
          demo,
          offerOf,
          (code, i) => sessions.filter((s) => s.offerId === offerOf(code).id)[i],
        );
        await manager.getRepository(PlanItemEntity).insert(item);
        items[index] = item;
        return [
          {
            type: 'item-added',
            summary: `Aktivitet tilføjet: ${itemLabel(item)}.`,
            details: { itemId: item.id, kind: item.kind },
          },
        ];
      });
    });
    if (story.submitted) {
      const at = story.submitted;
      step(at, 'leader', async () => {
        Object.assign(plan, { status: 'submitted', submittedAt: at, everSubmitted: true });
        return [{ type: 'submitted', summary: 'Planen er sendt til godkendelse.', details: {} }];
      });
    }
    if (story.returned) {
      const { at, comment } = story.returned;
      step(at, 'manager', async () => {
        Object.assign(plan, { status: 'returned', managerComment: comment });
        return [
          {
            type: 'returned',
            summary: 'Planen er sendt retur med en kommentar.',
            details: { comment },
          },
        ];
      });
    }
    if (story.approved) {
      const { at, comment } = story.approved;
      step(at, 'manager', async () => {
        Object.assign(plan, { status: 'approved', approvedAt: at, managerComment: comment });
        const events: Awaited<ReturnType<Step['run']>> = [
          {
            type: 'approved',
            summary: 'Planen er godkendt.',
            details: comment ? { comment } : {},
          },
        ];
        // As approval does: a seat per session, in session id order (the lock order).
        const withSession = items
          .filter((i): i is PlanItemEntity & { sessionId: string } => !!i.sessionId)
          .sort((a, b) => a.sessionId.localeCompare(b.sessionId));
        for (const item of withSession) {
          const booking = await seats.request(manager, {
            sessionId: item.sessionId,
            planId: plan.id,
            planItemId: item.id,
            leaderId: plan.leaderId,
          });
          await manager
            .getRepository(SeatBookingEntity)
            .update({ id: booking.id }, { requestedAt: at, updatedAt: at });
          events.push({
            type: booking.status === 'booked' ? 'seat-booked' : 'seat-waiting',
            summary:
              booking.status === 'booked'
                ? `Plads booket: ${itemLabel(item)}.`
                : `Forløbet er fuldt; sat på venteliste: ${itemLabel(item)}.`,
            details: { itemId: item.id, sessionId: item.sessionId, bookingId: booking.id },
          });
        }
        return events;
      });
    }
    if (story.activated) {
      step(story.activated, 'leader', async () => {
        plan.status = 'active';
        return [{ type: 'activated', summary: 'Planen er sat i gang.', details: {} }];
      });
    }
    for (const followUp of story.followUps ?? []) {
      step(followUp.at, followUp.by, async () => {
        await manager.getRepository(PlanFollowUpEntity).insert({
          id: randomUUID(),
          planId: plan.id,
          date: followUp.date,
          note: followUp.note,
          createdAt: followUp.at,
          updatedAt: followUp.at,
        });
        return [
          {
            type: 'follow-up-added',
            summary: `Opfølgning aftalt den ${danishDate(followUp.date)}.`,
            details: { date: followUp.date },
          },
        ];
      });
    }
    for (const done of story.done ?? []) {
      step(done.at, 'leader', async () => {
        const item = items[done.item];
        await manager
          .getRepository(PlanItemEntity)
          .update(
            { id: item.id },
            { status: 'done', doneEvidence: done.evidence, doneAt: done.at, updatedAt: done.at },
          );
        return [
          {
            type: 'item-done',
            summary: `Aktivitet gennemført: ${itemLabel(item)}.`,
            details: { itemId: item.id, fields: ['status', 'doneEvidence'] },
          },
        ];
      });
    }
    for (const note of story.notes ?? []) {
      step(note.at, 'leader', async () => {
        const item = items[note.item];
        await manager.getRepository(PlanItemNoteEntity).insert({
          id: randomUUID(),
          itemId: item.id,
          learned: note.learned,
          changed: note.changed,
          createdAt: note.at,
        });
        return [
          {
            type: 'note-added',
            summary: `Refleksion skrevet til: ${itemLabel(item)}.`,
            details: { itemId: item.id },
          },
        ];
      });
    }
    if (story.completed) {
      step(story.completed, 'leader', async () => {
        plan.status = 'completed';
        return [{ type: 'completed', summary: 'Planen er afsluttet.', details: {} }];
      });
    }

    // In time order (stable: steps of the same moment keep the order they were listed in).
    const ordered = steps
      .map((s, i) => ({ s, i }))
      .sort((a, b) => a.s.at.getTime() - b.s.at.getTime() || a.i - b.i)
      .map(({ s }) => s);
    let sequence = 0;
    for (const s of ordered) {
      const actor = actorOf(s.actor === 'leader' ? story.leaderEmail : story.managerEmail);
      for (const event of await s.run()) {
        const row: PlanEventEntity = {
          id: randomUUID(),
          planId: plan.id,
          actorAccountId: actor.accountId,
          actorName: actor.name,
          type: event.type,
          summary: event.summary,
          // The API writes no details for a plain status change (an empty object).
          details: event.details,
          sequence: ++sequence,
          at: s.at,
        };
        // The details column is JSON text; TypeORM's insert typing does not see through it.
        await manager.getRepository(PlanEventEntity).insert(row as never);
      }
      plan.version += 1;
      plan.updatedAt = s.at;
    }
    // Every change but the creation moved the version on, as PlansService.bump does.
    plan.version -= 1;
    const { leader: _l, items: _i, goals: _g, followUps: _f, ...columns } = plan;
    await manager.getRepository(PlanEntity).update({ id: plan.id }, columns);
  }
  return stories.length;
}

function itemRow(
  planId: string,
  position: number,
  demo: DemoItem,
  offerOf: (code: string) => OfferEntity,
  sessionOf: (code: string, index: number) => OfferSessionEntity | undefined,
): PlanItemEntity {
  const offer = demo.kind === 'offer' ? offerOf(demo.code) : null;
  const session =
    demo.kind === 'offer' && demo.session !== undefined
      ? sessionOf(demo.code, demo.session)
      : undefined;
  if (demo.kind === 'offer' && demo.session !== undefined && !session) {
    throw new Error(`Demo plan: ${demo.code} has no session #${demo.session}.`);
  }
  return Object.assign(new PlanItemEntity(), {
    id: randomUUID(),
    planId,
    kind: demo.kind,
    offerId: offer?.id ?? null,
    offerTitle: offer?.title ?? null,
    sessionId: session?.id ?? null,
    behaviourKey: demo.kind === 'on-the-job' ? demo.behaviourKey : null,
    text: demo.text ?? '',
    competencyKeys: demo.competencyKeys,
    behaviourKeys: demo.behaviourKeys ?? [],
    position,
    status: 'planned',
    doneEvidence: null,
    doneAt: null,
    costOre: offer ? offer.priceOre : demo.kind === 'other' ? demo.costDkk * 100 : 0,
    hoursTenths: offer ? offer.hoursTenths : demo.kind === 'offer' ? 0 : demo.hours * 10,
    createdAt: demo.at,
    updatedAt: demo.at,
  });
}
