import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MeResponse } from '@lederloeft/contracts';
import { DomainError } from '@lederloeft/domain';
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { AccountEntity } from './account.entity';
import { sessionCookie } from './cookies';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import type { Principal } from './principal';
import { PrincipalService } from './principal.service';
import { SESSION_COOKIE, SessionsService } from './sessions.service';

export type LoginResult =
  | { kind: 'ok'; token: string; me: MeResponse }
  | { kind: 'refused' }
  | { kind: 'throttled'; reason: 'account-locked' | 'address-slowed'; retryAfterMs: number };

/** Sign-in with local accounts. SAML/OIDC sign-in will end in the same session creation. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionsService,
    private readonly principals: PrincipalService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, address: string): Promise<LoginResult> {
    const email = emailInput.trim().toLowerCase();
    const wait = await this.throttle.check(email, address);
    if (wait.kind !== 'none') {
      return { kind: 'throttled', reason: wait.kind, retryAfterMs: wait.retryAfterMs };
    }
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOne({ where: { email } });
    const valid = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !valid || !account.active) {
      await this.throttle.recordFailure(email, address);
      return { kind: 'refused' };
    }
    await this.throttle.recordSuccess(email);
    const { token, session } = await this.sessions.create(account.id);
    return {
      kind: 'ok',
      token,
      me: this.principals.toMe(await this.principals.forSession(account, session)),
    };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }

  async changePassword(
    accountId: string,
    sessionId: string,
    current: string,
    next: string,
  ): Promise<void> {
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneOrFail({ where: { id: accountId } });
    if (!(await this.hasher.verify(account.passwordHash, current))) {
      throw new DomainError('VALIDATION_FAILED', 'Den nuværende adgangskode er forkert.', [
        { path: 'currentPassword', message: 'Den nuværende adgangskode er forkert.' },
      ]);
    }
    if (current === next) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Vælg en ny adgangskode, der er forskellig fra den nuværende.',
        [{ path: 'newPassword', message: 'Den nye adgangskode er den samme som den nuværende.' }],
      );
    }
    const passwordHash = await this.hasher.hash(next);
    await this.writes.run((manager) =>
      manager.update(
        AccountEntity,
        { id: accountId },
        { passwordHash, passwordChangedAt: new Date() },
      ),
    );
    await this.sessions.revokeAll(accountId, sessionId);
  }

  me(principal: Principal): MeResponse {
    return this.principals.toMe(principal);
  }

  sessionCookie(token: string): string {
    return sessionCookie(SESSION_COOKIE, token, {
      maxAgeSeconds: this.sessions.absoluteSeconds,
      secure: this.config.session.secureCookie,
    });
  }

  clearedCookie(): string {
    return sessionCookie(SESSION_COOKIE, '', {
      maxAgeSeconds: 0,
      secure: this.config.session.secureCookie,
    });
  }
}
