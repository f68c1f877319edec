/**
 * Development plans: a leader's plan for a period (items from the catalogue, learning on
 * the job and with others, SMART goals), agreed with the direct manager, followed through
 * the year (follow-ups, notes, items done), and the seats its sessions take.
 */

import type { OfferKind } from './catalogue';

/**
 * draft → submitted → approved | returned (with the manager's comment) → active → completed;
 * cancelled from any state after the first submission. A returned plan is edited and
 * submitted again.
 */
export type PlanStatus =
  | 'draft'
  | 'submitted'
  | 'approved'
  | 'returned'
  | 'active'
  | 'completed'
  | 'cancelled';
export const PLAN_STATUSES: readonly PlanStatus[] = [
  'draft',
  'submitted',
  'approved',
  'returned',
  'active',
  'completed',
  'cancelled',
];

/** The state changes, each a `POST /api/plans/:id/<action>`. */
export type PlanAction = 'submit' | 'approve' | 'return' | 'activate' | 'complete' | 'cancel';
export const PLAN_ACTIONS: readonly PlanAction[] = [
  'submit',
  'approve',
  'return',
  'activate',
  'complete',
  'cancel',
];

/**
 * `offer`: a catalogue offer (and a session of it, when it has sessions);
 * `on-the-job`: an activity in daily work drawn from an example behaviour;
 * `other`: anything else, e.g. learning with others outside the catalogue.
 */
export type PlanItemKind = 'offer' | 'on-the-job' | 'other';
export const PLAN_ITEM_KINDS: readonly PlanItemKind[] = ['offer', 'on-the-job', 'other'];

export type PlanItemStatus = 'planned' | 'done';
export const PLAN_ITEM_STATUSES: readonly PlanItemStatus[] = ['planned', 'done'];

/** A seat on a session: booked, on the waiting list, or given up. */
export type SeatBookingStatus = 'booked' | 'waiting' | 'cancelled';

/** The fields of the plan itself. Money in DKK, time in hours of the leader's time. */
export interface PlanFields {
  title: string;
  /** ISO date (YYYY-MM-DD). */
  periodStart: string;
  /** ISO date, on or after periodStart. */
  periodEnd: string;
  /** The budget the plan was made for; null when none was given. */
  budgetDkk: number | null;
  /** The hours of the leader's time the plan was made for; null when none was given. */
  hours: number | null;
}

/** At most this many items may come with `POST /api/leaders/:id/plans`. */
export const MAX_ITEMS_ON_CREATE = 50;

/**
 * A new plan; `items` (optional, at most MAX_ITEMS_ON_CREATE) are created with it in the
 * same transaction, e.g. from a proposal: one invalid item and nothing is saved.
 */
export type CreatePlanRequest = PlanFields & { items?: CreatePlanItemRequest[] };

/** A partial edit; `version` must be the version read (optimistic locking: else 409). */
export type UpdatePlanRequest = Partial<PlanFields> & { version: number };

/** `POST /api/plans/:id/return`: the manager's comment is required. */
export interface ReturnPlanRequest {
  comment: string;
}

/** `POST /api/plans/:id/approve`: an optional comment from the manager. */
export interface ApprovePlanRequest {
  comment?: string;
}

export interface CreatePlanItemRequest {
  kind: PlanItemKind;
  /** kind `offer`: the offer (published). */
  offerId?: string | null;
  /** kind `offer`: one of its sessions; required when the offer has sessions. */
  sessionId?: string | null;
  /** kind `on-the-job`: the example behaviour the activity practises. */
  behaviourKey?: string | null;
  /**
   * The activity in Danish: required for `on-the-job` and `other`; for an offer an
   * optional note (why this offer).
   */
  text?: string;
  /** Competencies the item addresses (at least one). */
  competencyKeys: string[];
  /** Behaviours within them the item addresses. */
  behaviourKeys?: string[];
  /** `on-the-job` and `other`: cost and hours (offers take theirs from the catalogue). */
  costDkk?: number;
  hours?: number;
}

/**
 * An edit of an item. Content (text, keys, session, cost, hours, position) while the plan
 * is a draft or returned; status and evidence (done) once the plan is approved or active.
 */
export interface UpdatePlanItemRequest {
  sessionId?: string | null;
  text?: string;
  competencyKeys?: string[];
  behaviourKeys?: string[];
  costDkk?: number;
  hours?: number;
  position?: number;
  status?: PlanItemStatus;
  /** What shows the item was done; required when marking it done. */
  doneEvidence?: string;
}

export interface PlanItemSessionView {
  id: string;
  startDate: string;
  endDate: string;
  place: string;
}

