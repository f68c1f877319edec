import { Injectable } from '@nestjs/common';

/**
 * Whether this process is shutting down. Set when SIGTERM arrives (main.ts), before the
 * server stops taking connections, so that a load balancer's readiness probe sees 503 and
 * sends no more work here while the requests already in flight finish.
 */
@Injectable()
export class DrainState {
  private drainingSince: Date | null = null;

  start(): void {
    this.drainingSince ??= new Date();
  }

  get draining(): boolean {
    return this.drainingSince !== null;
  }
}
