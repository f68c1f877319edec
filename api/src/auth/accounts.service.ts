import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type {
  AccountView,
  CreateAccountRequest,
  UpdateAccountRequest,
} from '@lederloeft/contracts';
import { DomainError, parseEmail } from '@lederloeft/domain';
import { WriteQueue } from '../database/write-queue';
import { LeaderEntity } from '../organisation/leader.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { AccountRoleEntity } from './account-role.entity';
import { AccountEntity } from './account.entity';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

type RoleInput = CreateAccountRequest['grantedRoles'];

/**
 * Accounts and granted roles, managed by administrators. Deactivation and a new password
 * end the person's sessions at once. An administrator cannot deactivate or demote
 * themself, so an installation is never left without a way in.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
  ) {}

  async list(): Promise<AccountView[]> {
    const accounts = await this.dataSource
      .getRepository(AccountEntity)
      .find({ order: { name: 'ASC' } });
    const roles = await this.dataSource
      .getRepository(AccountRoleEntity)
      .find({ relations: { scopeOrgUnit: true } });
    return accounts.map((a) =>
      toView(
        a,
        roles.filter((r) => r.accountId === a.id),
      ),
    );
  }

  async create(request: CreateAccountRequest): Promise<AccountView> {
    const email = parseEmail(request.email);
    if (!email) throw invalid('email', `"${request.email}" er ikke en gyldig e-mailadresse.`);
    if (await this.dataSource.getRepository(AccountEntity).exists({ where: { email } })) {
      throw invalid('email', `Der findes allerede en konto med e-mailen ${email}.`);
    }
    if (request.leaderId) {
      if (
        !(await this.dataSource
          .getRepository(LeaderEntity)
          .exists({ where: { id: request.leaderId } }))
      ) {
        throw invalid('leaderId', 'Lederen findes ikke.');
      }
      if (
        await this.dataSource
          .getRepository(AccountEntity)
          .exists({ where: { leaderId: request.leaderId } })
      ) {
        throw invalid('leaderId', 'Lederen har allerede en konto.');
      }
    }
    await this.checkRoles(request.grantedRoles);
    const passwordHash = await this.hasher.hash(request.password);
    const now = new Date();
    const id = randomUUID();
    await this.writes.run(async (manager) => {
      await manager.insert(AccountEntity, {
        id,
        email,
        name: request.name.trim(),
        passwordHash,
        leaderId: request.leaderId,
        active: true,
        passwordChangedAt: now,
        createdAt: now,
      });
      await this.replaceRoles(manager, id, request.grantedRoles);
    });
    return this.get(id);
  }

  async update(
    actorAccountId: string,
    id: string,
    request: UpdateAccountRequest,
  ): Promise<AccountView> {
    const account = await this.dataSource.getRepository(AccountEntity).findOne({ where: { id } });
    if (!account) throw new DomainError('NOT_FOUND', 'Kontoen findes ikke.');
    if (id === actorAccountId) {
      if (request.active === false)
        throw invalid('active', 'Du kan ikke deaktivere din egen konto.');
      if (request.grantedRoles && !request.grantedRoles.some((r) => r.role === 'admin')) {
        throw invalid('grantedRoles', 'Du kan ikke fjerne din egen administratorrolle.');
      }
    }
    if (request.grantedRoles) await this.checkRoles(request.grantedRoles);
    const passwordHash = request.password ? await this.hasher.hash(request.password) : null;
    await this.writes.run(async (manager) => {
      const fields: Partial<AccountEntity> = {};
      if (request.active !== undefined) fields.active = request.active;
      if (passwordHash) Object.assign(fields, { passwordHash, passwordChangedAt: new Date() });
      if (Object.keys(fields).length) await manager.update(AccountEntity, { id }, fields);
      if (request.grantedRoles) await this.replaceRoles(manager, id, request.grantedRoles);
    });
    if (request.active === false || passwordHash) await this.sessions.revokeAll(id);
    return this.get(id);
  }

  private async get(id: string): Promise<AccountView> {
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneOrFail({ where: { id } });
    const roles = await this.dataSource
      .getRepository(AccountRoleEntity)
      .find({ where: { accountId: id }, relations: { scopeOrgUnit: true } });
    return toView(account, roles);
  }

  private async checkRoles(roles: RoleInput): Promise<void> {
    const issues = roles.flatMap((r, i) =>
      r.role === 'director' && !r.scopeOrgUnitId
        ? [
            {
              path: `grantedRoles[${i}].scopeOrgUnitId`,
              message: 'En direktør skal have en enhed, som vedkommende har overblik over.',
            },
          ]
        : r.role !== 'director' && r.scopeOrgUnitId
          ? [
              {
                path: `grantedRoles[${i}].scopeOrgUnitId`,
                message: 'Kun direktørrollen har en enhed.',
              },
            ]
          : [],
    );
    const scopeIds = roles.map((r) => r.scopeOrgUnitId).filter((s): s is string => !!s);
    const found = scopeIds.length
      ? await this.dataSource.getRepository(OrgUnitEntity).find({ where: { id: In(scopeIds) } })
      : [];
    roles.forEach((r, i) => {
      if (r.scopeOrgUnitId && !found.some((u) => u.id === r.scopeOrgUnitId)) {
        issues.push({ path: `grantedRoles[${i}].scopeOrgUnitId`, message: 'Enheden findes ikke.' });
      }
    });
    if (issues.length)
      throw new DomainError('VALIDATION_FAILED', 'Rollerne kan ikke gemmes.', issues);
  }

  private async replaceRoles(
    manager: EntityManager,
    accountId: string,
    roles: RoleInput,
  ): Promise<void> {
    await manager.delete(AccountRoleEntity, { accountId });
    const unique = roles.filter(
      (r, i) =>
        roles.findIndex((o) => o.role === r.role && o.scopeOrgUnitId === r.scopeOrgUnitId) === i,
    );
    if (unique.length) {
      await manager.insert(
        AccountRoleEntity,
        unique.map((r) => ({
          id: randomUUID(),
          accountId,
          role: r.role,
          scopeOrgUnitId: r.scopeOrgUnitId,
        })),
      );
    }
  }
}

const invalid = (path: string, message: string) =>
  new DomainError('VALIDATION_FAILED', message, [{ path, message }]);

function toView(account: AccountEntity, roles: AccountRoleEntity[]): AccountView {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    leaderId: account.leaderId,
    active: account.active,
    grantedRoles: roles.map((r) => ({
      role: r.role,
      scope: r.scopeOrgUnit ? { id: r.scopeOrgUnit.id, name: r.scopeOrgUnit.name } : null,
    })),
    createdAt: account.createdAt.toISOString(),
  };
}