export interface SeatBookingView {
  id: string;
  status: SeatBookingStatus;
  /** Place in the waiting list order (1 = first in line), for waiting bookings. */
  queuePosition: number | null;
}

/** A progress note or reflection on an item. */
export interface PlanNoteView {
  id: string;
  /** Hvad lærte jeg? */
  learned: string;
  /** Hvad gør jeg nu anderledes? */
  changed: string;
  createdAt: string;
}

export interface CreatePlanNoteRequest {
  learned: string;
  changed: string;
}

export interface PlanItemView {
  id: string;
  kind: PlanItemKind;
  offerId: string | null;
  /** The offer's title at the time it was added. */
  offerTitle: string | null;
  /** The offer's kind (for the 70-20-10 grouping); null for other kinds of item. */
  offerKind: OfferKind | null;
  session: PlanItemSessionView | null;
  behaviourKey: string | null;
  text: string;
  competencyKeys: string[];
  behaviourKeys: string[];
  position: number;
  status: PlanItemStatus;
  doneEvidence: string | null;
  doneAt: string | null;
  /** Snapshot taken when the item was added (offers: the catalogue's price and hours). */
  costDkk: number;
  hours: number;
  /** The seat on its session, once the plan is approved. */
  booking: SeatBookingView | null;
  notes: PlanNoteView[];
}

/** A SMART goal for one focus competency. */
export interface SmartGoalFields {
  competencyKey: string;
  /** What will be different (specifik, relevant). */
  what: string;
  /** How it is seen or measured (målbar). */
  measure: string;
  /** By when (tidsbestemt): an ISO date inside the plan period. */
  byDate: string;
  /** The behaviours the goal targets (of that competency). */
  behaviourKeys: string[];
}

export type CreateSmartGoalRequest = SmartGoalFields;
export type UpdateSmartGoalRequest = Partial<SmartGoalFields>;

export interface SmartGoalView extends SmartGoalFields {
  id: string;
}

/** A follow-up conversation with the manager. */
export interface FollowUpFields {
  /** ISO date. */
  date: string;
  note: string;
}

export type CreateFollowUpRequest = FollowUpFields;
export type UpdateFollowUpRequest = Partial<FollowUpFields>;

export interface FollowUpView extends FollowUpFields {
  id: string;
}

/** What the caller may do with the plan now (for buttons; the api checks again). */
export interface PlanPermissions {
  edit: boolean;
  delete: boolean;
  followUp: boolean;
  actions: PlanAction[];
}

export interface PlanSummary {
  id: string;
  leader: { id: string; name: string };
  title: string;
  periodStart: string;
  periodEnd: string;
  status: PlanStatus;
  itemCount: number;
  costDkk: number;
  hoursPlanned: number;
  version: number;
  submittedAt: string | null;
  updatedAt: string;
}

export interface PlanView extends PlanFields {
  id: string;
  leader: { id: string; name: string };
  status: PlanStatus;
  /** The manager's comment when the plan was last returned or approved. */
  managerComment: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
  items: PlanItemView[];
  goals: SmartGoalView[];
  followUps: FollowUpView[];
  /** Sums of the items' cost and hours. */
  totals: { costDkk: number; hours: number };
  permissions: PlanPermissions;
}

export type PlanEventType =
  | 'created'
  | 'updated'
  | 'submitted'
  | 'approved'
  | 'returned'
  | 'activated'
  | 'completed'
  | 'cancelled'
  | 'item-added'
  | 'item-updated'
  | 'item-done'
  | 'item-removed'
  | 'goal-added'
  | 'goal-updated'
  | 'goal-removed'
  | 'follow-up-added'
  | 'follow-up-updated'
  | 'follow-up-removed'
  | 'note-added'
  | 'seat-booked'
  | 'seat-waiting'
  | 'seat-cancelled'
  | 'seat-moved-up';

/** One entry of a plan's history: who, what, when. */
export interface PlanEventView {
  id: string;
  at: string;
  actor: { accountId: string | null; name: string };
  type: PlanEventType;
  /** Danish, for people. */
  summary: string;
  details: Record<string, unknown> | null;
}

/** A person on a session's participant list (HR): booked first, then the waiting list. */
export interface SessionParticipant {
  bookingId: string;
  status: Exclude<SeatBookingStatus, 'cancelled'>;
  queuePosition: number | null;
  leader: { id: string; name: string; email: string; title: string };
  orgUnit: { id: string; name: string };
  planId: string;
  requestedAt: string;
}

export interface SessionParticipantList {
  offer: { id: string; code: string; title: string };
  session: PlanItemSessionView & { capacity: number; seatsTaken: number; waitingList: number };
  participants: SessionParticipant[];
}
