import { Injectable } from '@nestjs/common';
import { RequestCounters } from '../common/rate-limits/request-counters';

const WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins for one e-mail in the window before it is locked until the window ends. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Failed sign-ins from one address in the window before that address is slowed down. */
export const MAX_FAILURES_PER_ADDRESS = 30;
/** A slowed address gets one attempt per this many milliseconds. */
export const SLOWED_ADDRESS_PACE_MS = 2000;

/** Why a sign-in attempt must wait, and how long. */
export type LoginWait =
  | { kind: 'none' }
  | { kind: 'account-locked'; retryAfterMs: number }
  | { kind: 'address-slowed'; retryAfterMs: number };

/**
 * Brakes on password guessing, counted in the database so that every api process sees the
 * same attempts (RequestCounters). Per e-mail: 5 failures in 15 minutes lock that e-mail
 * until the window ends. Per address: 30 failures in 15 minutes slow the address to one
 * attempt per 2 seconds, but never lock it: behind a municipality's proxy every leader
 * shares one address, and one person guessing must not lock everyone else out.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly counters: RequestCounters) {}

  /** Whether an attempt may go ahead now; a slowed address's attempt counts against its pace. */
  async check(email: string, address: string, now = new Date()): Promise<LoginWait> {
    const account = await this.counters.peek('login-email', email, WINDOW_MS, now);
    if (account.count >= MAX_FAILURES_PER_EMAIL) {
      return { kind: 'account-locked', retryAfterMs: account.resetsAt.getTime() - now.getTime() };
    }
    const fromAddress = await this.counters.peek('login-address', address, WINDOW_MS, now);
    if (fromAddress.count >= MAX_FAILURES_PER_ADDRESS) {
      const pace = await this.counters.hit('login-pace', address, SLOWED_ADDRESS_PACE_MS, now);
      if (pace.count > 1) {
        return { kind: 'address-slowed', retryAfterMs: pace.resetsAt.getTime() - now.getTime() };
      }
    }
    return { kind: 'none' };
  }

  async recordFailure(email: string, address: string, now = new Date()): Promise<void> {
    await this.counters.hit('login-email', email, WINDOW_MS, now);
    await this.counters.hit('login-address', address, WINDOW_MS, now);
  }

  /** A successful sign-in forgets that e-mail's failures (not the address's). */
  async recordSuccess(email: string): Promise<void> {
    await this.counters.clear('login-email', email);
  }
}
