import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { PlanProposal, PlanProposalRequest, PlanView } from '@lederloeft/contracts';
import { EMPTY, Subject, catchError, debounceTime, firstValueFrom, map, of, switchMap } from 'rxjs';
import { type RequestFailure, toRequestFailure } from '../../http/api-error';
import { PlansApi } from '../data-access/plans-api';
import { diffProposals, planRequestFromProposal } from './proposal-logic';

/** How long the constraints must stay still before a new proposal is asked for. */
export const PROPOSE_DEBOUNCE_MS = 400;

/** The constraints a proposal was made under, with the period always filled in. */
export type ProposalConstraints = PlanProposalRequest & { period: { from: string; to: string } };

/** A proposal and the constraints that produced it. */
export interface ProposalResult {
  request: ProposalConstraints;
  proposal: PlanProposal;
}

type Outcome = { ok: true; result: ProposalResult } | { ok: false; failure: RequestFailure };

/**
 * The proposal page's state. Every change of the constraints goes through `request`; the
 * store waits until they rest, and a newer request cancels the one in flight (switchMap),
 * so an old answer never overwrites a newer one. The previous result is kept for comparing.
 */
@Injectable()
export class ProposalStore {
  private readonly api = inject(PlansApi);
  private readonly requests = new Subject<ProposalConstraints | null>();
  private leaderId = '';

  private readonly current = signal<ProposalResult | null>(null);
  private readonly previousResult = signal<ProposalResult | null>(null);
  /** A change is waiting for the debounce or its answer. */
  readonly busy = signal(false);
  readonly failure = signal<RequestFailure | null>(null);
  readonly creating = signal(false);
  readonly createFailure = signal<RequestFailure | null>(null);

  readonly result = this.current.asReadonly();
  readonly proposal = computed(() => this.current()?.proposal ?? null);
  readonly previous = computed(() => this.previousResult()?.proposal ?? null);
  readonly diff = computed(() => {
    const previous = this.previous();
    const proposal = this.proposal();
    return previous && proposal ? diffProposals(previous, proposal) : null;
  });

  constructor() {
    const subscription = this.requests
      .pipe(
        debounceTime(PROPOSE_DEBOUNCE_MS),
        switchMap((request) => {
          if (!request) return EMPTY;
          return this.api.propose(this.leaderId, request).pipe(
            map((proposal): Outcome => ({ ok: true, result: { request, proposal } })),
            catchError((error: unknown) =>
              of<Outcome>({ ok: false, failure: toRequestFailure(error) }),
            ),
          );
        }),
      )
      .subscribe((outcome) => {
        this.busy.set(false);
        if (outcome.ok) {
          const earlier = this.current();
          if (earlier) this.previousResult.set(earlier);
          this.current.set(outcome.result);
          this.failure.set(null);
        } else {
          this.failure.set(outcome.failure);
        }
      });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** Whose proposals these are; call before the first request. */
  init(leaderId: string): void {
    this.leaderId = leaderId;
  }

  /** New constraints; null when the form has errors (a pending request is dropped). */
  request(constraints: ProposalConstraints | null): void {
    this.busy.set(constraints !== null);
    this.requests.next(constraints);
  }

  /**
   * Makes a draft plan of the current proposal in one request, under the constraints the
   * proposal was made with. Resolves to the new plan, or null when it failed.
   */
  async createPlan(title: string): Promise<PlanView | null> {
    const result = this.current();
    if (!result || this.creating()) return null;
    this.creating.set(true);
    this.createFailure.set(null);
    try {
      return await firstValueFrom(
        this.api.create(
          this.leaderId,
          planRequestFromProposal(result.proposal, result.request, title),
        ),
      );
    } catch (error: unknown) {
      this.createFailure.set(toRequestFailure(error));
      return null;
    } finally {
      this.creating.set(false);
    }
  }
}
