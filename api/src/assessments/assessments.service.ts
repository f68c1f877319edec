import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type { AssessmentRoundView, GapProfileView, RatingSheetView } from '@lederloeft/contracts';
import {
  calculateGapProfile,
  canViewAssessments,
  canWriteManagerAssessment,
  canWriteSelfAssessment,
  DEFAULT_GAP_SETTINGS,
  DomainError,
} from '@lederloeft/domain';
import type { Principal } from '../auth/principal';
import { WriteQueue } from '../database/write-queue';
import { BehaviourEntity } from '../frameworks/behaviour.entity';
import { CompetencyEntity } from '../frameworks/competency.entity';
import { LeadersService } from '../organisation/leaders.service';
import { AssessmentRatingEntity } from './assessment-rating.entity';
import { AssessmentRoundEntity } from './assessment-round.entity';
import { EmployeeResultEntity } from './employee-result.entity';
import { gapInputOf } from './gap-input';
import { SurveyResultEntity } from './survey-result.entity';
import { TargetProfileEntity } from './target-profile.entity';
import { markLeadersStale } from '../coverage/coverage-staleness';

type RatedSource = 'self' | 'manager';
const notFound = () => new DomainError('NOT_FOUND', 'Lederen eller vurderingsrunden findes ikke.');

export function toRoundView(round: AssessmentRoundEntity): AssessmentRoundView {
  return {
    id: round.id,
    name: round.name,
    frameworkId: round.frameworkId,
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    sources: round.sources,
    status: round.status,
    minRespondents: round.minRespondents,
    scale: round.scale,
    weights: { ...DEFAULT_GAP_SETTINGS.weights, ...(round.weights ?? {}) },
  };
}

