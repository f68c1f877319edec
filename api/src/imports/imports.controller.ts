import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LeaderImportPreview, LeaderImportResult } from '@lederloeft/contracts';
import { Policy } from '../common/policy.decorator';
import { LeaderImportService } from './leader-import.service';

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
@Controller('imports')
export class ImportsController {
  constructor(private readonly leaders: LeaderImportService) {}

  @Post('leaders/preview')
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

  @Post('leaders')
  @Policy('admin')
  @HttpCode(200)
  @consumes
  @fileBody()
  @ApiOperation({ summary: 'Import leaders: every row, or nothing (400 with the problems)' })
  import(@Req() request: FastifyRequest): Promise<LeaderImportResult> {
    return this.leaders.apply(request.body);
  }
}
