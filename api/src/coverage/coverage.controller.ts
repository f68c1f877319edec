import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {
  CoverageDemand,
  CoverageOverview,
  CoverageScenarioJob,
  CoverageTargetView,
  CoverageTrend,
} from '@lederloeft/contracts';
import { principalOf } from '../auth/principal-of';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { attachmentDisposition, fileSlug } from '../plans/exports/danish-format';
import { CoverageService } from './coverage.service';
import { CoverageDemandService } from './coverage-demand.service';
import { CoverageScenariosService } from './coverage-scenarios.service';
import { CoverageTargetsService } from './coverage-targets.service';
import {
  CoverageDemandQueryDto,
  CoverageQueryDto,
  CoverageScenarioDto,
  CoverageTrendQueryDto,
  SaveCoverageTargetDto,
} from './dto/coverage.dto';
import { fileBase } from './exports/coverage-export-format';
import { renderCoveragePdf } from './exports/coverage-pdf';
import { renderCoverageXlsx } from './exports/coverage-xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const unitId = existingId('Enheden findes ikke.');
const scenarioId = existingId('Scenariet findes ikke (længere).');
/** Who sees aggregates: HR and administrators everywhere, directors in their area, managers for their team. */
const READERS = ['hr', 'admin', 'director', 'manager'] as const;

/**
 * Overblik: competency coverage as aggregates (docs/coverage.md). Object-level scope is
 * checked in the services: a unit outside the caller's scope is "not found".
 */
@ApiTags('coverage')
@Controller()
export class CoverageController {
  constructor(
    private readonly coverage: CoverageService,
    private readonly demandService: CoverageDemandService,
    private readonly scenarios: CoverageScenariosService,
    private readonly targets: CoverageTargetsService,
  ) {}

  @Get('coverage')
  @Policy(...READERS)
  @ApiOperation({
    summary:
      'The heatmap of a unit (its total, sub-units and own leaders × competencies), hidden figures marked; ?file=xlsx|pdf downloads it',
  })
  @ApiProduces('application/json', XLSX_TYPE, 'application/pdf')
  async overview(
    @Query() query: CoverageQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CoverageOverview | Buffer> {
    const overview = await this.coverage.overview(
      principalOf(request),
      query.orgUnitId,
      query.roundId,
    );
    if (!query.file) return overview;
    const name = `${fileSlug(fileBase(overview))}.${query.file}`;
    const body =
      query.file === 'xlsx'
        ? await renderCoverageXlsx(overview)
        : await renderCoveragePdf(overview);
    reply
      .header('Content-Type', query.file === 'xlsx' ? XLSX_TYPE : 'application/pdf')
      .header('Content-Disposition', attachmentDisposition(name))
      .header('Cache-Control', 'no-store');
    return body;
  }

  @Get('coverage/trend')
  @Policy(...READERS)
  @ApiOperation({
    summary: 'The unit and its rows over every round, with the change between rounds',
  })
  trend(
    @Query() query: CoverageTrendQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<CoverageTrend> {
    return this.coverage.trend(principalOf(request), query.orgUnitId);
  }

  @Get('coverage/demand')
  @Policy('hr', 'admin')
  @ApiOperation({
    summary: 'Demand (leaders below target) against the catalogue; unmet demand largest first',
  })
  demand(@Query() query: CoverageDemandQueryDto): Promise<CoverageDemand> {
    return this.demandService.demand(query.roundId);
  }

  @Post('coverage/scenarios')
  @Policy('hr', 'admin', 'director')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Start a what-if: re-plans the unit’s leaders with the planner; nothing is saved. Poll the job',
  })
  startScenario(
    @Body() body: CoverageScenarioDto,
    @Req() request: FastifyRequest,
  ): Promise<CoverageScenarioJob> {
    return this.scenarios.start(principalOf(request), body);
  }

  @Get('coverage/scenarios/:id')
  @Policy('hr', 'admin', 'director')
  @ApiOperation({ summary: 'A scenario of yours: progress, then the result beside today' })
  scenario(
    @Param('id', scenarioId) id: string,
    @Req() request: FastifyRequest,
  ): CoverageScenarioJob {
    return this.scenarios.get(principalOf(request), id);
  }

  @Post('coverage/scenarios/:id/cancel')
  @Policy('hr', 'admin', 'director')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop a running scenario (the leaders done so far stay in its result)' })
  cancelScenario(
    @Param('id', scenarioId) id: string,
    @Req() request: FastifyRequest,
  ): CoverageScenarioJob {
    return this.scenarios.cancel(principalOf(request), id);
  }

  @Get('org-units/:id/coverage-targets')
  @Policy(...READERS)
  @ApiOperation({ summary: "The unit's coverage targets with progress" })
  async listTargets(
    @Param('id', unitId) id: string,
    @Req() request: FastifyRequest,
  ): Promise<CoverageTargetView[]> {
    const context = await this.coverage.context(principalOf(request), id, undefined);
    return this.targets.progress(context, [id]);
  }

  @Put('org-units/:id/coverage-targets/:competencyKey')
  @Policy('hr', 'admin', 'director')
  @ApiOperation({ summary: 'Set or replace the unit’s target for a competency' })
  @ApiOkResponse({ description: 'The target with its progress' })
  async saveTarget(
    @Param('id', unitId) id: string,
    @Param('competencyKey') competencyKey: string,
    @Body() body: SaveCoverageTargetDto,
    @Req() request: FastifyRequest,
  ): Promise<CoverageTargetView> {
    const principal = principalOf(request);
    const context = await this.coverage.context(principal, id, undefined);
    return this.targets.save(principal, context, competencyKey, body);
  }

  @Delete('org-units/:id/coverage-targets/:competencyKey')
  @Policy('hr', 'admin', 'director')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the unit’s target for a competency' })
  async removeTarget(
    @Param('id', unitId) id: string,
    @Param('competencyKey') competencyKey: string,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    const principal = principalOf(request);
    const context = await this.coverage.context(principal, id, undefined);
    await this.targets.remove(principal, context, competencyKey);
  }
}
