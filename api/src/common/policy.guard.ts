import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '@lederloeft/contracts';
import { readCookie } from '../auth/cookies';
import type { Principal } from '../auth/principal';
import { PrincipalService } from '../auth/principal.service';
import { SESSION_COOKIE, SessionsService } from '../auth/sessions.service';
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';
import { AccessPolicy, POLICY_KEY } from './policy.decorator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameSecret = (given: string, wanted: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(wanted);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * The one gate in front of every route: resolves the caller (session cookie or admin API
 * token), enforces the route's declared policy, and requires the CSRF token on writes made
 * with the session cookie. Routes without a policy are refused (deny by default).
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly principals: PrincipalService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policies = this.reflector.getAllAndOverride<AccessPolicy[] | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policies || policies.length === 0) {
      this.logger.error(
        `Route without an access policy denied: ${context.getClass().name}.${context.getHandler().name}`,
      );
      throw new ForbiddenException('Adgang nægtet.');
    }
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (policies.includes('public')) {
      // Public reads need no caller (and a signed-in browser reading the foundation should
      // not cost a session lookup); public writes (login) learn who calls, quietly, so that
      // signing in again replaces the old session.
      if (!SAFE_METHODS.has(request.method)) {
        request.principal = (await this.resolve(request, false)) ?? undefined;
      }
      return true;
    }
    const principal = await this.resolve(request, true);
    if (!principal) {
      throw new UnauthorizedException('Du skal logge ind.');
    }
    request.principal = principal;
    if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const given = request.headers[CSRF_HEADER];
      if (
        typeof given !== 'string' ||
        !principal.csrfToken ||
        !sameSecret(given, principal.csrfToken)
      ) {
        throw new ForbiddenException({
          message: 'Sikkerhedstoken mangler eller er forkert. Genindlæs siden.',
          code: 'CSRF',
        });
      }
    }
    if (
      policies.includes('authenticated') ||
      policies.some((p) => principal.roles.includes(p as Principal['roles'][number]))
    ) {
      return true;
    }
    throw new ForbiddenException('Du har ikke adgang til dette.');
  }

  /** The caller, or null. A wrong bearer token is an error where the route needs a caller. */
  private async resolve(request: FastifyRequest, strict: boolean): Promise<Principal | null> {
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer !== undefined) {
      const expected = this.config.adminApiToken;
      if (expected !== null && sameSecret(bearer, expected)) return this.principals.forAdminToken();
      if (!strict) return null;
      throw new UnauthorizedException(
        expected === null
          ? 'Administrator-token er ikke slået til på denne server.'
          : 'Ugyldigt administrator-token.',
      );
    }
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!token) return null;
    const active = await this.sessions.resolve(token);
    return active ? this.principals.forSession(active.account, active.session) : null;
  }
}
