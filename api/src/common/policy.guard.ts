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
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';
import { AccessPolicy, POLICY_KEY } from './policy.decorator';

@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy === 'public') return true;
    if (policy === 'admin')
      return this.isAdmin(context.switchToHttp().getRequest<FastifyRequest>());
    this.logger.error(
      `Route without an access policy denied: ${context.getClass().name}.${context.getHandler().name}`,
    );
    throw new ForbiddenException('Adgang nægtet.');
  }

  private isAdmin(request: FastifyRequest): boolean {
    const expected = this.config.adminApiToken;
    if (expected === null) {
      throw new ForbiddenException(
        'Administration via API er ikke slået til på denne server (ADMIN_API_TOKEN er ikke sat).',
      );
    }
    const header = request.headers.authorization ?? '';
    // The auth scheme is case-insensitive (RFC 9110).
    const match = /^Bearer (.+)$/i.exec(header);
    if (!match) {
      throw new UnauthorizedException('Log ind som administrator (Authorization: Bearer <token>).');
    }
    const given = Buffer.from(match[1]);
    const wanted = Buffer.from(expected);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
      throw new UnauthorizedException('Ugyldigt administrator-token.');
    }
    return true;
  }
}
