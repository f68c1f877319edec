import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type {
  CoverageTargetView,
  CoverageValue,
  SaveCoverageTargetRequest,
} from '@lederloeft/contracts';
import {
  assertValidCoverageTarget,
  canSetCoverageTargets,
  coverageTargetStatus,
  DomainError,
  roundShare,
} from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import { todayInDenmark } from '../catalogue/local-date';
import { WriteQueue } from '../database/write-queue';
import type { CoverageContext } from './coverage.service';
import { projectedMetByDue } from './coverage-data';
import { CoverageTargetEntity } from './coverage-target.entity';

const forbidden = () =>
  new DomainError(
    'FORBIDDEN',
    'Kun direktøren for området, HR og administratorer kan sætte mål for enheden.',
  );

/**
 * The directors' coverage targets ("80 % of our leaders meet target in hedekraft by
 * 31.12.2027"): stored per unit and competency, shown with progress under the same
 * suppression as the heatmap.
 */
@Injectable()
export class CoverageTargetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  /** Sets or replaces the target of the context's unit for a competency. */
  async save(
    principal: Principal,
    context: CoverageContext,
    competencyKey: string,
    request: SaveCoverageTargetRequest,
  ): Promise<CoverageTargetView> {
    if (!canSetCoverageTargets(principal, context.unit.path)) throw forbidden();
    assertValidCoverageTarget(
      request,
      todayInDenmark(),
      context.competencies.map((c) => c.key),
      competencyKey,
    );
    const fields = {
      targetPercent: request.targetPercent,
      dueDate: request.dueDate,
      note: request.note?.trim() || null,
      setByAccountId: principal.via === 'session' ? principal.accountId : null,
      setByName: principal.name,
      updatedAt: new Date(),
    };
    await this.writes.run(async (manager) => {
      const repo = manager.getRepository(CoverageTargetEntity);
      const existing = await repo.findOne({
        where: { orgUnitId: context.unit.id, competencyKey },
      });
      if (existing) await repo.update({ id: existing.id }, fields);
      else
        await repo.insert({
          id: randomUUID(),
          orgUnitId: context.unit.id,
          competencyKey,
          ...fields,
        });
    });
    const [view] = await this.progress(context, [context.unit.id], competencyKey);
    return view;
  }

  async remove(principal: Principal, context: CoverageContext, competencyKey: string) {
    if (!canSetCoverageTargets(principal, context.unit.path)) throw forbidden();
    const result = await this.writes.run((manager) =>
      manager.delete(CoverageTargetEntity, { orgUnitId: context.unit.id, competencyKey }),
    );
    if (!result.affected) {
      throw new DomainError('NOT_FOUND', 'Enheden har intet mål for kompetencen.');
    }
  }

  /** The targets of some units with where they stand in the context's round. */
  async progress(
    context: CoverageContext,
    unitIds: string[],
    onlyCompetency?: string,
  ): Promise<CoverageTargetView[]> {
    if (unitIds.length === 0) return [];
    const targets = await this.dataSource.getRepository(CoverageTargetEntity).find({
      where: {
        orgUnitId: In(unitIds),
        ...(onlyCompetency ? { competencyKey: onlyCompetency } : {}),
      },
    });
    const today = todayInDenmark();
    const byId = new Map(context.units.map((u) => [u.id, u]));
    const order = context.competencies.map((c) => c.key);
    const views: CoverageTargetView[] = [];
    for (const target of targets) {
      const unit = byId.get(target.orgUnitId);
      if (!unit) continue;
      const ref = { kind: 'unit' as const, unitId: unit.id };
      const cell = context.table.cells(ref).find((c) => c.competencyKey === target.competencyKey);
      const hidden: CoverageValue = { shown: false, reason: 'no-data' };
      const current = cell?.met ?? hidden;
      let projectedByDue: CoverageValue = cell?.projected ?? hidden;
      if (projectedByDue.shown) {
        const assessed =
          context.table.counts(ref).competencies[target.competencyKey]?.assessed ?? 0;
        const met = await projectedMetByDue(
          this.dataSource,
          context.round.id,
          target.competencyKey,
          unit.path,
          target.dueDate,
        );
        projectedByDue = { shown: true, value: roundShare(met / assessed), n: assessed };
      }
      views.push({
        orgUnit: { id: unit.id, name: unit.name },
        competencyKey: target.competencyKey,
        targetPercent: target.targetPercent,
        dueDate: target.dueDate,
        note: target.note,
        setBy: { accountId: target.setByAccountId, name: target.setByName },
        updatedAt: target.updatedAt.toISOString(),
        current,
        projectedByDue,
        status: coverageTargetStatus({
          targetPercent: target.targetPercent,
          dueDate: target.dueDate,
          today,
          current,
          projectedByDue,
        }),
      });
    }
    return views.sort(
      (a, b) =>
        unitIds.indexOf(a.orgUnit.id) - unitIds.indexOf(b.orgUnit.id) ||
        order.indexOf(a.competencyKey) - order.indexOf(b.competencyKey),
    );
  }
}
