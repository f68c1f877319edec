import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequestCounters } from './request-counters';

/**
 * Limits on the routes that cost real work per call, per person (or per address when no one
 * is signed in): a mixed-integer solve, a spreadsheet import, a PDF. Generous for a person
 * at work (the proposal page recomputes as the sliders move, debounced); a brake on a
 * script hammering them. Counted in the database like the sign-in brakes, so two api
 * processes do not double them.
 */
export const RATE_LIMITS = {
  proposals: {
    max: 60,
    windowMs: 60_000,
    message: 'Du har bedt om mange planforslag på kort tid. Vent et minut, og prøv igen.',
  },
  imports: {
    max: 60,
    windowMs: 10 * 60_000,
    message: 'Der er indlæst mange filer på kort tid. Vent et par minutter, og prøv igen.',
  },
  pdf: {
    max: 30,
    windowMs: 60_000,
    message: 'Der er hentet mange PDF-filer på kort tid. Vent et minut, og prøv igen.',
  },
} as const;

export type RateLimitRule = keyof typeof RATE_LIMITS;

const RATE_LIMIT_KEY = 'lederloeft:rate-limit';

/** Puts a route under one of the RATE_LIMITS. */
export const RateLimit = (rule: RateLimitRule) => SetMetadata(RATE_LIMIT_KEY, rule);

/** Enforces @RateLimit after the PolicyGuard has resolved the caller (429 with Retry-After). */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly counters: RequestCounters,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(
      RATE_LIMIT_KEY,
      context.getHandler(),
    );
    if (!rule) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const limit = RATE_LIMITS[rule];
    const who = request.principal?.accountId ?? `address:${request.ip}`;
    const now = new Date();
    const state = await this.counters.hit(`rate:${rule}`, who, limit.windowMs, now);
    if (state.count <= limit.max) return true;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const seconds = Math.max(1, Math.ceil((state.resetsAt.getTime() - now.getTime()) / 1000));
    void reply.header('retry-after', String(seconds));
    throw new HttpException(
      { message: limit.message, code: 'RATE_LIMITED' },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
