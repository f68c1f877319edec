import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { LeaderImportPreview, LeaderImportResult } from '@lederloeft/contracts';
import { planLeaderImport, type LeaderImportPlan } from '@lederloeft/domain';
import { WriteQueue } from '../database/write-queue';
import { LeaderLevelEntity } from '../organisation/leader-level.entity';
import { LeaderEntity } from '../organisation/leader.entity';
import { OrgUnitEntity } from '../organisation/org-unit.entity';
import { importRejected, readUploadedTable } from './upload';
import { markLeadersStale } from '../coverage/coverage-staleness';

/**
 * Leaders from an HR export (CSV or XLSX): a preview that says what would change and what
 * is wrong, row by row, and an import that writes all rows in one transaction or nothing.
 */
@Injectable()
export class LeaderImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  async preview(file: unknown): Promise<LeaderImportPreview> {
    const { rows, plan } = await this.plan(file);
    return {
      rows,
      creates: plan.creates.length,
      updates: plan.updates.length,
      unchanged: plan.unchanged,
      errors: plan.errors.map((e) => ({ line: e.line, column: e.path, message: e.message })),
      changes: [
        ...plan.creates.map((c) => ({
          line: c.line,
          action: 'create' as const,
          name: c.name,
          email: c.email,
          fields: [],
        })),
        ...plan.updates.map((u) => ({
          line: u.line,
          action: 'update' as const,
          name: u.name,
          email: u.email,
          fields: u.changes,
        })),
      ].sort((a, b) => a.line - b.line),
    };
  }

  async apply(file: unknown): Promise<LeaderImportResult> {
    const { plan } = await this.plan(file);
    if (plan.errors.length) throw importRejected(plan.errors);
    const now = new Date();
    const newIds = new Map(plan.creates.map((c) => [c.email, randomUUID()]));
    const managerId = (m: LeaderImportPlan['creates'][number]['manager']) =>
      m === null ? null : 'id' in m ? m.id : (newIds.get(m.email) ?? null);
    await this.writes.run(async (manager) => {
      const repo = manager.getRepository(LeaderEntity);
      // New leaders first without managers (a manager may be another new row), then link.
      for (const c of plan.creates) {
        await repo.insert({
          id: newIds.get(c.email),
          employeeId: c.employeeId,
          name: c.name,
          email: c.email,
          title: c.title,
          levelKey: c.levelKey,
          orgUnitId: c.orgUnitId,
          managerId: c.manager && 'id' in c.manager ? c.manager.id : null,
          startDate: c.startDate,
          active: c.active,
          personalFoundation: '',
          personalFoundationUpdatedAt: null,
          createdAt: now,
        });
      }
      for (const leader of [...plan.creates, ...plan.updates]) {
        const id = leader.id ?? (newIds.get(leader.email) as string);
        await repo.update(
          { id },
          {
            employeeId: leader.employeeId,
            name: leader.name,
            email: leader.email,
            title: leader.title,
            levelKey: leader.levelKey,
            orgUnitId: leader.orgUnitId,
            managerId: managerId(leader.manager),
            startDate: leader.startDate,
            active: leader.active,
          },
        );
      }
      await markLeadersStale(manager, [
        ...plan.updates.flatMap((u) => (u.id ? [u.id] : [])),
        ...newIds.values(),
      ]);
    });
    return {
      created: plan.creates.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged,
    };
  }

  private async plan(file: unknown): Promise<{ rows: number; plan: LeaderImportPlan }> {
    const table = await readUploadedTable(file);
    const [levels, units, leaders] = await Promise.all([
      this.dataSource.getRepository(LeaderLevelEntity).find(),
      this.dataSource.getRepository(OrgUnitEntity).find(),
      this.dataSource.getRepository(LeaderEntity).find(),
    ]);
    const plan = planLeaderImport(table.headers, table.rows, { levels, units, leaders });
    return { rows: table.rows.length, plan };
  }
}