/**
 * Assessment rounds, the self and manager rating sheets, and the gap profile built from all
 * four sources with the pure rules of libs/domain. Answers are visible to the leader and the
 * managers above only; out of scope is "not found".
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly leaders: LeadersService,
  ) {}

  async rounds(): Promise<AssessmentRoundView[]> {
    const rounds = await this.dataSource
      .getRepository(AssessmentRoundEntity)
      .find({ order: { periodEnd: 'DESC' } });
    return rounds.map(toRoundView);
  }

  async sheet(
    principal: Principal,
    leaderId: string,
    roundId: string,
    source: RatedSource,
  ): Promise<RatingSheetView> {
    const { placement } = await this.leaders.load(leaderId);
    if (!canViewAssessments(principal, placement)) throw notFound();
    return this.readSheet(await this.round(roundId), leaderId, source);
  }

  /** Saves one answer (the guided flow saves as the leader goes), then returns the whole sheet. */
  async saveRating(
    principal: Principal,
    leaderId: string,
    roundId: string,
    source: RatedSource,
    behaviourKey: string,
    rating: number | null,
  ): Promise<RatingSheetView> {
    const { placement } = await this.leaders.load(leaderId);
    const allowed =
      source === 'self'
        ? canWriteSelfAssessment(principal, placement)
        : canWriteManagerAssessment(principal, placement);
    if (!allowed) {
      if (!canViewAssessments(principal, placement)) throw notFound();
      throw new DomainError(
        'FORBIDDEN',
        source === 'self'
          ? 'Kun lederen selv kan udfylde sin selvvurdering.'
          : 'Kun den nærmeste leder kan udfylde lederens vurdering.',
      );
    }
    const round = await this.round(roundId);
    if (round.status !== 'open') {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Runden "${round.name}" er lukket; svar kan ikke længere ændres.`,
      );
    }
    if (!round.sources.includes(source)) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Runden "${round.name}" indsamler ikke denne type vurdering.`,
      );
    }
    const behaviour = await this.dataSource
      .getRepository(BehaviourEntity)
      .exists({ where: { frameworkId: round.frameworkId, key: behaviourKey } });
    if (!behaviour) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Adfærden findes ikke i rundens ledelsesgrundlag.',
        [{ path: 'behaviourKey', message: `Ukendt adfærd "${behaviourKey}".` }],
      );
    }
    if (rating !== null && !round.scale.some((p) => p.value === rating)) {
      const values = round.scale.map((p) => p.value);
      throw new DomainError('VALIDATION_FAILED', 'Svaret ligger uden for skalaen.', [
        {
          path: 'rating',
          message: `Skal være mellem ${Math.min(...values)} og ${Math.max(...values)}, eller "kan ikke vurdere".`,
        },
      ]);
    }
    const now = new Date();
    await this.writes.run(async (manager) => {
      const repo = manager.getRepository(AssessmentRatingEntity);
      const existing = await repo.findOne({ where: { roundId, leaderId, source, behaviourKey } });
      if (existing) {
        await repo.update(
          { id: existing.id },
          { rating, raterLeaderId: principal.leaderId, updatedAt: now },
        );
      } else {
        await repo.insert({
          id: randomUUID(),
          roundId,
          leaderId,
          source,
          raterLeaderId: principal.leaderId,
          behaviourKey,
          rating,
          updatedAt: now,
        });
      }
      await markLeadersStale(manager, [leaderId]);
    });
    return this.readSheet(round, leaderId, source);
  }

  /** The leader's gaps in a round (the newest when none is named). */
  async gapProfile(
    principal: Principal,
    leaderId: string,
    roundId?: string,
  ): Promise<GapProfileView> {
    const { leader, placement } = await this.leaders.load(leaderId);
    if (!canViewAssessments(principal, placement)) throw notFound();
    const round = roundId
      ? await this.round(roundId)
      : await this.dataSource
          .getRepository(AssessmentRoundEntity)
          .findOne({ where: {}, order: { periodEnd: 'DESC' } });
    if (!round) throw new DomainError('NOT_FOUND', 'Der er endnu ingen vurderingsrunde.');

    const competencies = await this.dataSource
      .getRepository(CompetencyEntity)
      .find({ where: { frameworkId: round.frameworkId }, order: { position: 'ASC' } });
    const behaviours = await this.dataSource
      .getRepository(BehaviourEntity)
      .find({ where: { frameworkId: round.frameworkId }, order: { position: 'ASC' } });
    const targets = await this.dataSource
      .getRepository(TargetProfileEntity)
      .find({ where: { frameworkId: round.frameworkId, levelKey: leader.levelKey } });
    const ratings = await this.dataSource
      .getRepository(AssessmentRatingEntity)
      .find({ where: { roundId: round.id, leaderId, source: In(['self', 'manager']) } });
    const employees = await this.dataSource
      .getRepository(EmployeeResultEntity)
      .find({ where: { roundId: round.id, leaderId } });
    const survey = await this.dataSource
      .getRepository(SurveyResultEntity)
      .find({ where: { roundId: round.id, orgUnitId: leader.orgUnitId } });

    const input = gapInputOf(
      round,
      competencies.map((c) => ({
        key: c.key,
        behaviourKeys: behaviours.filter((b) => b.competencyId === c.id).map((b) => b.key),
      })),
      Object.fromEntries(targets.map((t) => [t.competencyKey, t.target])),
      { ratings, employees, survey },
    );
    const profile = calculateGapProfile(input);
    return {
      leaderId,
      round: toRoundView(round),
      levelKey: leader.levelKey,
      weights: { ...input.settings.weights },
      competencies: profile.competencies,
    };
  }

  private async round(id: string): Promise<AssessmentRoundEntity> {
    const round = await this.dataSource
      .getRepository(AssessmentRoundEntity)
      .findOne({ where: { id } });
    if (!round) throw notFound();
    return round;
  }

  private async readSheet(
    round: AssessmentRoundEntity,
    leaderId: string,
    source: RatedSource,
  ): Promise<RatingSheetView> {
    const rows = await this.dataSource
      .getRepository(AssessmentRatingEntity)
      .find({ where: { roundId: round.id, leaderId, source } });
    const total = await this.dataSource
      .getRepository(BehaviourEntity)
      .count({ where: { frameworkId: round.frameworkId } });
    const updated = rows.reduce<Date | null>(
      (latest, r) => (!latest || r.updatedAt > latest ? r.updatedAt : latest),
      null,
    );
    return {
      roundId: round.id,
      leaderId,
      source,
      ratings: Object.fromEntries(rows.map((r) => [r.behaviourKey, r.rating])),
      answered: rows.length,
      total,
      updatedAt: updated ? updated.toISOString() : null,
    };
  }
}
