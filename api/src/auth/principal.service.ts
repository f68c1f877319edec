import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MeResponse, Role } from '@lederloeft/contracts';
import { deriveRoles } from '@lederloeft/domain';
import { LeaderEntity } from '../organisation/leader.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { AccountRoleEntity } from './account-role.entity';
import { AccountEntity } from './account.entity';
import type { Principal } from './principal';
import type { SessionEntity } from './session.entity';

/** Builds the Principal of an account: roles from the organisation plus granted roles. */
@Injectable()
export class PrincipalService {
  constructor(private readonly dataSource: DataSource) {}

  async forSession(account: AccountEntity, session: SessionEntity): Promise<Principal> {
    const leader = account.leaderId
      ? await this.dataSource
          .getRepository(LeaderEntity)
          .findOne({ where: { id: account.leaderId } })
      : null;
    const isActiveLeader = leader?.active === true;
    const hasActiveReports =
      isActiveLeader &&
      (await this.dataSource
        .getRepository(LeaderEntity)
        .exists({ where: { managerId: leader.id, active: true } }));
    const granted = await this.dataSource
      .getRepository(AccountRoleEntity)
      .find({ where: { accountId: account.id } });
    const scopeIds = granted
      .filter((g) => g.role === 'director' && g.scopeOrgUnitId)
      .map((g) => g.scopeOrgUnitId as string);
    const scopes = scopeIds.length
      ? await this.dataSource
          .getRepository(OrgUnitEntity)
          .createQueryBuilder('u')
          .where('u.id IN (:...scopeIds)', { scopeIds })
          .orderBy('u.name')
          .getMany()
      : [];
    const roles = deriveRoles({
      isActiveLeader,
      hasActiveReports,
      granted: granted.map((g) => g.role as Role),
    });
    const directorScopes = roles.includes('director')
      ? scopes.map((u) => ({ id: u.id, name: u.name, path: u.path }))
      : [];
    return {
      accountId: account.id,
      email: account.email,
      name: account.name,
      leaderId: isActiveLeader ? leader.id : null,
      roles,
      directorScopes,
      directorScopePaths: directorScopes.map((s) => s.path),
      via: 'session',
      sessionId: session.id,
      csrfToken: session.csrfToken,
    };
  }

  /** The caller holding the admin API token (scripts and integrations; no session, no CSRF). */
  forAdminToken(): Principal {
    return {
      accountId: 'admin-api-token',
      email: '',
      name: 'Administrator-token',
      leaderId: null,
      roles: ['admin'],
      directorScopes: [],
      directorScopePaths: [],
      via: 'token',
      sessionId: null,
      csrfToken: null,
    };
  }

  toMe(principal: Principal): MeResponse {
    return {
      accountId: principal.accountId,
      email: principal.email,
      name: principal.name,
      leaderId: principal.leaderId,
      roles: principal.roles,
      directorScopes: principal.directorScopes.map(({ id, name }) => ({ id, name })),
      csrfToken: principal.csrfToken ?? '',
    };
  }
}
