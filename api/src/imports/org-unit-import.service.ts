import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { OrgUnitImportView } from '@lederloeft/contracts';
import { planOrgUnitImport, type OrgUnitImportPlan } from '@lederloeft/domain';
import { WriteQueue } from '../database/write-queue';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { importRejected, readUploadedTable } from './upload';
import { bumpCoverageGeneration } from '../coverage/coverage-generation';

/** Org units from an HR export: matched on Enhed-ID, all rows or nothing. */
@Injectable()
export class OrgUnitImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  async preview(file: unknown): Promise<OrgUnitImportView> {
    const { rows, plan } = await this.plan(file);
    return toView(rows, plan);
  }

  async apply(file: unknown): Promise<OrgUnitImportView> {
    const { rows, plan } = await this.plan(file);
    if (plan.errors.length) throw importRejected(plan.errors);
    const newIds = new Map(plan.creates.map((c) => [c.externalId.toLowerCase(), randomUUID()]));
    const parentId = (p: OrgUnitImportPlan['creates'][number]['parent']) =>
      p === null ? null : 'id' in p ? p.id : (newIds.get(p.externalId.toLowerCase()) ?? null);
    const now = new Date();
    await this.writes.run(async (manager) => {
      const repo = manager.getRepository(OrgUnitEntity);
      // Insert without parents first (a parent may be a later row), then link and re-path.
      for (const c of plan.creates) {
        const id = newIds.get(c.externalId.toLowerCase()) as string;
        await repo.insert({
          id,
          name: c.name,
          kind: c.kind,
          parentId: null,
          externalId: c.externalId,
          path: `/${id}/`,
          createdAt: now,
        });
      }
      for (const u of [...plan.creates, ...plan.updates]) {
        const id = u.id ?? (newIds.get(u.externalId.toLowerCase()) as string);
        await repo.update({ id }, { name: u.name, kind: u.kind, parentId: parentId(u.parent) });
      }
      await repath(manager);
      await bumpCoverageGeneration(manager);
    });
    return toView(rows, plan);
  }

  private async plan(file: unknown): Promise<{ rows: number; plan: OrgUnitImportPlan }> {
    const table = await readUploadedTable(file);
    const existing = await this.dataSource.getRepository(OrgUnitEntity).find();
    return {
      rows: table.rows.length,
      plan: planOrgUnitImport(table.headers, table.rows, existing),
    };
  }
}

/** Recomputes every unit's materialized path from the parent links (a few hundred rows). */
async function repath(manager: EntityManager): Promise<void> {
  const repo = manager.getRepository(OrgUnitEntity);
  const units = await repo.find();
  const byId = new Map(units.map((u) => [u.id, u]));
  const pathOf = (u: OrgUnitEntity): string => {
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    return `${parent ? pathOf(parent) : '/'}${u.id}/`;
  };
  for (const unit of units) {
    const path = pathOf(unit);
    if (path !== unit.path) await repo.update({ id: unit.id }, { path });
  }
}

function toView(rows: number, plan: OrgUnitImportPlan): OrgUnitImportView {
  return {
    rows,
    creates: plan.creates.length,
    updates: plan.updates.length,
    unchanged: plan.unchanged,
    errors: plan.errors.map((e) => ({ line: e.line, column: e.path, message: e.message })),
  };
}
