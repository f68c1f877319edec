import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LeaderSummary, LeaderView, PersonalFoundationView } from '@lederloeft/contracts';
import {
  canEditPersonalFoundation,
  canViewLeader,
  canViewPersonalFoundation,
  DomainError,
  type LeaderPlacement,
} from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import { WriteQueue } from '../database/write-queue';
import { LeaderEntity } from './leader.entity';

const notFound = () => new DomainError('NOT_FOUND', 'Lederen findes ikke.');

/**
 * Leaders as other people see them. Every read checks object-level scope with the pure
 * rules in libs/domain; a leader outside the caller's scope is "not found", so that
 * existence does not leak.
 */
@Injectable()
export class LeadersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  async get(principal: Principal, id: string): Promise<LeaderView> {
    const { leader, placement } = await this.load(id);
    if (!canViewLeader(principal, placement)) throw notFound();
    const directReportCount = await this.dataSource
      .getRepository(LeaderEntity)
      .count({ where: { managerId: id, active: true } });
    return { ...toSummary(leader), startDate: leader.startDate, directReportCount };
  }

  /** Direct reports, for a caller who may see the leader. */
  async directReports(principal: Principal, id: string): Promise<LeaderSummary[]> {
    const { placement } = await this.load(id);
    if (!canViewLeader(principal, placement)) throw notFound();
    const reports = await this.dataSource.getRepository(LeaderEntity).find({
      where: { managerId: id },
      relations: { orgUnit: true, manager: true },
      order: { name: 'ASC' },
    });
    return reports.map(toSummary);
  }

  async personalFoundation(principal: Principal, id: string): Promise<PersonalFoundationView> {
    const { leader, placement } = await this.load(id);
    if (!canViewPersonalFoundation(principal, placement)) throw notFound();
    return toFoundation(leader);
  }

  async updatePersonalFoundation(
    principal: Principal,
    id: string,
    text: string,
  ): Promise<PersonalFoundationView> {
    const { placement } = await this.load(id);
    if (!canEditPersonalFoundation(principal, placement)) {
      throw canViewPersonalFoundation(principal, placement)
        ? new DomainError(
            'FORBIDDEN',
            'Kun lederen selv kan skrive sit personlige ledelsesgrundlag.',
          )
        : notFound();
    }
    const updatedAt = new Date();
    // Windows line endings from a pasted text become plain newlines; nothing else is changed.
    const normalised = text.replace(/\r\n?/g, '\n').trim();
    await this.writes.run((manager) =>
      manager.update(
        LeaderEntity,
        { id },
        { personalFoundation: normalised, personalFoundationUpdatedAt: updatedAt },
      ),
    );
    return { leaderId: id, text: normalised, updatedAt: updatedAt.toISOString() };
  }

  /** The leader with their unit and manager, and where they sit (manager chain, unit path). */
  async load(id: string): Promise<{ leader: LeaderEntity; placement: LeaderPlacement }> {
    const leader = await this.dataSource.getRepository(LeaderEntity).findOne({
      where: { id },
      relations: { orgUnit: true, manager: true },
    });
    if (!leader || !leader.orgUnit) throw notFound();
    return {
      leader,
      placement: {
        id,
        managerChain: await this.managerChain(id),
        orgUnitPath: leader.orgUnit.path,
      },
    };
  }

  /** The leaders above `id`, nearest first, in one recursive query (depth-capped against cycles). */
  private async managerChain(id: string): Promise<string[]> {
    const p = this.dataSource.options.type === 'postgres' ? '$1' : '?';
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE chain(id, manager_id, depth) AS (
         SELECT id, manager_id, 0 FROM leaders WHERE id = ${p}
         UNION ALL
         SELECT l.id, l.manager_id, c.depth + 1 FROM leaders l JOIN chain c ON l.id = c.manager_id WHERE c.depth < 50
       )
       SELECT id FROM chain WHERE depth > 0 ORDER BY depth`,
      [id],
    );
    return rows.map((r) => r.id);
  }
}

export function toSummary(leader: LeaderEntity): LeaderSummary {
  return {
    id: leader.id,
    name: leader.name,
    email: leader.email,
    title: leader.title,
    levelKey: leader.levelKey,
    orgUnit: { id: leader.orgUnitId, name: leader.orgUnit?.name ?? '' },
    manager: leader.manager ? { id: leader.manager.id, name: leader.manager.name } : null,
    active: leader.active,
  };
}

function toFoundation(leader: LeaderEntity): PersonalFoundationView {
  return {
    leaderId: leader.id,
    text: leader.personalFoundation,
    updatedAt: leader.personalFoundationUpdatedAt
      ? leader.personalFoundationUpdatedAt.toISOString()
      : null,
  };
}
