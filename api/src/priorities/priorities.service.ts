import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type {
  EffectivePrioritiesView,
  PrioritySetView,
  SavePrioritiesRequest,
  UnitPrioritiesView,
} from '@lederloeft/contracts';
import {
  assertValidPriorities,
  canSetPriorities,
  canViewLeader,
  DomainError,
} from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import { todayInDenmark } from '../catalogue/local-date';
import { WriteQueue } from '../database/write-queue';
import { LeadersService } from '../organisation/leaders.service';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { currentCompetencyKeys, effectiveFor, findUnit, loadSets } from './priority-lookup';
import { PrioritySetEntity } from './priority-set.entity';
import { PriorityWeightEntity } from './priority-weight.entity';

/** The current year in Denmark: the default when a request names none. */
export const currentYear = (): number => Number(todayInDenmark().slice(0, 4));

/**
 * Strategic priorities: a director (for their area), HR or an administrator sets, per org
 * unit and year, how much each competency weighs in the plan proposals of the leaders
 * under the unit. The nearest unit with a set, going up from a leader's own, decides.
 */
@Injectable()
export class PrioritiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly leaders: LeadersService,
  ) {}

  /** The sets of a year: every unit's for HR and administrators, a director's area for them. */
  async list(principal: Principal, year: number): Promise<PrioritySetView[]> {
    const sets = await loadSets(this.dataSource.manager, year);
    if (principal.roles.includes('admin') || principal.roles.includes('hr')) return sets;
    const paths = await this.unitPaths(sets.map((s) => s.orgUnit.id));
    return sets.filter((s) => canSetPriorities(principal, paths.get(s.orgUnit.id) ?? ''));
  }

  /** A unit's own set beside what it inherits from the units above it. */
  async forUnit(principal: Principal, unitId: string, year: number): Promise<UnitPrioritiesView> {
    const unit = await findUnit(this.dataSource.manager, unitId);
    this.assertMaySet(principal, unit);
    const manager = this.dataSource.manager;
    const keys = await currentCompetencyKeys(manager);
    const [own] = await loadSets(manager, year, [unit.id]);
    const parentPath = unit.path.slice(0, unit.path.length - unit.id.length - 1);
    const inherited = await effectiveFor(manager, parentPath, year, keys);
    return {
      orgUnit: { id: unit.id, name: unit.name },
      year,
      own: own ?? null,
      inherited: {
        year,
        source: inherited.set?.orgUnit ?? null,
        weights: inherited.weights,
        set: inherited.set,
      },
    };
  }

  /** Replaces the unit's set for the year, all at once. */
  async save(
    principal: Principal,
    unitId: string,
    year: number,
    request: SavePrioritiesRequest,
  ): Promise<PrioritySetView> {
    const unit = await findUnit(this.dataSource.manager, unitId);
    this.assertMaySet(principal, unit);
    assertValidPriorities(
      year,
      request,
      await currentCompetencyKeys(this.dataSource.manager),
      todayInDenmark(),
    );
    const note = request.note?.trim() || null;
    await this.writes.run(async (manager) => {
      const sets = manager.getRepository(PrioritySetEntity);
      const existing = await sets.findOne({ where: { orgUnitId: unit.id, year } });
      const fields = {
        note,
        setByAccountId: principal.via === 'session' ? principal.accountId : null,
        setByName: principal.name,
        updatedAt: new Date(),
      };
      const id = existing?.id ?? randomUUID();
      if (existing) {
        await sets.update({ id }, fields);
        await manager.delete(PriorityWeightEntity, { prioritySetId: id });
      } else {
        await sets.insert({ id, orgUnitId: unit.id, year, ...fields });
      }
      if (request.weights.length > 0) {
        await manager.insert(
          PriorityWeightEntity,
          request.weights.map((w) => ({
            prioritySetId: id,
            competencyKey: w.competencyKey,
            weightHundredths: Math.round(w.weight * 100),
          })),
        );
      }
    });
    const [saved] = await loadSets(this.dataSource.manager, year, [unit.id]);
    return saved;
  }

  /** Removes the unit's own set: it inherits from the units above again. */
  async remove(principal: Principal, unitId: string, year: number): Promise<void> {
    const unit = await findUnit(this.dataSource.manager, unitId);
    this.assertMaySet(principal, unit);
    const result = await this.writes.run((manager) =>
      manager.delete(PrioritySetEntity, { orgUnitId: unit.id, year }),
    );
    if (!result.affected) {
      throw new DomainError('NOT_FOUND', `Enheden har ingen egne prioriteter for ${year}.`);
    }
  }

  /** The priorities that weigh in a leader's plan proposals in `year`, and where they come from. */
  async forLeader(
    principal: Principal,
    leaderId: string,
    year: number,
  ): Promise<EffectivePrioritiesView> {
    const { leader, placement } = await this.leaders.load(leaderId);
    if (!canViewLeader(principal, placement)) {
      throw new DomainError('NOT_FOUND', 'Lederen findes ikke.');
    }
    const manager = this.dataSource.manager;
    const keys = await currentCompetencyKeys(manager);
    const { set, weights } = await effectiveFor(manager, leader.orgUnit?.path ?? '', year, keys);
    return { year, source: set?.orgUnit ?? null, weights, set };
  }

  private assertMaySet(principal: Principal, unit: OrgUnitEntity): void {
    if (!canSetPriorities(principal, unit.path)) {
      throw new DomainError(
        'FORBIDDEN',
        'Kun HR, administratorer og direktøren for området kan se og sætte enhedens prioriteter.',
      );
    }
  }

  private async unitPaths(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const units = await this.dataSource
      .getRepository(OrgUnitEntity)
      .find({ where: { id: In(ids) }, select: { id: true, path: true } });
    return new Map(units.map((u) => [u.id, u.path]));
  }
}
