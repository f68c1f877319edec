import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApprovePlanRequest,
  CreateFollowUpRequest,
  CreatePlanItemRequest,
  CreatePlanNoteRequest,
  CreatePlanRequest,
  CreateSmartGoalRequest,
  PlanAction,
  PlanEventView,
  PlanProposal,
  PlanProposalRequest,
  PlanSummary,
  PlanView,
  ReturnPlanRequest,
  SessionParticipantList,
  UpdateFollowUpRequest,
  UpdatePlanItemRequest,
  UpdatePlanRequest,
  UpdateSmartGoalRequest,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

export const PLANS_URL = '/api/plans';
export const PLAN_INBOX_URL = `${PLANS_URL}/inbox`;

export function leaderPlansUrl(leaderId: string): string {
  return `/api/leaders/${encodeURIComponent(leaderId)}/plans`;
}

export function planProposalsUrl(leaderId: string): string {
  return `/api/leaders/${encodeURIComponent(leaderId)}/plan-proposals`;
}

export function planUrl(planId: string): string {
  return `${PLANS_URL}/${encodeURIComponent(planId)}`;
}

/** Where the browser downloads the plan as a PDF in Danish (Content-Disposition: attachment). */
export function planPdfUrl(planId: string): string {
  return `${planUrl(planId)}/pdf`;
}

/** Where the browser downloads the booked sessions and follow-up dates as iCalendar. */
export function planCalendarUrl(planId: string): string {
  return `${planUrl(planId)}/calendar.ics`;
}

export function participantsUrl(offerId: string, sessionId: string): string {
  return `/api/offers/${encodeURIComponent(offerId)}/sessions/${encodeURIComponent(sessionId)}/participants`;
}

/** Where HR downloads a session's participant list as CSV (Danish Excel dialect). */
export function participantsCsvUrl(offerId: string, sessionId: string): string {
  return `${participantsUrl(offerId, sessionId)}.csv`;
}

/**
 * HTTP access to development plans, their proposals, and the participant lists of sessions.
 * The API checks every call again (scope and state); `PlanView.permissions` only drives
 * which buttons a screen shows.
 */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly http = inject(HttpClient);

  /** A proposal for the leader under the constraints; nothing is saved. */
  propose(leaderId: string, request: PlanProposalRequest): Observable<PlanProposal> {
    return this.http.post<PlanProposal>(planProposalsUrl(leaderId), request);
  }

  listForLeader(leaderId: string): Observable<PlanSummary[]> {
    return this.http.get<PlanSummary[]>(leaderPlansUrl(leaderId));
  }

  create(leaderId: string, request: CreatePlanRequest): Observable<PlanView> {
    return this.http.post<PlanView>(leaderPlansUrl(leaderId), request);
  }

  /** Plans waiting for the signed-in manager's decision. */
  inbox(): Observable<PlanSummary[]> {
    return this.http.get<PlanSummary[]>(PLAN_INBOX_URL);
  }

  get(planId: string): Observable<PlanView> {
    return this.http.get<PlanView>(planUrl(planId));
  }

  update(planId: string, request: UpdatePlanRequest): Observable<PlanView> {
    return this.http.patch<PlanView>(planUrl(planId), request);
  }

  delete(planId: string): Observable<void> {
    return this.http.delete<void>(planUrl(planId));
  }

  history(planId: string): Observable<PlanEventView[]> {
    return this.http.get<PlanEventView[]>(`${planUrl(planId)}/history`);
  }

  /** A state change; `return` needs a comment, `approve` takes an optional one. */
  act(
    planId: string,
    action: PlanAction,
    body: ApprovePlanRequest | ReturnPlanRequest | Record<string, never> = {},
  ): Observable<PlanView> {
    return this.http.post<PlanView>(`${planUrl(planId)}/${action}`, body);
  }

  addItem(planId: string, request: CreatePlanItemRequest): Observable<PlanView> {
    return this.http.post<PlanView>(`${planUrl(planId)}/items`, request);
  }

  updateItem(planId: string, itemId: string, request: UpdatePlanItemRequest): Observable<PlanView> {
    return this.http.patch<PlanView>(
      `${planUrl(planId)}/items/${encodeURIComponent(itemId)}`,
      request,
    );
  }

  removeItem(planId: string, itemId: string): Observable<PlanView> {
    return this.http.delete<PlanView>(`${planUrl(planId)}/items/${encodeURIComponent(itemId)}`);
  }

  addNote(planId: string, itemId: string, request: CreatePlanNoteRequest): Observable<PlanView> {
    return this.http.post<PlanView>(
      `${planUrl(planId)}/items/${encodeURIComponent(itemId)}/notes`,
      request,
    );
  }

  addGoal(planId: string, request: CreateSmartGoalRequest): Observable<PlanView> {
    return this.http.post<PlanView>(`${planUrl(planId)}/goals`, request);
  }

  updateGoal(
    planId: string,
    goalId: string,
    request: UpdateSmartGoalRequest,
  ): Observable<PlanView> {
    return this.http.patch<PlanView>(
      `${planUrl(planId)}/goals/${encodeURIComponent(goalId)}`,
      request,
    );
  }

  removeGoal(planId: string, goalId: string): Observable<PlanView> {
    return this.http.delete<PlanView>(`${planUrl(planId)}/goals/${encodeURIComponent(goalId)}`);
  }

  addFollowUp(planId: string, request: CreateFollowUpRequest): Observable<PlanView> {
    return this.http.post<PlanView>(`${planUrl(planId)}/follow-ups`, request);
  }

  updateFollowUp(
    planId: string,
    followUpId: string,
    request: UpdateFollowUpRequest,
  ): Observable<PlanView> {
    return this.http.patch<PlanView>(
      `${planUrl(planId)}/follow-ups/${encodeURIComponent(followUpId)}`,
      request,
    );
  }

  removeFollowUp(planId: string, followUpId: string): Observable<PlanView> {
    return this.http.delete<PlanView>(
      `${planUrl(planId)}/follow-ups/${encodeURIComponent(followUpId)}`,
    );
  }

  participants(offerId: string, sessionId: string): Observable<SessionParticipantList> {
    return this.http.get<SessionParticipantList>(participantsUrl(offerId, sessionId));
  }
}
