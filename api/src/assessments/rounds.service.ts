import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type {
  AssessmentRoundView,
  CreateAssessmentRoundRequest,
  UpdateAssessmentRoundRequest,
} from '@lederloeft/contracts';
import {
  DEFAULT_GAP_SETTINGS,
  DomainError,
  parseDate,
  validateGapSettings,
} from '@lederloeft/domain';
import { WriteQueue } from '../database/write-queue';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { AssessmentRoundEntity } from './assessment-round.entity';
import { toRoundView } from './assessments.service';
import { DEFAULT_RATING_SCALE } from './rating-scale';
import { markAllStale } from '../coverage/coverage-staleness';

/** Assessment rounds as administrators set them up, open and close them. */
@Injectable()
export class RoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
  ) {}

  async create(request: CreateAssessmentRoundRequest): Promise<AssessmentRoundView> {
    const edition = await this.dataSource.getRepository(FrameworkEntity).findOne({
      where: request.frameworkId ? { id: request.frameworkId } : { status: 'published' },
    });
    if (!edition) throw new DomainError('NOT_FOUND', 'Ledelsesgrundlaget (udgaven) findes ikke.');
    checkPeriod(request.periodStart, request.periodEnd);
    checkWeights(request.weights);
    const round = Object.assign(new AssessmentRoundEntity(), {
      id: randomUUID(),
      name: request.name.trim(),
      frameworkId: edition.id,
      periodStart: request.periodStart,
      periodEnd: request.periodEnd,
      sources: [...new Set(request.sources)],
      status: 'open' as const,
      minRespondents: request.minRespondents ?? 3,
      scale: DEFAULT_RATING_SCALE,
      weights: request.weights ?? null,
      createdAt: new Date(),
    });
    await this.writes.run(async (manager) => {
      await manager.insert(AssessmentRoundEntity, round);
      await markAllStale(manager);
    });
    return toRoundView(round);
  }

  async update(id: string, request: UpdateAssessmentRoundRequest): Promise<AssessmentRoundView> {
    const round = await this.dataSource
      .getRepository(AssessmentRoundEntity)
      .findOne({ where: { id } });
    if (!round) throw new DomainError('NOT_FOUND', 'Vurderingsrunden findes ikke.');
    if (request.periodEnd) checkPeriod(round.periodStart, request.periodEnd);
    checkWeights(request.weights);
    const fields: Partial<AssessmentRoundEntity> = {
      ...(request.name !== undefined ? { name: request.name.trim() } : {}),
      ...(request.periodEnd !== undefined ? { periodEnd: request.periodEnd } : {}),
      ...(request.status !== undefined ? { status: request.status } : {}),
      ...(request.minRespondents !== undefined ? { minRespondents: request.minRespondents } : {}),
      ...(request.weights !== undefined ? { weights: request.weights } : {}),
    };
    if (Object.keys(fields).length)
      await this.writes.run(async (manager) => {
        await manager.update(AssessmentRoundEntity, { id }, fields);
        // Weights, anonymity limit and status decide every leader's facts in the round.
        await markAllStale(manager);
      });
    return toRoundView({ ...round, ...fields } as AssessmentRoundEntity);
  }
}

function checkPeriod(start: string, end: string): void {
  const [s, e] = [parseDate(start), parseDate(end)];
  if (!s || !e || s > e) {
    throw new DomainError('VALIDATION_FAILED', 'Perioden er ugyldig.', [
      {
        path: 'periodEnd',
        message: 'Slutdatoen skal være en rigtig dato, der ikke ligger før startdatoen.',
      },
    ]);
  }
}

function checkWeights(weights: CreateAssessmentRoundRequest['weights']): void {
  if (!weights) return;
  const problems = validateGapSettings({ ...DEFAULT_GAP_SETTINGS, weights });
  if (problems.length) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Vægtene er ugyldige.',
      problems.map((message) => ({ path: 'weights', message })),
    );
  }
}
