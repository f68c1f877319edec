import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG } from '../config/config.token';
import type { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { AccountEntity } from './account.entity';
import { SessionEntity } from './session.entity';

export const SESSION_COOKIE = 'll_session';
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface ActiveSession {
  session: SessionEntity;
  account: AccountEntity;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get absoluteSeconds(): number {
    return this.config.session.absoluteHours * 3600;
  }

  /** Starts a session; returns the token for the cookie (only its hash is stored). */
  async create(accountId: string): Promise<{ token: string; session: SessionEntity }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = Object.assign(new SessionEntity(), {
      id: hashToken(token),
      accountId,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.absoluteSeconds * 1000),
      revokedAt: null,
    });
    await this.writes.run((manager) => manager.insert(SessionEntity, session));
    return { token, session };
  }

  /** The live session behind a cookie token, or null when unknown, revoked, idle, expired or the account is inactive. */
  async resolve(token: string, now = new Date()): Promise<ActiveSession | null> {
    const session = await this.dataSource.getRepository(SessionEntity).findOne({
      where: { id: hashToken(token), revokedAt: IsNull() },
      relations: { account: true },
    });
    const account = session?.account;
    if (!session || !account || !account.active) return null;
    const idleLimit = session.lastSeenAt.getTime() + this.config.session.idleMinutes * 60_000;
    if (now >= session.expiresAt || now.getTime() >= idleLimit) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = now;
      await this.writes.run((manager) =>
        manager.update(SessionEntity, { id: session.id }, { lastSeenAt: now }),
      );
    }
    return { session, account };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.writes.run((manager) =>
      manager.update(
        SessionEntity,
        { id: sessionId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      ),
    );
  }

  /** Ends every session of an account (password change, deactivation), except one if given. */
  async revokeAll(accountId: string, exceptSessionId?: string): Promise<void> {
    await this.writes.run(async (manager) => {
      const qb = manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: new Date() })
        .where('account_id = :accountId AND revoked_at IS NULL', { accountId });
      if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
      await qb.execute();
    });
  }
}
