import type { PlanItemView, PlanSummary, PlanView } from '@lederloeft/contracts';
import {
  acceptsFollowUps,
  allowedActions,
  isPlanEditable,
  type PlanRole,
} from '@lederloeft/domain';
import type { OfferSessionEntity } from '../catalogue/offer-session.entity';
import type { PlanFollowUpEntity } from './plan-follow-up.entity';
import type { PlanGoalEntity } from './plan-goal.entity';
import type { PlanItemNoteEntity } from './plan-item-note.entity';
import type { PlanItemEntity } from './plan-item.entity';
import type { PlanEntity } from './plan.entity';
import type { SeatBookingEntity } from './seat-booking.entity';

/** DKK to whole øre and hours to tenths: exact sums on both databases. */
export const toOre = (dkk: number) => Math.round(dkk * 100);
export const toTenths = (hours: number) => Math.round(hours * 10);

const sumOre = (items: PlanItemEntity[]) => items.reduce((s, i) => s + i.costOre, 0);
const sumTenths = (items: PlanItemEntity[]) => items.reduce((s, i) => s + i.hoursTenths, 0);

export function planSummary(plan: PlanEntity, items: PlanItemEntity[]): PlanSummary {
  return {
    id: plan.id,
    leader: { id: plan.leaderId, name: plan.leader?.name ?? '' },
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    status: plan.status,
    itemCount: items.length,
    costDkk: sumOre(items) / 100,
    hoursPlanned: sumTenths(items) / 10,
    version: plan.version,
    submittedAt: plan.submittedAt ? plan.submittedAt.toISOString() : null,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export interface PlanParts {
  items: PlanItemEntity[];
  goals: PlanGoalEntity[];
  followUps: PlanFollowUpEntity[];
  notes: PlanItemNoteEntity[];
  /** Live (booked or waiting) bookings of the plan. */
  bookings: SeatBookingEntity[];
  sessions: OfferSessionEntity[];
  /** Current place in line per waiting booking id. */
  ranks: Map<string, number>;
}

export function planView(plan: PlanEntity, role: PlanRole, parts: PlanParts): PlanView {
  const sessions = new Map(parts.sessions.map((s) => [s.id, s]));
  const items = parts.items.map((item): PlanItemView => {
    const session = item.sessionId ? sessions.get(item.sessionId) : undefined;
    const booking = parts.bookings.find((b) => b.planItemId === item.id);
    return {
      id: item.id,
      kind: item.kind,
      offerId: item.offerId,
      offerTitle: item.offerTitle,
      offerKind: item.offer?.kind ?? null,
      session: session
        ? {
            id: session.id,
            startDate: session.startDate,
            endDate: session.endDate,
            place: session.place,
          }
        : null,
      behaviourKey: item.behaviourKey,
      text: item.text,
      competencyKeys: item.competencyKeys,
      behaviourKeys: item.behaviourKeys,
      position: item.position,
      status: item.status,
      doneEvidence: item.doneEvidence,
      doneAt: item.doneAt ? item.doneAt.toISOString() : null,
      costDkk: item.costOre / 100,
      hours: item.hoursTenths / 10,
      booking: booking
        ? {
            id: booking.id,
            status: booking.status,
            queuePosition:
              booking.status === 'waiting' ? (parts.ranks.get(booking.id) ?? null) : null,
          }
        : null,
      notes: parts.notes
        .filter((n) => n.itemId === item.id)
        .map((n) => ({
          id: n.id,
          learned: n.learned,
          changed: n.changed,
          createdAt: n.createdAt.toISOString(),
        })),
    };
  });
  const owner = role === 'owner';
  return {
    id: plan.id,
    leader: { id: plan.leaderId, name: plan.leader?.name ?? '' },
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    budgetDkk: plan.budgetOre === null ? null : plan.budgetOre / 100,
    hours: plan.hoursTenths === null ? null : plan.hoursTenths / 10,
    status: plan.status,
    managerComment: plan.managerComment,
    version: plan.version,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    submittedAt: plan.submittedAt ? plan.submittedAt.toISOString() : null,
    approvedAt: plan.approvedAt ? plan.approvedAt.toISOString() : null,
    items,
    goals: parts.goals.map((g) => ({
      id: g.id,
      competencyKey: g.competencyKey,
      what: g.what,
      measure: g.measure,
      byDate: g.byDate,
      behaviourKeys: g.behaviourKeys,
    })),
    followUps: parts.followUps.map((f) => ({ id: f.id, date: f.date, note: f.note })),
    totals: { costDkk: sumOre(parts.items) / 100, hours: sumTenths(parts.items) / 10 },
    permissions: {
      edit: owner && isPlanEditable(plan.status),
      delete: owner && plan.status === 'draft' && !plan.everSubmitted,
      followUp: (owner || role === 'direct-manager') && acceptsFollowUps(plan.status),
      actions: allowedActions(plan.status, role),
    },
  };
}
