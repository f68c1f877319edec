import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Like } from 'typeorm';
import type {
  CreateLeaderRequest,
  LeaderAdminView,
  LeaderListQuery,
  LeaderPage,
  UpdateLeaderRequest,
} from '@lederloeft/contracts';
import {
  checkLeader,
  DomainError,
  type LeaderDraft,
  PEOPLE_MESSAGES,
  reportsBlockingDeactivation,
} from '@lederloeft/domain';
import { AccountEntity } from '../auth/account.entity';
import { WriteQueue } from '../database/write-queue';
import { LeaderLevelEntity } from './leader-level.entity';
import { LeaderEntity } from './leader.entity';
import { toSummary } from './leaders.service';
import { OrgUnitEntity } from './org-unit.entity';
import { markLeadersStale } from '../coverage/coverage-staleness';

const DEFAULT_PAGE_SIZE = 25;
const collator = new Intl.Collator('da', { sensitivity: 'base' });
const fold = (s: string) => s.toLocaleLowerCase('da');

/**
 * Leaders as administrators maintain them, one at a time: a searchable list (also for HR,
 * read-only: names, units and titles, never assessments) and create/edit with the same
 * rules as the leader import (`checkLeader` in libs/domain). Each write checks the rules
 * and writes in one transaction of the write queue, so a refused request writes nothing
 * and two writes cannot slip a cycle past each other.
 */
@Injectable()
export class LeadersAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  async list(query: LeaderListQuery): Promise<LeaderPage> {
    const page = Number(query.page ?? 1);
    const pageSize = Number(query.pageSize ?? DEFAULT_PAGE_SIZE);
    let unitPath: string | null = null;
    if (query.unitId) {
      const unit = await this.dataSource
        .getRepository(OrgUnitEntity)
        .findOne({ where: { id: query.unitId } });
      if (!unit) throw invalid('unitId', PEOPLE_MESSAGES.unknownUnit);
      unitPath = unit.path;
    }
    const leaders = await this.dataSource.getRepository(LeaderEntity).find({
      where: {
        ...(query.levelKey ? { levelKey: query.levelKey } : {}),
        ...(query.active ? { active: query.active === 'true' } : {}),
        ...(unitPath ? { orgUnit: { path: Like(`${unitPath}%`) } } : {}),
      },
      relations: { orgUnit: true, manager: true },
    });
    // Searched and sorted here, not in SQL: SQLite's LOWER() and ordering know only ASCII,
    // and Danish names need æ, ø and å (a municipality has hundreds of leaders, not millions).
    const wanted = fold(query.q?.trim() ?? '');
    const matching = leaders
      .filter(
        (l) => !wanted || [l.name, l.email, l.title].some((field) => fold(field).includes(wanted)),
      )
      .sort((a, b) => collator.compare(a.name, b.name) || a.email.localeCompare(b.email));
    const items = matching.slice((page - 1) * pageSize, page * pageSize);
    return { items: await this.views(items), total: matching.length, page, pageSize };
  }

  async create(request: CreateLeaderRequest): Promise<LeaderAdminView> {
    const id = randomUUID();
    await this.writes.run(async (manager) => {
      const draft = await this.checked(manager, { ...request, id: null });
      await manager.insert(LeaderEntity, {
        id,
        ...fields(draft),
        personalFoundation: '',
        personalFoundationUpdatedAt: null,
        createdAt: new Date(),
      });
      await markLeadersStale(manager, [id]);
    });
    return this.get(id);
  }

  async update(id: string, request: UpdateLeaderRequest): Promise<LeaderAdminView> {
    await this.writes.run(async (manager) => {
      const existing = await manager.findOne(LeaderEntity, { where: { id } });
      if (!existing) throw new DomainError('NOT_FOUND', 'Lederen findes ikke.');
      const draft = await this.checked(manager, { ...existing, ...definedOnly(request), id });
      const leaders = await manager.find(LeaderEntity);
      const blocking = reportsBlockingDeactivation(existing, draft.active, leaders);
      if (blocking.length) {
        throw new DomainError(
          'ORGANISATION_CONFLICT',
          PEOPLE_MESSAGES.activeReports(
            existing.name,
            blocking.map((l) => l.name),
          ),
        );
      }
      await manager.update(LeaderEntity, { id }, fields(draft));
      // Level, unit and active decide the leader's coverage facts.
      await markLeadersStale(manager, [id]);
    });
    return this.get(id);
  }

  /** The draft after the rules, or a 400 with every problem. */
  private async checked(manager: EntityManager, draft: LeaderDraft): Promise<LeaderDraft> {
    // One after the other: inside a transaction, PostgreSQL has a single connection.
    const levels = await manager.find(LeaderLevelEntity);
    const units = await manager.find(OrgUnitEntity, { select: { id: true } });
    const leaders = await manager.find(LeaderEntity);
    const { value, issues } = checkLeader(draft, { levels, units, leaders });
    if (issues.length) {
      throw new DomainError(
        'VALIDATION_FAILED',
        issues.length === 1 ? issues[0].message : 'Lederen kan ikke gemmes. Se hvilke felter.',
        issues,
      );
    }
    return value;
  }

  private async get(id: string): Promise<LeaderAdminView> {
    const leader = await this.dataSource.getRepository(LeaderEntity).findOneOrFail({
      where: { id },
      relations: { orgUnit: true, manager: true },
    });
    return (await this.views([leader]))[0];
  }

  /** Adds employee id, start date, active report count and the linked account. */
  private async views(leaders: LeaderEntity[]): Promise<LeaderAdminView[]> {
    const ids = leaders.map((l) => l.id);
    if (!ids.length) return [];
    const [accounts, reports] = await Promise.all([
      this.dataSource.getRepository(AccountEntity).find({
        select: { id: true, leaderId: true, active: true },
        where: { leaderId: In(ids) },
      }),
      this.dataSource
        .getRepository(LeaderEntity)
        .createQueryBuilder('l')
        .select('l.managerId', 'managerId')
        .addSelect('COUNT(*)', 'count')
        .where('l.managerId IN (:...ids)', { ids })
        .andWhere('l.active = :active', { active: true })
        .groupBy('l.managerId')
        .getRawMany<{ managerId: string; count: string | number }>(),
    ]);
    return leaders.map((leader) => {
      const account = accounts.find((a) => a.leaderId === leader.id);
      return {
        ...toSummary(leader),
        employeeId: leader.employeeId,
        startDate: leader.startDate,
        activeReportCount: Number(reports.find((r) => r.managerId === leader.id)?.count ?? 0),
        account: account ? { id: account.id, active: account.active } : null,
      };
    });
  }
}

function fields(draft: LeaderDraft) {
  return {
    name: draft.name,
    email: draft.email,
    title: draft.title,
    levelKey: draft.levelKey,
    orgUnitId: draft.orgUnitId,
    managerId: draft.managerId,
    employeeId: draft.employeeId,
    startDate: draft.startDate,
    active: draft.active,
  };
}

/** A PATCH body without the fields left out (undefined would overwrite the current value). */
function definedOnly<T extends object>(request: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(request).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

const invalid = (path: string, message: string) =>
  new DomainError('VALIDATION_FAILED', message, [{ path, message }]);
