import { Injectable } from '@nestjs/common';

interface Window {
  failures: number;
  startedAt: number;
}

const WINDOW_MS = 15 * 60 * 1000;
const MAX_PER_EMAIL = 5;
const MAX_PER_ADDRESS = 30;

/**
 * Slows password guessing: after 5 failed sign-ins for one e-mail, or 30 from one address,
 * within 15 minutes, further attempts are refused until the window has passed. Kept in
 * memory: it resets on restart, which is acceptable for a brake on online guessing.
 */
@Injectable()
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  /** Milliseconds until the next attempt is allowed, or 0. */
  retryAfterMs(email: string, address: string, now = Date.now()): number {
    return Math.max(
      this.blockedFor(`e:${email}`, MAX_PER_EMAIL, now),
      this.blockedFor(`a:${address}`, MAX_PER_ADDRESS, now),
    );
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    this.bump(`e:${email}`, now);
    this.bump(`a:${address}`, now);
    if (this.windows.size > 10_000) this.prune(now);
  }

  recordSuccess(email: string): void {
    this.windows.delete(`e:${email}`);
  }

  private blockedFor(key: string, max: number, now: number): number {
    const w = this.windows.get(key);
    if (!w || now - w.startedAt >= WINDOW_MS || w.failures < max) return 0;
    return WINDOW_MS - (now - w.startedAt);
  }

  private bump(key: string, now: number): void {
    const w = this.windows.get(key);
    if (!w || now - w.startedAt >= WINDOW_MS) {
      this.windows.set(key, { failures: 1, startedAt: now });
    } else {
      w.failures++;
    }
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) {
      if (now - w.startedAt >= WINDOW_MS) this.windows.delete(key);
    }
  }
}
