import { Body, Controller, Get, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AssessmentRoundView, GapProfileView, RatingSheetView } from '@lederloeft/contracts';
import { DomainError } from '@lederloeft/domain';
import { principalOf } from '../auth/principal-of';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { AssessmentsService } from './assessments.service';
import { GapProfileQueryDto } from './dto/gap-profile-query.dto';
import { CreateRoundDto, UpdateRoundDto } from './dto/round.dto';
import { SaveRatingDto } from './dto/save-rating.dto';
import { RoundsService } from './rounds.service';

const uuid = existingId('Lederen eller vurderingsrunden findes ikke.');

function ratedSource(source: string): 'self' | 'manager' {
  if (source === 'self' || source === 'manager') return source;
  throw new DomainError('NOT_FOUND', 'Vurderingen findes ikke: vælg "self" eller "manager".');
}

@ApiTags('assessments')
@Controller()
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly roundSetup: RoundsService,
  ) {}

  @Get('assessment-rounds')
  @Policy('authenticated')
  @ApiOperation({ summary: 'Assessment rounds, newest first, with their scale and sources' })
  rounds(): Promise<AssessmentRoundView[]> {
    return this.assessments.rounds();
  }

  @Post('assessment-rounds')
  @Policy('admin')
  @ApiOperation({
    summary:
      'Set up a round: name, edition (default current), period, sources, anonymity limit, weights',
  })
  createRound(@Body() body: CreateRoundDto): Promise<AssessmentRoundView> {
    return this.roundSetup.create(body);
  }

  @Patch('assessment-rounds/:roundId')
  @Policy('admin')
  @ApiOperation({
    summary: 'Open or close a round, or adjust its name, end date, anonymity limit and weights',
  })
  updateRound(
    @Param('roundId', uuid) roundId: string,
    @Body() body: UpdateRoundDto,
  ): Promise<AssessmentRoundView> {
    return this.roundSetup.update(roundId, body);
  }

  @Get('leaders/:id/assessments/:roundId/:source')
  @Policy('authenticated')
  @ApiOperation({
    summary: "A leader's self (source=self) or manager (source=manager) ratings in a round",
  })
  sheet(
    @Param('id', uuid) id: string,
    @Param('roundId', uuid) roundId: string,
    @Param('source') source: string,
    @Req() request: FastifyRequest,
  ): Promise<RatingSheetView> {
    return this.assessments.sheet(principalOf(request), id, roundId, ratedSource(source));
  }

  @Put('leaders/:id/assessments/:roundId/:source')
  @Policy('leader')
  @ApiOperation({ summary: 'Save one answer: self by the leader, manager by the direct manager' })
  save(
    @Param('id', uuid) id: string,
    @Param('roundId', uuid) roundId: string,
    @Param('source') source: string,
    @Body() body: SaveRatingDto,
    @Req() request: FastifyRequest,
  ): Promise<RatingSheetView> {
    return this.assessments.saveRating(
      principalOf(request),
      id,
      roundId,
      ratedSource(source),
      body.behaviourKey,
      body.rating,
    );
  }

  @Get('leaders/:id/gap-profile')
  @Policy('authenticated')
  @ApiOperation({
    summary:
      "A leader's competency gaps in a round (default: the newest): the leader and the managers above",
  })
  gapProfile(
    @Param('id', uuid) id: string,
    @Query() query: GapProfileQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<GapProfileView> {
    return this.assessments.gapProfile(principalOf(request), id, query.roundId);
  }
}
