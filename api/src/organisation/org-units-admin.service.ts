import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, Like } from 'typeorm';
import type {
  CreateOrgUnitRequest,
  OrgUnitView,
  UpdateOrgUnitRequest,
} from '@lederloeft/contracts';
import { checkOrgUnit, DomainError, type OrgUnitDraft } from '@lederloeft/domain';
import { WriteQueue } from '../database/write-queue';
import { OrgUnitEntity } from './org-unit.entity';
import { bumpCoverageGeneration } from '../coverage/coverage-generation';

/**
 * Org units as administrators maintain them one at a time, with the org unit import's rules
 * (`checkOrgUnit` in libs/domain). A move rewrites the materialized path of the unit and its
 * whole subtree in the same transaction as the new parent link.
 */
@Injectable()
export class OrgUnitsAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  async create(request: CreateOrgUnitRequest): Promise<OrgUnitView> {
    const id = randomUUID();
    await this.writes.run(async (manager) => {
      const existing = await manager.find(OrgUnitEntity);
      const draft = checked({ ...request, id: null }, existing);
      const parent = existing.find((u) => u.id === draft.parentId);
      await manager.insert(OrgUnitEntity, {
        id,
        name: draft.name,
        kind: draft.kind,
        parentId: draft.parentId,
        externalId: draft.externalId,
        path: `${parent?.path ?? '/'}${id}/`,
        createdAt: new Date(),
      });
      // Overblik's tables are built on the tree.
      await bumpCoverageGeneration(manager);
    });
    return this.get(id);
  }

  async update(id: string, request: UpdateOrgUnitRequest): Promise<OrgUnitView> {
    await this.writes.run(async (manager) => {
      const existing = await manager.find(OrgUnitEntity);
      const unit = existing.find((u) => u.id === id);
      if (!unit) throw new DomainError('NOT_FOUND', 'Enheden findes ikke.');
      const draft = checked(
        {
          id,
          kind: unit.kind,
          name: request.name ?? unit.name,
          externalId: request.externalId === undefined ? unit.externalId : request.externalId,
          parentId: request.parentId ?? unit.parentId,
        },
        existing,
      );
      await manager.update(
        OrgUnitEntity,
        { id },
        { name: draft.name, externalId: draft.externalId, parentId: draft.parentId },
      );
      if (draft.parentId !== unit.parentId) {
        const parent = existing.find((u) => u.id === draft.parentId) as OrgUnitEntity;
        await movePaths(manager, unit.path, `${parent.path}${id}/`);
      }
      await bumpCoverageGeneration(manager);
    });
    return this.get(id);
  }

  private async get(id: string): Promise<OrgUnitView> {
    const unit = await this.dataSource.getRepository(OrgUnitEntity).findOneByOrFail({ id });
    return toOrgUnitView(unit);
  }
}

/** The draft after the rules, or a 400 with every problem. */
function checked(draft: OrgUnitDraft, existing: OrgUnitEntity[]): OrgUnitDraft {
  const { value, issues } = checkOrgUnit(draft, existing);
  if (issues.length) {
    throw new DomainError(
      'VALIDATION_FAILED',
      issues.length === 1 ? issues[0].message : 'Enheden kan ikke gemmes. Se hvilke felter.',
      issues,
    );
  }
  return value;
}

/** Replaces the path prefix `from` with `to` on the unit and every unit under it. */
async function movePaths(manager: EntityManager, from: string, to: string): Promise<void> {
  const subtree = await manager.find(OrgUnitEntity, {
    select: { id: true, path: true },
    where: { path: Like(`${from}%`) },
  });
  for (const unit of subtree) {
    await manager.update(
      OrgUnitEntity,
      { id: unit.id },
      { path: to + unit.path.slice(from.length) },
    );
  }
}

export function toOrgUnitView(unit: OrgUnitEntity): OrgUnitView {
  return {
    id: unit.id,
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId,
    externalId: unit.externalId,
  };
}
