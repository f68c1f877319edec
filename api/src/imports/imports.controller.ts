import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  EmployeeResultsImportView,
  LeaderImportPreview,
  LeaderImportResult,
  OrgUnitImportView,
  SurveyImportView,
  SurveyItemView,
} from '@lederloeft/contracts';
import { existingId } from '../common/existing-id';
import { Policy } from '../common/policy.decorator';
import { EmployeeResultsImportService } from './employee-results-import.service';
import { LeaderImportService } from './leader-import.service';
import { OrgUnitImportService } from './org-unit-import.service';
import { SurveyImportService } from './survey-import.service';
import { SurveyItemMappingDto, SurveyScaleQueryDto } from './dto/survey.dto';
import { RateLimit } from '../common/rate-limits/rate-limit';

const roundId = existingId('Vurderingsrunden findes ikke.');

/**
 * The file is the request body itself (no multipart): text/csv or the XLSX media type. It is
 * read from the raw request, not through the validation pipe, which would try to turn it into
 * an object.
 */
const fileBody = () =>
  ApiBody({
    description:
      'The CSV (UTF-8 or Windows-1252, ; or , separated) or XLSX file as the request body.',
    schema: { type: 'string', format: 'binary' },
  });
const consumes = ApiConsumes(
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
);

@ApiTags('imports')
@Controller()
export class ImportsController {
  constructor(
    private readonly leaders: LeaderImportService,
    private readonly employeeResults: EmployeeResultsImportService,
    private readonly orgUnits: OrgUnitImportService,
    private readonly survey: SurveyImportService,
  ) {}

  @Post('assessment-rounds/:roundId/survey-results/preview')
  @RateLimit('imports')
  @Policy('admin', 'hr')
  @HttpCode(200)
  @consumes
  @fileBody()
  @ApiOperation({
    summary:
      'What a wellbeing survey import would store (?scaleMax= the survey scale, default 100)',
  })
  previewSurvey(
    @Param('roundId', roundId) id: string,
    @Query() query: SurveyScaleQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<SurveyImportView> {
    return this.survey.preview(id, request.body, Number(query.scaleMax ?? 100));
  }

  @Post('assessment-rounds/:roundId/survey-results')
  @RateLimit('imports')
  @Policy('admin', 'hr')
  @HttpCode(200)
  @consumes
  @fileBody()
  @ApiOperation({
    summary:
      "Import the wellbeing survey: item scores per unit; the file's units' evidence is recomputed",
  })
  importSurvey(
    @Param('roundId', roundId) id: string,
    @Query() query: SurveyScaleQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<SurveyImportView> {
    return this.survey.apply(id, request.body, Number(query.scaleMax ?? 100));
  }

  @Get('survey-items')
  @Policy('admin', 'hr')
  @ApiOperation({ summary: 'Wellbeing survey items and the competency each is evidence for' })
  surveyItems(): Promise<SurveyItemView[]> {
    return this.survey.items();
  }

  @Put('survey-items/:code')
  @Policy('admin', 'hr')
  @ApiOperation({
    summary: 'Map a survey item to a competency (or null: none); survey evidence is recomputed',
  })
  mapSurveyItem(
    @Param('code') code: string,
    @Body() body: SurveyItemMappingDto,
  ): Promise<SurveyItemView> {
    return this.survey.map(code, body.competencyKey);
  }

  @Post('imports/org-units/preview')
  @RateLimit('imports')
  @Policy('admin')
  @HttpCode(200)
  @consumes
  @fileBody()
  @ApiOperation({
    summary: 'What an org unit import would create and update, and every problem, row by row',
  })
  previewOrgUnits(@Req() request: FastifyRequest): Promise<OrgUnitImportView> {
    return this.orgUnits.preview(request.body);
  }

  @Post('imports/org-units')
  @RateLimit('imports')
  @Policy('admin')
  @HttpCode(200)
  @consumes
  @fileBody()
  @ApiOperation({
    summary: 'Import org units (Enhed-ID, Navn, Type, Overordnet enhed-ID): every row, or nothing',
  })
  importOrgUnits(@Req() request: FastifyRequest): Promise<OrgUnitImportView> {
    return this.orgUnits.apply(request.body);
  }

  @Post('imports/leaders/preview')
  @RateLimit('imports')
  @Policy('admin')
  @HttpCode(200)
  @consumes
  @fileBody()
  @ApiOperation({
    summary: 'What a leader import would create and update, and every problem, row by row',
  })
  preview(@Req() request: FastifyRequest): Promise<LeaderImportPreview> {
    return this.leaders.preview(request.body);
  }

  @Post('imports/leaders')
  @RateLimit('imports')
  @Policy('admin')
  @HttpCode(200)
  @consumes
  @fileBody()
  @ApiOperation({ summary: 'Import leaders: every row, or nothing (400 with the problems)' })
  import(@Req() request: FastifyRequest): Promise<LeaderImportResult> {
    return this.leaders.apply(request.body);
  }

  @Post('assessment-rounds/:roundId/employee-results/preview')
  @RateLimit('imports')
  @Policy('admin', 'hr')
  @HttpCode(200)
  @consumes
  @fileBody()
  @ApiOperation({
    summary: "What a leader evaluation import (employees' answers) would store, and every problem",
  })
  previewEmployeeResults(
    @Param('roundId', roundId) id: string,
    @Req() request: FastifyRequest,
  ): Promise<EmployeeResultsImportView> {
    return this.employeeResults.preview(id, request.body);
  }

  @Post('assessment-rounds/:roundId/employee-results')
  @RateLimit('imports')
  @Policy('admin', 'hr')
  @HttpCode(200)
  @consumes
  @fileBody()
  @ApiOperation({
    summary:
      "Import the leader evaluation: counts per leader and behaviour replace the file's leaders' results",
  })
  importEmployeeResults(
    @Param('roundId', roundId) id: string,
    @Req() request: FastifyRequest,
  ): Promise<EmployeeResultsImportView> {
    return this.employeeResults.apply(id, request.body);
  }
}
