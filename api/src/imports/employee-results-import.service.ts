import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type { EmployeeResultsImportView } from '@lederloeft/contracts';
import {
  aggregateEmployeeResponses,
  DomainError,
  type EmployeeResponsesPlan,
} from '@lederloeft/domain';
import { AssessmentRoundEntity } from '../assessments/assessment-round.entity';
import { EmployeeResultEntity } from '../assessments/employee-result.entity';
import { WriteQueue } from '../database/write-queue';
import { BehaviourEntity } from '../frameworks/behaviour.entity';
import { LeaderEntity } from '../organisation/leader.entity';
import { importRejected, readUploadedTable } from './upload';
import { markLeadersStale } from '../coverage/coverage-staleness';

/**
 * The leader evaluation (employees' answers) from a survey tool's export. Only counts per
 * leader and behaviour are stored; the respondents' rows never reach the database.
 */
@Injectable()
export class EmployeeResultsImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  async preview(roundId: string, file: unknown): Promise<EmployeeResultsImportView> {
    return toView(await this.plan(roundId, file));
  }

  /** Replaces the round's employee results of the leaders in the file; all or nothing. */
  async apply(roundId: string, file: unknown): Promise<EmployeeResultsImportView> {
    const plan = await this.plan(roundId, file);
    if (plan.errors.length) throw importRejected(plan.errors);
    const leaderIds = [...new Set(plan.results.map((r) => r.leaderId))];
    await this.writes.run(async (manager) => {
      if (leaderIds.length)
        await manager.delete(EmployeeResultEntity, { roundId, leaderId: In(leaderIds) });
      const rows = plan.results.map((r) => ({ id: randomUUID(), roundId, ...r }));
      for (let i = 0; i < rows.length; i += 100)
        await manager.insert(EmployeeResultEntity, rows.slice(i, i + 100));
      await markLeadersStale(manager, leaderIds);
    });
    return toView(plan);
  }

  private async plan(roundId: string, file: unknown): Promise<EmployeeResponsesPlan> {
    const round = await this.dataSource
      .getRepository(AssessmentRoundEntity)
      .findOne({ where: { id: roundId } });
    if (!round) throw new DomainError('NOT_FOUND', 'Vurderingsrunden findes ikke.');
    if (!round.sources.includes('employees')) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Runden "${round.name}" indsamler ikke medarbejdernes vurderinger.`,
      );
    }
    const table = await readUploadedTable(file);
    const behaviours = await this.dataSource
      .getRepository(BehaviourEntity)
      .find({ where: { frameworkId: round.frameworkId } });
    const leaders = await this.dataSource
      .getRepository(LeaderEntity)
      .find({ select: { id: true, email: true, employeeId: true } });
    const values = round.scale.map((p) => p.value);
    return aggregateEmployeeResponses(table.headers, table.rows, {
      behaviours,
      leaders,
      scale: { min: Math.min(...values), max: Math.max(...values) },
    });
  }
}

function toView(plan: EmployeeResponsesPlan): EmployeeResultsImportView {
  return {
    responses: plan.responses,
    leaders: plan.leaders,
    results: plan.results.length,
    errors: plan.errors.map((e) => ({ line: e.line, column: e.path, message: e.message })),
  };
}
